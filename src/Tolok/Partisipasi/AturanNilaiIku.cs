using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Partisipasi;

/// <summary>
/// The rule that gives a participation IKU (3.1–3.3) its value in a year with several elections (issue 16, point 3),
/// kept as data in the <see cref="SumberPartisipasiIku.Utama"/> marks of the indicator's rows:
/// one marked row = that named election; several = the mean of their ratios; none = the latest election held by the
/// period's end (the default). Every row is reported with its own numerator, denominator and achievement.
/// </summary>
public static class AturanNilaiIku
{
    public const string Bernama = "bernama";
    public const string Terbaru = "terbaru";
    public const string RataRata = "rata-rata";

    public static string Dari(IEnumerable<SumberPartisipasiIku> baris) => baris.Count(b => b.Utama) switch
    {
        0 => Terbaru,
        1 => Bernama,
        _ => RataRata,
    };

    public static string Nama(string aturan) => aturan switch
    {
        Bernama => "pemilihan yang ditetapkan",
        RataRata => "rata-rata rasio pemilihan yang ditetapkan",
        _ => "pemilihan terakhir",
    };

    /// <summary>The rows of each indicator for a satker and year, in order: a satker's own rows replace the defaults.</summary>
    public static async Task<List<List<SumberPartisipasiIku>>> BerlakuAsync(TolokDb db, string satker, int tahun, CancellationToken ct)
    {
        var sources = await db.SumberPartisipasiIku.AsNoTracking().Where(s => s.Tahun == tahun && (s.Satker == satker || s.Satker == null)).ToListAsync(ct);
        return Kelompok(sources, satker, tahun);
    }

    /// <summary>Of source rows (any satker), the groups per IKU that apply to the satker: its own rows where it has any, else the general ones.</summary>
    public static List<List<SumberPartisipasiIku>> Kelompok(IEnumerable<SumberPartisipasiIku> rows, string satker, int tahun) =>
        [.. rows.Where(s => s.Tahun == tahun && (s.Satker == satker || s.Satker == null)).GroupBy(s => s.KodeIndikator).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Where(s => s.Satker == (g.Any(x => x.Satker == satker) ? satker : null)).OrderBy(s => s.Urutan).ToList())];

    /// <summary>
    /// The rows that give the value at <paramref name="akhir"/>. A named election is returned even before its voting
    /// day (the caller says it has not been held); the latest and the mean take only elections held by then. Among
    /// ballots of the same day the lowest <see cref="SumberPartisipasiIku.Urutan"/> is the latest.
    /// </summary>
    public static List<SumberPartisipasiIku> Pilih(IReadOnlyList<SumberPartisipasiIku> baris, IReadOnlyDictionary<string, DateOnly> tanggal, DateOnly akhir)
    {
        var held = baris.Where(b => tanggal.TryGetValue(b.Pemilihan, out var t) && t <= akhir);
        return Dari(baris) switch
        {
            Bernama => [.. baris.Where(b => b.Utama)],
            RataRata => [.. held.Where(b => b.Utama)],
            _ => [.. held.OrderByDescending(b => tanggal[b.Pemilihan]).ThenBy(b => b.Urutan).Take(1)],
        };
    }

    /// <summary>The mean of the ratios, rounded like every percentage (2 decimals); null when none is known.</summary>
    public static decimal? Rata(IEnumerable<decimal?> nilai)
    {
        var known = nilai.OfType<decimal>().ToList();
        return known.Count == 0 ? null : Math.Round(known.Average(), 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>The sentence that states the rule in a document or on a page.</summary>
    public static string Kalimat(string aturan, IReadOnlyList<string> dipakai) => aturan switch
    {
        Bernama => $"nilai IKU adalah pemilihan yang ditetapkan dalam definisi pengukuran: {string.Join(", ", dipakai)}",
        RataRata => $"nilai IKU adalah rata-rata rasio partisipasi {string.Join(", ", dipakai)} (bukan rasio jumlah pemilihnya)",
        _ => dipakai.Count == 0
            ? "nilai IKU adalah pemilihan terakhir yang telah berlangsung; belum ada yang berlangsung"
            : $"nilai IKU adalah pemilihan terakhir yang telah berlangsung: {dipakai[0]}",
    };

    /// <summary>Voting day of every election, by slug.</summary>
    public static async Task<Dictionary<string, DateOnly>> TanggalAsync(TolokDb db, CancellationToken ct) =>
        await db.Pemilihan.AsNoTracking().ToDictionaryAsync(p => p.Slug, p => p.Tanggal, ct);
}
