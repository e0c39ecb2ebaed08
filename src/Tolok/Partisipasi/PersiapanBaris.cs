using Tolok.Wilayah;

namespace Tolok.Partisipasi;

/// <summary>
/// The work on one imported row that needs nothing but the row: its code read, looked up in the region tree and
/// checked against the satker's area, the validation rules, the packed entry, and its share of its block's roll-up.
/// Thread-safe, so that the CSV reader runs it on every core while it parses (docs/benchmarks.md); the importer runs
/// it itself on rows read without it. What depends on other rows (duplicates, a region with rows below it) stays in
/// <see cref="TpsImporter"/>.
/// </summary>
public sealed class PersiapanBaris(WilayahTree tree, long area, string satker, IReadOnlyList<AturanTerkompilasi> rules) : IDisposable
{
    // Each thread sums into its own buckets; Gabung adds them up once the reading is done (sums do not depend on order).
    private readonly ThreadLocal<Dictionary<long, long[]>> _delta = new(() => [], trackAllValues: true);
    private readonly ThreadLocal<List<string>> _broken = new(() => []);

    public void Siapkan(BarisMasuk row)
    {
        if (row.Disiapkan)
        {
            return;
        }
        var kode = row.KodeAngka ?? 0;
        string? galat = null;
        if (row.KodeAngka is null && row.Kode.Length == 0)
        {
            galat = row.AdaGalat ? null : "kode kosong";
        }
        else if (row.KodeAngka is null && (!KodeWilayah.TryParse(row.Kode, out kode) || kode == 0))
        {
            galat = $"\"{row.Kode}\" bukan kode TPS (51.01.01.2001.001 atau 5101012001001) atau kode wilayah";
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
            var status = Validasi.Evaluate(row.Nilai, rules, broken);
            var blok = BlokCodec.BlokOf(kode);
            row.Status = status;
            row.Entri = BlokCodec.EncodeEntri(blok, kode, row.Nilai, status, broken.Count == 0 ? null : string.Join(',', broken));
            RekapMath.Add(row.Nilai, status, +1, TpsImporter.Bucket(_delta.Value!, blok));
            row.Dijumlah = true;
        }
        row.Disiapkan = true;
    }

    /// <summary>Adds every thread's roll-up shares to <paramref name="delta"/>.</summary>
    public void Gabung(Dictionary<long, long[]> delta)
    {
        foreach (var local in _delta.Values)
        {
            foreach (var (node, d) in local)
            {
                var target = TpsImporter.Bucket(delta, node);
                for (var i = 0; i < d.Length; i++)
                {
                    target[i] += d[i];
                }
            }
            local.Clear();
        }
    }

    public void Dispose()
    {
        _delta.Dispose();
        _broken.Dispose();
    }
}
