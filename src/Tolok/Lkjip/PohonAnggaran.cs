using System.Globalization;

namespace Tolok.Lkjip;

/// <summary>A budget row in its place: level (0 programme, 1 activity, 2 output …) and the part of its ceiling and spending not already counted in its children.</summary>
public sealed record BarisAnggaran(AnggaranKegiatan Data, int Tingkat, decimal PaguSendiri, decimal RealisasiSendiri)
{
    public string NamaTingkat => Tingkat switch { 0 => "Program", 1 => "Kegiatan", _ => "Keluaran" };
}

/// <summary>
/// The budget as programme → activity → output without double counting (issue 16). A row's parent is the row whose
/// code is the longest prefix of its code followed by a dot ("076.06.DH" is the parent of "076.06.DH.4101"). A parent's
/// ceiling includes its children's, so totals add the top rows only, and each row's own part (ceiling minus its
/// children's) is what its IKU allocation shares out. The allocation "3.1:60,3.2:40" gives each IKU a share in percent;
/// IKU listed without a share split what remains equally, so "3.1,3.2" is half each; shares sum to at most 100.
/// </summary>
public static class PohonAnggaran
{
    public static List<BarisAnggaran> Susun(IReadOnlyList<AnggaranKegiatan> rows)
    {
        var ordered = rows.OrderBy(r => r.Kode, StringComparer.Ordinal).ToList();
        AnggaranKegiatan? Induk(AnggaranKegiatan r) => ordered.Where(p => p != r && r.Kode.StartsWith(p.Kode + ".", StringComparison.Ordinal))
            .OrderByDescending(p => p.Kode.Length).FirstOrDefault();
        var parent = ordered.ToDictionary(r => r, Induk);
        int Depth(AnggaranKegiatan r) => parent[r] is { } p ? Depth(p) + 1 : 0;
        return [.. ordered.Select(r =>
        {
            var children = ordered.Where(c => parent[c] == r).ToList();
            return new BarisAnggaran(r, Depth(r), Math.Max(0, r.Pagu - children.Sum(c => c.Pagu)), Math.Max(0, r.Realisasi - children.Sum(c => c.Realisasi)));
        })];
    }

    /// <summary>Ceiling and spending of the whole budget: the top rows only.</summary>
    public static (decimal Pagu, decimal Realisasi) Jumlah(IReadOnlyList<BarisAnggaran> pohon) =>
        (pohon.Where(r => r.Tingkat == 0).Sum(r => r.Data.Pagu), pohon.Where(r => r.Tingkat == 0).Sum(r => r.Data.Realisasi));

    /// <summary>Each IKU's share in percent of a row's own part; null when the text is not a valid allocation.</summary>
    public static List<(string Kode, decimal Persen)>? Alokasi(string? iku)
    {
        var parts = (iku ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var list = new List<(string Kode, decimal? Persen)>();
        foreach (var part in parts)
        {
            var bits = part.Split(':', StringSplitOptions.TrimEntries);
            if (bits.Length > 2 || !System.Text.RegularExpressions.Regex.IsMatch(bits[0], @"^\d+\.\d+$") || list.Any(l => l.Kode == bits[0]))
            {
                return null;
            }
            decimal? persen = null;
            if (bits.Length == 2)
            {
                if (!decimal.TryParse(bits[1].Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var p) || p is < 0 or > 100)
                {
                    return null;
                }
                persen = p;
            }
            list.Add((bits[0], persen));
        }
        var fixedSum = list.Sum(l => l.Persen ?? 0);
        if (fixedSum > 100)
        {
            return null;
        }
        var open = list.Count(l => l.Persen is null);
        var share = open == 0 ? 0 : (100 - fixedSum) / open;
        return [.. list.Select(l => (l.Kode, l.Persen ?? share))];
    }

    /// <summary>What an IKU is allocated: (row, share, ceiling part, spending part) over every row's own part.</summary>
    public static IEnumerable<(BarisAnggaran Baris, decimal Persen, decimal Pagu, decimal Realisasi)> Untuk(IReadOnlyList<BarisAnggaran> pohon, string kodeIku)
    {
        foreach (var r in pohon)
        {
            if (Alokasi(r.Data.Iku)?.FirstOrDefault(a => a.Kode == kodeIku) is { Kode: not null } a && (r.PaguSendiri > 0 || r.RealisasiSendiri > 0))
            {
                yield return (r, a.Persen, Math.Round(r.PaguSendiri * a.Persen / 100, 0), Math.Round(r.RealisasiSendiri * a.Persen / 100, 0));
            }
        }
    }
}
