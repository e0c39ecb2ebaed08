namespace Tolok.Partisipasi;

/// <summary>
/// The value columns of participation data, named as in import files and the database (issue 3, point 3):
/// nine groups reported for men, women and in total (l, p, j), and the ballot counts.
/// </summary>
public static class Kolom
{
    public static readonly string[] Kelompok =
    [
        "pemilih_dpt", "pemilih_dptb", "pemilih_dpk",
        "pengguna_dpt", "pengguna_dptb", "pengguna_dpk",
        "pemilih_disabilitas", "pengguna_disabilitas",
        "pengguna_total",
    ];

    public static readonly string[] Semua =
    [
        .. Kelompok.SelectMany(g => new[] { g + "_l", g + "_p", g + "_j" }),
        "suara_sah", "suara_tidak_sah", "suara_total",
    ];

    public static readonly int Jumlah = Semua.Length;

    private static readonly Dictionary<string, int> Index =
        Semua.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.OrdinalIgnoreCase);

    /// <summary>Position of a column by its name (case-insensitive), or -1.</summary>
    public static int IndexOf(string name) => Index.TryGetValue(name.Trim(), out var i) ? i : -1;

    /// <summary>Position of group <paramref name="kelompok"/>'s value for l (0), p (1) or j (2).</summary>
    public static int Of(string kelompok, int jenis) => Array.IndexOf(Kelompok, kelompok) * 3 + jenis;

    public const int L = 0, P = 1, J = 2;

    public static readonly int SuaraSah = IndexOf("suara_sah");
    public static readonly int SuaraTidakSah = IndexOf("suara_tidak_sah");
    public static readonly int SuaraTotal = IndexOf("suara_total");
}
