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

    /// <summary>
    /// The replace-or-keep rule: a block read is stored as it is when nothing is stored under its key; otherwise each of
    /// its rows replaces the stored row of the same code and the other stored rows are kept. Returns the blocks to store
    /// and the rows replaced, with the time they were stored (for the history).
    /// </summary>
    public static (List<TpsBulk.BlokSimpan> Blocks, List<(EntriTps Old, DateTime When)> Replaced) Gabung(
        IReadOnlyDictionary<long, TpsBulk.BlokSimpan> baru, IReadOnlyDictionary<long, BlokTps> stored)
    {
        var replaced = new List<(EntriTps Old, DateTime When)>();
        var blocks = new List<TpsBulk.BlokSimpan>(baru.Count);
        foreach (var (key, block) in baru)
        {
            if (!stored.TryGetValue(key, out var old))
            {
                blocks.Add(block);
                continue;
            }
            var entries = old.Entri().ToDictionary(e => e.Kode);
            foreach (var e in BlokCodec.Decode(key, block.Isi))
            {
                if (entries.TryGetValue(e.Kode, out var previous))
                {
                    replaced.Add((previous, old.DiubahPada));
                }
                entries[e.Kode] = e;
            }
            var ordered = entries.Values.OrderBy(e => e.Kode).ToList();
            blocks.Add(new TpsBulk.BlokSimpan(key, block.Rekap, BlokCodec.Encode(key, ordered), ordered.Count, ordered.Count(e => e.Status.Bermasalah())));
        }
        return (blocks, replaced);
    }

    /// <summary>The roll-up delta: a replaced row leaves its block's region (the new row was added while reading).</summary>
    public static void KurangiDiganti(Dictionary<long, long[]> delta, IEnumerable<(EntriTps Old, DateTime When)> replaced)
    {
        foreach (var (old, _) in replaced)
        {
            TpsImporter.AddUp(delta, BlokCodec.BlokOf(old.Kode), old.Nilai, old.Status, -1);
        }
    }
}
