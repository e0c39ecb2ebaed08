namespace Tolok.Partisipasi;

/// <summary>l, p and total of a group; null = not reported anywhere below.</summary>
public sealed record LpTotal(long? L, long? P, long? Total);

public sealed record PemilihDto(LpTotal Dpt, LpTotal Dptb, LpTotal Dpk, LpTotal Disabilitas);

public sealed record PenggunaDto(LpTotal Dpt, LpTotal Dptb, LpTotal Dpk, LpTotal Disabilitas, LpTotal Total);

/// <summary>Participation in percent with two decimals; null when it cannot be computed.</summary>
public sealed record PersenDto(decimal? Total, decimal? Perempuan, decimal? LakiLaki, decimal? Disabilitas);

public sealed record TpsHitungDto(long Diketahui, long AdaData, long Valid, long Peringatan, long TidakValid, long TidakAdaData);

public sealed record AnakDto(string Kode, string Nama, string Tingkat, PersenDto Partisipasi, TpsHitungDto Tps, string? Status = null)
{
    /// <summary>TPS in the child's list (null: not every desa of it has a list; for a TPS: null).</summary>
    public long? TpsDaftar { get; init; }

    /// <summary>False for a child without any data: shown as "belum ada data", never as 0.</summary>
    public bool AdaData => Tps.AdaData > 0;

    /// <summary>The child's registered voters (DPT, DPTb, DPK, disabled), as for the node itself.</summary>
    public PemilihDto? Pemilih { get; init; }

    /// <summary>The child's voters who voted, by list.</summary>
    public PenggunaDto? Pengguna { get; init; }
}

/// <summary>GET /api/v1/pemilihan/{id}/partisipasi/{kodeWilayah}.</summary>
public sealed record PartisipasiDto(
    string Kode, string Nama, string Tingkat, string Pemilihan, string SuratSuara, string Penyebut, bool HanyaValid,
    PemilihDto Pemilih, PenggunaDto Pengguna, PersenDto Partisipasi, TpsHitungDto Tps, IReadOnlyList<AnakDto> Anak)
{
    /// <summary>True when the ballot's data are the synthetic demo data ("data contoh"); shown wherever they are.</summary>
    public bool DataContoh { get; init; }

    /// <summary>Which part of the region's TPS the figures cover, and whether they are provisional; null for a TPS.</summary>
    public CakupanDto? Cakupan { get; init; }
}

/// <summary>Turns a roll-up vector into the API's numbers.</summary>
public static class PartisipasiMath
{
    public const string PenyebutDpt = "dpt";
    public const string PenyebutSemua = "dpt-dptb-dpk";

    private static LpTotal Group(long[] v, string kelompok)
    {
        var k = Array.IndexOf(RekapMath.Kelompok, kelompok);
        return v[RekapMath.Known + k] == 0 ? new LpTotal(null, null, null) : new LpTotal(v[k * 3], v[k * 3 + 1], v[k * 3 + 2]);
    }

    public static PemilihDto Pemilih(long[] v) =>
        new(Group(v, "pemilih_dpt"), Group(v, "pemilih_dptb"), Group(v, "pemilih_dpk"), Group(v, "pemilih_disabilitas"));

    public static PenggunaDto Pengguna(long[] v) =>
        new(Group(v, "pengguna_dpt"), Group(v, "pengguna_dptb"), Group(v, "pengguna_dpk"), Group(v, "pengguna_disabilitas"), Group(v, "pengguna_semua"));

    /// <summary>Sums of numerators over sums of denominators; the denominator is the DPT (default) or DPT + DPTb + DPK.</summary>
    public static PersenDto Persen(long[] v, string penyebut)
    {
        bool Known(string g) => v[RekapMath.Known + Array.IndexOf(RekapMath.Kelompok, g)] > 0;
        long S(string g, int j) => v[RekapMath.Index(g, j)];
        long Den(int j) => penyebut == PenyebutSemua ? S("pemilih_dpt", j) + S("pemilih_dptb", j) + S("pemilih_dpk", j) : S("pemilih_dpt", j);
        var known = Known("pengguna_semua") && Known("pemilih_dpt");
        return new PersenDto(
            RekapMath.Persen(S("pengguna_semua", 2), Den(2), known),
            RekapMath.Persen(S("pengguna_semua", 1), Den(1), known),
            RekapMath.Persen(S("pengguna_semua", 0), Den(0), known),
            RekapMath.Persen(S("pengguna_disabilitas", 2), S("pemilih_disabilitas", 2), Known("pengguna_disabilitas") && Known("pemilih_disabilitas")));
    }

    public static TpsHitungDto Tps(long[] v) => new(
        v[RekapMath.TpsDiketahui], v[RekapMath.TpsAdaData], v[RekapMath.TpsValid], v[RekapMath.TpsPeringatan], v[RekapMath.TpsTidakValid], v[RekapMath.TpsTidakAdaData]);

}
