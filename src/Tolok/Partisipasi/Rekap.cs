using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tolok.Partisipasi;

/// <summary>
/// The roll-up of one region (nation, provinsi, kabupaten, kecamatan, desa) for one ballot: the sums of
/// <see cref="RekapMath"/> over every row below it, once for all rows (<see cref="Semua"/>) and once without the
/// rows that break an error rule (<see cref="HanyaValid"/>). Kept up to date by every import, by adding the change
/// of each row to its ancestors, so that reading a node is one row.
/// </summary>
public class Rekap
{
    public int SuratSuaraId { get; set; }
    public long Kode { get; set; }
    public byte[] Semua { get; set; } = [];
    public byte[] HanyaValid { get; set; } = [];
}

internal sealed class RekapConfiguration : IEntityTypeConfiguration<Rekap>
{
    public void Configure(EntityTypeBuilder<Rekap> builder)
    {
        builder.ToTable("rekap");
        builder.HasKey(r => new { r.SuratSuaraId, r.Kode });
        builder.Property(r => r.SuratSuaraId).HasColumnName("surat_suara_id");
        builder.Property(r => r.Kode).HasColumnName("kode");
        builder.Property(r => r.Semua).HasColumnName("semua");
        builder.Property(r => r.HanyaValid).HasColumnName("hanya_valid");
        // No foreign key to the ballot: PostgreSQL checks one per copied row (0,3 s per national import and table,
        // measured); the importer finds the ballot first in the same transaction and ballots are never deleted (decision 60).
    }
}

/// <summary>
/// What a row contributes to the roll-up, as plain functions. Numerators and denominators are summed and divided
/// only at the end; percentages are never averaged.
/// </summary>
public static class RekapMath
{
    /// <summary>Groups summed for l, p and total, in this order.</summary>
    public static readonly string[] Kelompok =
    [
        "pemilih_dpt", "pemilih_dptb", "pemilih_dpk", "pemilih_disabilitas",
        "pengguna_dpt", "pengguna_dptb", "pengguna_dpk", "pengguna_disabilitas",
        "pengguna_semua",
    ];

    public const int Sums = 27;
    /// <summary>Index of "rows in which group k's total is known" = <see cref="Sums"/> + k.</summary>
    public const int Known = Sums;
    public const int TpsDiketahui = Sums + 9, TpsAdaData = TpsDiketahui + 1, TpsValid = TpsDiketahui + 2,
        TpsPeringatan = TpsDiketahui + 3, TpsTidakValid = TpsDiketahui + 4, TpsTidakAdaData = TpsDiketahui + 5;
    public const int Length = TpsTidakAdaData + 1;

    public static int Index(string kelompok, int jenis) => Array.IndexOf(Kelompok, kelompok) * 3 + jenis;

    private static readonly int[] SourceGroup =
        [.. Kelompok.Take(8).Select(g => Array.IndexOf(Kolom.Kelompok, g))];

    private static readonly int PenggunaTotal = Array.IndexOf(Kolom.Kelompok, "pengguna_total");
    private static readonly int[] PenggunaGroups = [.. new[] { "pengguna_dpt", "pengguna_dptb", "pengguna_dpk" }.Select(g => Array.IndexOf(Kolom.Kelompok, g))];

    /// <summary>
    /// Adds <paramref name="sign"/> × the row's contribution to <paramref name="semua"/> (every row) and to
    /// <paramref name="hanyaValid"/> (not for rows that break an error rule; their TPS counts still count).
    /// <paramref name="v"/> holds the 30 values, -1 where not reported.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Add(ReadOnlySpan<int> v, StatusTps status, int sign, Span<long> semua, Span<long> hanyaValid)
    {
        Span<long> c = stackalloc long[Length];
        Contribution(v, status, c);
        for (var i = 0; i < Length; i++)
        {
            semua[i] += sign * c[i];
            if (status != StatusTps.TidakValid || i >= TpsDiketahui)
            {
                hanyaValid[i] += sign * c[i];
            }
        }
    }

    /// <summary>
    /// The same into one vector: <see cref="Length"/> sums when "hanya valid" equals "semua" (no row breaking an error
    /// rule was added; a caller adding such a row first splits it with <see cref="Pisah"/>), else the "semua" sums
    /// followed by the "hanya valid" sums.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Add(ReadOnlySpan<int> v, StatusTps status, int sign, long[] both)
    {
        if (both.Length == Length)
        {
            if (status == StatusTps.TidakValid)
            {
                throw new InvalidOperationException("vektor rekap harus dipisah sebelum baris tidak valid ditambahkan");
            }
            Span<long> c = stackalloc long[Length];
            Contribution(v, status, c);
            for (var i = 0; i < Length; i++)
            {
                both[i] += sign * c[i];
            }
            return;
        }
        Add(v, status, sign, both.AsSpan(0, Length), both.AsSpan(Length));
    }

    /// <summary>A vector of <see cref="Length"/> sums as "semua" followed by an equal "hanya valid".</summary>
    public static long[] Pisah(long[] semua)
    {
        var both = new long[Length * 2];
        semua.CopyTo(both, 0);
        semua.CopyTo(both, Length);
        return both;
    }

    /// <summary>The "semua" sums of a vector of either layout.</summary>
    public static ReadOnlySpan<long> Semua(long[] v) => v.AsSpan(0, Length);

    /// <summary>The "hanya valid" sums of a vector of either layout.</summary>
    public static ReadOnlySpan<long> HanyaValid(long[] v) => v.Length == Length ? v : v.AsSpan(Length);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Contribution(ReadOnlySpan<int> v, StatusTps status, Span<long> c)
    {
        for (var k = 0; k < 8; k++)
        {
            var g = SourceGroup[k] * 3;
            Put(c, k, v[g], v[g + 1], Total(v[g], v[g + 1], v[g + 2]));
        }

        // Voters who used their right: the reported pengguna_total where present, else DPT + DPTb + DPK users.
        var t = PenggunaTotal * 3;
        long l = v[t] >= 0 ? v[t] : SumPresent(v, Kolom.L);
        long p = v[t + 1] >= 0 ? v[t + 1] : SumPresent(v, Kolom.P);
        long total = v[t + 2] >= 0 ? v[t + 2] : SumPresentTotals(v);
        Put(c, 8, l, p, total);

        c[TpsDiketahui] = 1;
        c[TpsAdaData] = status == StatusTps.TidakAdaData ? 0 : 1;
        c[TpsValid] = status == StatusTps.Valid ? 1 : 0;
        c[TpsPeringatan] = status == StatusTps.Peringatan ? 1 : 0;
        c[TpsTidakValid] = status == StatusTps.TidakValid ? 1 : 0;
        c[TpsTidakAdaData] = status == StatusTps.TidakAdaData ? 1 : 0;
    }

    private static readonly int PemilihDpt = Array.IndexOf(Kolom.Kelompok, "pemilih_dpt") * 3;
    private static readonly int PemilihDptb = Array.IndexOf(Kolom.Kelompok, "pemilih_dptb") * 3;
    private static readonly int PemilihDpk = Array.IndexOf(Kolom.Kelompok, "pemilih_dpk") * 3;

    private static readonly int PenggunaDptb = Array.IndexOf(Kolom.Kelompok, "pengguna_dptb") * 3;
    private static readonly int PenggunaDpk = Array.IndexOf(Kolom.Kelompok, "pengguna_dpk") * 3;

    /// <summary>
    /// Registered voters of a TPS: DPT + DPTb + DPK (each its j, else l + p). A DPTb or DPK list whose size is not
    /// reported counts as its voters who used their right (Sirekap reports DPK users, not always the list), else as
    /// none, so that a file with only DPT and the total of voters is still checked against DPT; -1 when DPT is not known.
    /// </summary>
    public static long PemilihSemua(ReadOnlySpan<int> v)
    {
        var dpt = Total(v[PemilihDpt], v[PemilihDpt + 1], v[PemilihDpt + 2]);
        if (dpt < 0)
        {
            return -1;
        }
        return dpt + Daftar(v, PemilihDptb, PenggunaDptb) + Daftar(v, PemilihDpk, PenggunaDpk);
    }

    private static long Daftar(ReadOnlySpan<int> v, int pemilih, int pengguna)
    {
        var size = Total(v[pemilih], v[pemilih + 1], v[pemilih + 2]);
        return size >= 0 ? size : Math.Max(0, Total(v[pengguna], v[pengguna + 1], v[pengguna + 2]));
    }

    /// <summary>Voters who used their right in total (the reported pengguna_total_j, else DPT + DPTb + DPK users); -1 = not known.</summary>
    public static long PenggunaSemua(ReadOnlySpan<int> v)
    {
        var t = PenggunaTotal * 3;
        return v[t + 2] >= 0 ? v[t + 2] : SumPresentTotals(v);
    }

    /// <summary>A group's total: the reported j, else l + p when both are reported, else not known (-1).</summary>
    public static long Total(long l, long p, long j) => j >= 0 ? j : l >= 0 && p >= 0 ? l + p : -1;

    private static void Put(Span<long> c, int k, long l, long p, long total)
    {
        c[k * 3] = Math.Max(0, l);
        c[k * 3 + 1] = Math.Max(0, p);
        c[k * 3 + 2] = Math.Max(0, total);
        c[Known + k] = total >= 0 ? 1 : 0;
    }

    private static long SumPresent(ReadOnlySpan<int> v, int jenis)
    {
        long sum = -1;
        foreach (var g in PenggunaGroups)
        {
            var x = v[g * 3 + jenis];
            if (x >= 0)
            {
                sum = Math.Max(sum, 0) + x;
            }
        }
        return sum;
    }

    private static long SumPresentTotals(ReadOnlySpan<int> v)
    {
        long sum = -1;
        foreach (var g in PenggunaGroups)
        {
            var x = Total(v[g * 3], v[g * 3 + 1], v[g * 3 + 2]);
            if (x >= 0)
            {
                sum = Math.Max(sum, 0) + x;
            }
        }
        return sum;
    }

    /// <summary>The vector as zigzag varints: sums of a small region take a few bytes each.</summary>
    public static byte[] Encode(ReadOnlySpan<long> values)
    {
        Span<byte> buffer = stackalloc byte[values.Length * Varint.MaxBytes];
        var n = 0;
        foreach (var value in values)
        {
            Varint.Write(buffer, ref n, Varint.Zig(value));
        }
        return buffer[..n].ToArray();
    }

    public static long[] Decode(ReadOnlySpan<byte> bytes)
    {
        var values = new long[Length];
        var p = 0;
        for (var i = 0; i < values.Length && p < bytes.Length; i++)
        {
            values[i] = Varint.Zag(Varint.Read(bytes, ref p));
        }
        return values;
    }

    /// <summary>numerator / denominator × 100, two decimals; null when the denominator is 0 or either is unreported.</summary>
    public static decimal? Persen(long pembilang, long penyebut, bool diketahui = true) =>
        !diketahui || penyebut <= 0 ? null : Kinerja.Ukuran.Persen(pembilang, penyebut);
}
