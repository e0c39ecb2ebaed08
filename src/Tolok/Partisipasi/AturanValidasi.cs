using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tolok.Infrastructure;

namespace Tolok.Partisipasi;

/// <summary>
/// A consistency rule over a row's values, kept as data: <c>Kiri Operator Kanan</c>, each side a sum of column
/// names (<see cref="Kolom.Semua"/>) or <c>pengguna_semua</c> (voters who voted: the reported pengguna_total_j,
/// else DPT + DPTb + DPK users). A rule applies only when every value it names is reported.
/// </summary>
public class AturanValidasi
{
    public int Id { get; set; }
    public required string Kode { get; set; }
    public required string Kiri { get; set; }
    public required string Operator { get; set; }
    public required string Kanan { get; set; }
    public TingkatAturan Tingkat { get; set; }
    public required string Keterangan { get; set; }
    public bool Aktif { get; set; } = true;
}

public enum TingkatAturan
{
    Galat = 0,
    Peringatan = 1,
}

public sealed record AturanDto(string Kode, string Kiri, string Operator, string Kanan, string Tingkat, string Keterangan, bool Aktif);

internal sealed class AturanValidasiConfiguration : IEntityTypeConfiguration<AturanValidasi>
{
    public void Configure(EntityTypeBuilder<AturanValidasi> builder)
    {
        builder.HasIndex(a => a.Kode).IsUnique();
        builder.Property(a => a.Kode).HasMaxLength(20);
        builder.Property(a => a.Kiri).HasMaxLength(300);
        builder.Property(a => a.Kanan).HasMaxLength(300);
        builder.Property(a => a.Operator).HasMaxLength(2);
        builder.Property(a => a.Keterangan).HasMaxLength(300);
        builder.Property(a => a.Tingkat).HasConversion<string>().HasMaxLength(20);
    }
}

/// <summary>A rule turned into column positions, ready to run on millions of rows.</summary>
public sealed record AturanTerkompilasi(string Kode, int[] Kiri, string Operator, int[] Kanan, TingkatAturan Tingkat, string Keterangan)
{
    /// <summary>Position used for the derived <c>pengguna_semua</c>.</summary>
    public const int PenggunaSemua = 1000;

    /// <summary>The derived term <c>pemilih_semua</c>: DPT + DPTb + DPK, an unreported list as none (<see cref="RekapMath.PemilihSemua"/>).</summary>
    public const int PemilihSemua = 1001;

    /// <summary>A term's position in the vector of <see cref="Validasi.Vektor"/>: the values, then the two derived terms.</summary>
    internal static int Posisi(int term) => term switch
    {
        PenggunaSemua => Kolom.Jumlah,
        PemilihSemua => Kolom.Jumlah + 1,
        _ => term,
    };

    // The operator as a number, so that millions of rows do not compare strings; the sides as positions in a row's
    // values followed by its pengguna_semua (see Validasi.Evaluate).
    private readonly int _op = Array.IndexOf(Operators, Operator);
    private static readonly string[] Operators = ["=", "<=", ">=", "<", ">"];
    private readonly int[] _kiri = [.. Kiri.Select(Posisi)];
    private readonly int[] _kanan = [.. Kanan.Select(Posisi)];

    /// <summary>True when the rule applies and is broken; <paramref name="x"/> = the 30 values, then pengguna_semua (-1 = not reported).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal bool Broken(ReadOnlySpan<long> x)
    {
        var left = Sum(_kiri, x);
        if (left < 0)
        {
            return false;
        }
        var right = Sum(_kanan, x);
        if (right < 0)
        {
            return false;
        }
        return !(_op switch
        {
            0 => left == right,
            1 => left <= right,
            2 => left >= right,
            3 => left < right,
            _ => left > right,
        });
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static long Sum(int[] terms, ReadOnlySpan<long> x)
    {
        long sum = 0;
        foreach (var t in terms)
        {
            var y = x[t];
            if (y < 0)
            {
                return -1;
            }
            sum += y;
        }
        return sum;
    }

    public static AturanTerkompilasi Compile(AturanValidasi a) =>
        new(a.Kode, Side(a.Kiri, a.Kode), Op(a.Operator, a.Kode), Side(a.Kanan, a.Kode), a.Tingkat, a.Keterangan);

    private static int[] Side(string expression, string kode) =>
        [.. expression.Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(term =>
            term.Equals("pengguna_semua", StringComparison.OrdinalIgnoreCase) ? PenggunaSemua
            : term.Equals("pemilih_semua", StringComparison.OrdinalIgnoreCase) ? PemilihSemua
            : Kolom.IndexOf(term) is var i and >= 0 ? i
            : throw new FormatException($"Aturan {kode}: \"{term}\" bukan nama kolom."))];

    private static string Op(string op, string kode) => op is "=" or "<=" or ">=" or "<" or ">"
        ? op : throw new FormatException($"Aturan {kode}: operator \"{op}\" tidak dikenal.");

    /// <summary>The value of one side (<see cref="Kiri"/> or <see cref="Kanan"/>), or null when a value it names is not reported.</summary>
    public long? Evaluate(int[] side, ReadOnlySpan<int> v)
    {
        Span<long> x = stackalloc long[Kolom.Jumlah + 2];
        Validasi.Vektor(v, x);
        var s = Sum([.. side.Select(Posisi)], x);
        return s >= 0 ? s : null;
    }
}

/// <summary>Evaluates the rules on a row and gives its status.</summary>
public static class Validasi
{
    /// <summary>The status of a row (its 30 values, -1 = not reported); the codes of the broken rules go to <paramref name="broken"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static StatusTps Evaluate(ReadOnlySpan<int> v, AturanTerkompilasi[] rules, List<string>? broken)
    {
        Span<long> x = stackalloc long[Kolom.Jumlah + 2];
        if (!Vektor(v, x))
        {
            return StatusTps.TidakAdaData;
        }
        var status = StatusTps.Valid;
        foreach (var rule in rules)
        {
            if (rule.Broken(x))
            {
                broken?.Add(rule.Kode);
                status = rule.Tingkat == TingkatAturan.Galat ? StatusTps.TidakValid : (status == StatusTps.TidakValid ? status : StatusTps.Peringatan);
            }
        }
        return status;
    }

    /// <summary>
    /// The row as the rules read it: its 30 values followed by its <c>pengguna_semua</c> (-1 = not reported). False
    /// when the row reports nothing at all.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static bool Vektor(ReadOnlySpan<int> v, Span<long> x)
    {
        var any = false;
        for (var i = 0; i < v.Length; i++)
        {
            any |= v[i] >= 0;
            x[i] = v[i];
        }
        x[Kolom.Jumlah] = RekapMath.PenggunaSemua(v);
        x[Kolom.Jumlah + 1] = RekapMath.PemilihSemua(v);
        return any;
    }
}

/// <summary>The default rules: those public auditors applied to Sirekap's 2024 records (FACTS.md).</summary>
public static class AturanSeed
{
    public static IEnumerable<AturanValidasi> Bawaan()
    {
        var n = 0;
        string Next() => $"R{++n:00}";
        foreach (var g in Kolom.Kelompok)
        {
            yield return new AturanValidasi { Kode = Next(), Kiri = $"{g}_j", Operator = "=", Kanan = $"{g}_l + {g}_p", Tingkat = TingkatAturan.Galat, Keterangan = $"Jumlah {g} harus sama dengan laki-laki + perempuan" };
        }
        foreach (var s in new[] { "l", "p", "j" })
        {
            yield return new AturanValidasi { Kode = Next(), Kiri = $"pengguna_total_{s}", Operator = "=", Kanan = $"pengguna_dpt_{s} + pengguna_dptb_{s} + pengguna_dpk_{s}", Tingkat = TingkatAturan.Galat, Keterangan = $"Total pengguna hak pilih ({s}) harus sama dengan pengguna DPT + DPTb + DPK" };
        }
        foreach (var daftar in new[] { "dpt", "dptb", "dpk" })
        {
            foreach (var s in new[] { "l", "p", "j" })
            {
                yield return new AturanValidasi { Kode = Next(), Kiri = $"pengguna_{daftar}_{s}", Operator = "<=", Kanan = $"pemilih_{daftar}_{s}", Tingkat = TingkatAturan.Galat, Keterangan = $"Pengguna {daftar.ToUpperInvariant()} ({s}) tidak boleh melebihi pemilih {daftar.ToUpperInvariant()}" };
            }
        }
        yield return new AturanValidasi { Kode = Next(), Kiri = "suara_sah + suara_tidak_sah", Operator = "=", Kanan = "suara_total", Tingkat = TingkatAturan.Galat, Keterangan = "Suara sah + tidak sah harus sama dengan total suara" };
        yield return new AturanValidasi { Kode = Next(), Kiri = "suara_sah + suara_tidak_sah", Operator = "<=", Kanan = "pengguna_semua", Tingkat = TingkatAturan.Galat, Keterangan = "Suara sah + tidak sah tidak boleh melebihi jumlah pemilih yang menggunakan hak pilih" };
        foreach (var s in new[] { "l", "p", "j" })
        {
            yield return new AturanValidasi { Kode = Next(), Kiri = $"pengguna_disabilitas_{s}", Operator = "<=", Kanan = $"pemilih_disabilitas_{s}", Tingkat = TingkatAturan.Peringatan, Keterangan = $"Pengguna disabilitas ({s}) melebihi pemilih disabilitas terdaftar (dapat terjadi; periksa)" };
        }
        // Whatever columns a file has (a file of totals only included): more voters than registered is an error, more
        // than the DPT a warning (DPTb and DPK voters can make it so; decision 90).
        yield return new AturanValidasi { Kode = Next(), Kiri = "pengguna_semua", Operator = "<=", Kanan = "pemilih_semua", Tingkat = TingkatAturan.Galat, Keterangan = "Pengguna hak pilih melebihi pemilih terdaftar (DPT + DPTb + DPK; daftar yang tidak dilaporkan dihitung nol)" };
        yield return new AturanValidasi { Kode = Next(), Kiri = "pengguna_semua", Operator = "<=", Kanan = "pemilih_dpt_j", Tingkat = TingkatAturan.Peringatan, Keterangan = "Partisipasi di atas 100 % dari DPT (dapat terjadi karena pemilih DPTb/DPK; periksa)" };
    }

    /// <param name="baru">The database was just created: nothing to look up.</param>
    public static async Task EnsureAsync(TolokDb db, bool baru, CancellationToken ct)
    {
        if (baru)
        {
            db.AturanValidasi.AddRange(Bawaan());
            await db.SaveChangesAsync(ct);
            return;
        }
        // A default added in a later version reaches an existing database too, unless a rule with the same sides and
        // operator is already there (kept as the office edited it); its code is the default's, or the next free one.
        var stored = await db.AturanValidasi.AsNoTracking().Select(a => new { a.Kode, a.Kiri, a.Operator, a.Kanan }).ToListAsync(ct);
        var codes = stored.Select(a => a.Kode).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var added = false;
        foreach (var rule in Bawaan())
        {
            if (stored.Any(a => a.Kiri == rule.Kiri && a.Operator == rule.Operator && a.Kanan == rule.Kanan))
            {
                continue;
            }
            var n = 1;
            while (codes.Contains(rule.Kode))
            {
                rule.Kode = $"R{codes.Count + n++:00}";
            }
            codes.Add(rule.Kode);
            db.AturanValidasi.Add(rule);
            added = true;
        }
        if (added)
        {
            await db.SaveChangesAsync(ct);
        }
    }
}

/// <summary>A broken rule said in plain words: "suara sah + tidak sah (180) melebihi pengguna hak pilih (178)".</summary>
public static class KalimatAturan
{
    private static readonly Dictionary<string, string> Nama = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pengguna_semua"] = "pengguna hak pilih",
        ["pengguna_total"] = "pengguna hak pilih",
        ["pemilih_semua"] = "pemilih terdaftar (DPT + DPTb + DPK)",
        ["pemilih_dpt"] = "pemilih DPT",
        ["pemilih_dptb"] = "pemilih DPTb",
        ["pemilih_dpk"] = "pemilih DPK",
        ["pengguna_dpt"] = "pengguna hak pilih dari DPT",
        ["pengguna_dptb"] = "pengguna hak pilih dari DPTb",
        ["pengguna_dpk"] = "pengguna hak pilih dari DPK",
        ["pemilih_disabilitas"] = "pemilih disabilitas",
        ["pengguna_disabilitas"] = "pengguna hak pilih disabilitas",
        ["suara_sah"] = "suara sah",
        ["suara_tidak_sah"] = "suara tidak sah",
        ["suara_total"] = "jumlah suara",
    };

    /// <summary>A column or sum of columns as people say it ("pemilih DPT laki-laki").</summary>
    public static string Istilah(string ekspresi) => string.Join(" + ", ekspresi.Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(t =>
    {
        var (dasar, jenis) = t.Length > 2 && t[^2] == '_' && t[^1] is 'l' or 'p' or 'j' ? (t[..^2], t[^1]) : (t, ' ');
        var nama = Nama.GetValueOrDefault(dasar, dasar.Replace('_', ' '));
        return jenis switch { 'l' => nama + " laki-laki", 'p' => nama + " perempuan", _ => nama };
    }));

    /// <summary>What a row that breaks the rule shows: the relation that holds instead of the one required.</summary>
    public static string Pelanggaran(string kiri, string op, string kanan, long? nilaiKiri, long? nilaiKanan)
    {
        static string N(long? v) => v is { } x ? Infrastructure.Format.Bilangan(x) : "tidak dilaporkan";
        var kata = op switch
        {
            "<=" => "melebihi",
            "<" => "tidak kurang dari",
            ">=" => "kurang dari",
            ">" => "tidak melebihi",
            _ => "tidak sama dengan",
        };
        return $"{Istilah(kiri)} ({N(nilaiKiri)}) {kata} {Istilah(kanan)} ({N(nilaiKanan)})";
    }
}
