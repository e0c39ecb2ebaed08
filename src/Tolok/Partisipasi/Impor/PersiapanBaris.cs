using Tolok.Wilayah;

namespace Tolok.Partisipasi.Impor;

/// <summary>
/// The work on one imported row that needs nothing but the row: its code read, looked up in the region tree and
/// checked against the satker's area, the validation rules, the packed entry, and its share of its block's roll-up.
/// Thread-safe: batches of rows are prepared on the thread pool while the file is still being parsed
/// (<see cref="Prefetch"/>, docs/benchmarks.md). What depends on other rows (duplicates, a region with rows below it)
/// stays in <see cref="TpsImporter"/>.
/// </summary>
public sealed class PersiapanBaris(WilayahTree tree, long area, string satker, IReadOnlyList<AturanTerkompilasi> rules) : IDisposable
{
    private readonly AturanTerkompilasi[] _rules = [.. rules];
    // Each thread sums a batch into its own small buckets, then adds them to the total under a lock (sums do not
    // depend on order); the buckets stay small, so memory does not grow with the number of threads.
    private readonly ThreadLocal<Dictionary<long, long[]>> _delta = new(() => [], trackAllValues: true);
    private readonly Dictionary<long, long[]> _total = [];
    private readonly ThreadLocal<List<string>> _broken = new(() => []);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void Siapkan(BarisMasuk row)
    {
        var kode = row.KodeAngka ?? 0;
        string? galat = null;
        if (row.KodeAngka is null && row.Kode.Length == 0)
        {
            galat = row.AdaGalat ? null : "kode kosong";
        }
        else if (row.KodeAngka is null && (!KodeWilayah.TryParse(row.Kode, out kode) || kode == 0))
        {
            galat = $"\"{Infrastructure.Format.Potong(row.Kode)}\" bukan kode TPS (51.01.01.2001.001 atau 5101012001001) atau kode wilayah";
        }
        else if (!tree.IsKnown(kode))
        {
            galat = "kode tidak dikenal: tidak ada pada daftar wilayah Kemendagri";
        }
        else if (!KodeWilayah.DiDalam(kode, area))
        {
            galat = $"di luar wilayah {satker}";
        }
        row.KodeFinal = kode;
        row.GalatKode = galat;
        if (galat is null && !row.AdaGalat && (kode != 0 || row.KodeAngka is not null))
        {
            var broken = _broken.Value!;
            broken.Clear();
            var status = Validasi.Evaluate(row.Nilai, _rules, broken);
            var blok = BlokCodec.BlokOf(kode);
            row.Status = status;
            row.Entri = BlokCodec.EncodeEntri(blok, kode, row.Nilai, status, broken.Count == 0 ? null : string.Join(',', broken));
            TpsImporter.AddRow(_delta.Value!, blok, row.Nilai, status, +1);
            row.Dijumlah = true;
        }
    }

    /// <summary>Prepares a batch of rows, then adds this thread's roll-up shares to the total.</summary>
    public void Siapkan(BarisMasuk[] batch)
    {
        foreach (var row in batch)
        {
            Siapkan(row);
        }
        var local = _delta.Value!;
        lock (_total)
        {
            Add(local, _total);
        }
        local.Clear();
    }

    /// <summary>Adds roll-up shares summed elsewhere (the fast CSV reader's parts) to the total.</summary>
    public void Tambahkan(Dictionary<long, long[]> shares)
    {
        lock (_total)
        {
            Add(shares, _total);
        }
    }

    /// <summary>Adds every roll-up share to <paramref name="delta"/>; call once the reading is done.</summary>
    public void Gabung(Dictionary<long, long[]> delta)
    {
        lock (_total)
        {
            foreach (var local in _delta.Values)
            {
                Add(local, _total);
                local.Clear();
            }
            Add(_total, delta);
            _total.Clear();
        }
    }

    private static void Add(Dictionary<long, long[]> from, Dictionary<long, long[]> to)
    {
        foreach (var (node, d) in from)
        {
            TpsImporter.AddVector(to, node, d, own: true);
        }
    }

    public void Dispose()
    {
        _delta.Dispose();
        _broken.Dispose();
    }
}
