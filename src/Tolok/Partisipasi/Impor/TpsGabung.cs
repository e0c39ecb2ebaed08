using Tolok.Wilayah;

namespace Tolok.Partisipasi.Impor;

/// <summary>
/// The import's rules about what is already stored, as plain functions of plain data: which rows would count voters
/// twice (a region row together with rows below or above it), how a block read is merged into the stored one (a row
/// of the file replaces the stored row of its code, others are kept), and how replaced rows leave the roll-up.
/// </summary>
internal static class TpsGabung
{
    /// <summary>
    /// Marks every row whose region has data beneath it, or lies beneath a region row (in the file or stored), and adds
    /// the reason to <paramref name="errors"/>. Only region rows (D.Hasil recaps) can conflict; most imports have none.
    /// </summary>
    public static bool[] KonflikTingkat(List<long> codes, IReadOnlyList<Tempat> places, List<(long Kode, bool Rekap)> existing, string surat, List<GalatImpor> errors)
    {
        var conflict = new bool[codes.Count];
        var storedRegionRows = existing.Where(b => b.Rekap).Select(b => b.Kode).ToHashSet();
        var incomingRegionRows = codes.Where(c => KodeWilayah.TingkatOf(c) != Tingkat.Tps).ToHashSet();
        if (storedRegionRows.Count == 0 && incomingRegionRows.Count == 0)
        {
            return conflict;
        }
        var below = new Dictionary<long, string>(); // region → an example of what lies beneath it
        void Mark(long c, string example)
        {
            for (var a = KodeWilayah.Induk(c); a != 0; a = KodeWilayah.Induk(a))
            {
                below.TryAdd(a, example);
            }
        }
        foreach (var c in codes)
        {
            Mark(c, KodeWilayah.Format(c) + ", dalam berkas ini");
        }
        foreach (var block in existing)
        {
            // A stored block of TPS lies beneath its desa (and the desa's ancestors).
            var example = block.Rekap ? $"{KodeWilayah.Format(block.Kode)}, tersimpan" : $"TPS di {KodeWilayah.Format(block.Kode)}, tersimpan";
            if (!block.Rekap)
            {
                below.TryAdd(block.Kode, example);
            }
            Mark(block.Kode, example);
        }
        for (var i = 0; i < codes.Count; i++)
        {
            var c = codes[i];
            if (KodeWilayah.TingkatOf(c) != Tingkat.Tps && below.TryGetValue(c, out var example))
            {
                conflict[i] = true;
                errors.Add(new GalatImpor(places[i].ToString(), KodeWilayah.Format(c), "kode",
                    $"wilayah ini sudah berisi data di bawahnya untuk surat suara {surat} (mis. {example}); pemilih akan terhitung dua kali"));
                continue;
            }
            for (var a = KodeWilayah.Induk(c); a != 0; a = KodeWilayah.Induk(a))
            {
                if (incomingRegionRows.Contains(a) || storedRegionRows.Contains(a))
                {
                    conflict[i] = true;
                    errors.Add(new GalatImpor(places[i].ToString(), KodeWilayah.Format(c), "kode",
                        $"wilayah di atasnya ({KodeWilayah.Format(a)}) sudah berisi data rekap untuk surat suara {surat}; pemilih akan terhitung dua kali"));
                    break;
                }
            }
        }
        return conflict;
    }

    /// <summary>A stored block as the merge needs it: its packed rows and when they were stored.</summary>
    public readonly record struct BlokLama(byte[] Isi, DateTime DiubahPada);

    /// <summary>The rows of a block an import replaced, packed as a block, for the history.</summary>
    public readonly record struct RiwayatBlok(long Kode, byte[] Isi, int JumlahEntri, DateTime DiubahPada);

    /// <summary>
    /// The replace-or-keep rule: a block read is stored as it is when nothing is stored under its key; otherwise each of
    /// its rows replaces the stored row of the same code and the other stored rows are kept. Works on the packed bytes:
    /// rows are copied, never decoded, except the values of a replaced row, which leave the roll-up
    /// (<paramref name="delta"/>, of the block and every region above it). When the block read names every stored row
    /// (a corrected file), it is stored as read and the stored block becomes the history as it is (decision 109).
    /// Returns the blocks to store, the history per block and how many rows were replaced.
    /// </summary>
    public static (List<TpsBulk.BlokSimpan> Blocks, List<RiwayatBlok> Riwayat, int Diganti) Gabung(
        IEnumerable<TpsBulk.BlokSimpan> baru, IReadOnlyDictionary<long, BlokLama> stored, Dictionary<long, long[]> delta)
    {
        var blocks = new List<TpsBulk.BlokSimpan>();
        var riwayat = new List<RiwayatBlok>();
        var diganti = 0;
        var keluar = new Dictionary<long, long[]>();
        Span<int> nilai = stackalloc int[Kolom.Jumlah];
        var hasil = new List<(byte[], LetakEntri)>();
        var lamaDiganti = new List<(byte[], LetakEntri)>();
        foreach (var block in baru)
        {
            if (!stored.TryGetValue(block.Kode, out var old))
            {
                blocks.Add(block);
                continue;
            }
            var lama = BlokCodec.Letak(block.Kode, old.Isi);
            var masuk = BlokCodec.Letak(block.Kode, block.Isi);
            hasil.Clear();
            lamaDiganti.Clear();
            var bermasalah = 0;
            int i = 0, j = 0;
            while (i < lama.Count || j < masuk.Count)
            {
                if (j == masuk.Count || (i < lama.Count && lama[i].Kode < masuk[j].Kode))
                {
                    hasil.Add((old.Isi, lama[i]));
                    bermasalah += lama[i].Status.Bermasalah() ? 1 : 0;
                    i++;
                    continue;
                }
                if (i < lama.Count && lama[i].Kode == masuk[j].Kode)
                {
                    var e = lama[i];
                    lamaDiganti.Add((old.Isi, e));
                    BlokCodec.BacaNilai(old.Isi.AsSpan(e.Awal, e.Panjang), nilai);
                    TpsImporter.AddRow(keluar, block.Kode, nilai, e.Status, -1);
                    i++;
                }
                hasil.Add((block.Isi, masuk[j]));
                bermasalah += masuk[j].Status.Bermasalah() ? 1 : 0;
                j++;
            }
            diganti += lamaDiganti.Count;
            var semua = lamaDiganti.Count == lama.Count;
            if (lamaDiganti.Count > 0)
            {
                riwayat.Add(new RiwayatBlok(block.Kode, semua ? old.Isi : BlokCodec.Susun(lamaDiganti), lamaDiganti.Count, old.DiubahPada));
            }
            blocks.Add(semua ? block : new TpsBulk.BlokSimpan(block.Kode, block.Rekap, BlokCodec.Susun(hasil), hasil.Count, bermasalah));
        }
        // The replaced rows leave their block's region and every region above it (the new rows were added while reading).
        foreach (var (blok, d) in keluar)
        {
            for (var node = blok; ; node = KodeWilayah.Induk(node))
            {
                TpsImporter.AddVector(delta, node, d, own: false);
                if (node == 0)
                {
                    break;
                }
            }
        }
        return (blocks, riwayat, diganti);
    }
}
