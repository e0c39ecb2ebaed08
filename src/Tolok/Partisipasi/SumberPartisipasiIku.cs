using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tolok.Iku;
using Tolok.Infrastructure;
using Tolok.Wilayah;

namespace Tolok.Partisipasi;

/// <summary>
/// Which election and ballot give an IKU's participation value, kept as data. The row marked <see cref="Utama"/>
/// gives the annual value; the year's other elections are reported beside it. <see cref="Satker"/> null = every
/// satker (the defaults). <see cref="Ukuran"/>: total, perempuan or disabilitas.
/// </summary>
public class SumberPartisipasiIku
{
    public int Id { get; set; }
    public string? Satker { get; set; }
    public int Tahun { get; set; }
    public required string KodeIndikator { get; set; }
    public required string Ukuran { get; set; }
    public required string Penyebut { get; set; }
    public required string Pemilihan { get; set; }
    public required string SuratSuara { get; set; }
    public bool Utama { get; set; }
    public int Urutan { get; set; }
}

internal sealed class SumberPartisipasiIkuConfiguration : IEntityTypeConfiguration<SumberPartisipasiIku>
{
    public void Configure(EntityTypeBuilder<SumberPartisipasiIku> builder)
    {
        builder.Property(s => s.Satker).HasMaxLength(20);
        builder.Property(s => s.KodeIndikator).HasMaxLength(10);
        builder.Property(s => s.Ukuran).HasMaxLength(20);
        builder.Property(s => s.Penyebut).HasMaxLength(20);
        builder.Property(s => s.Pemilihan).HasMaxLength(50);
        builder.Property(s => s.SuratSuara).HasMaxLength(20);
        builder.HasIndex(s => new { s.Satker, s.Tahun, s.KodeIndikator, s.Pemilihan, s.SuratSuara }).IsUnique();
    }
}

public sealed record NilaiPartisipasiDto(string Pemilihan, string SuratSuara, decimal? Nilai, long? Pembilang, long? Penyebut, bool DataContoh)
{
    /// <summary>True when this election gives (or, under the mean rule, enters) the IKU's value.</summary>
    public bool DipakaiIku { get; init; }
}

/// <summary>
/// A participation IKU for a year: <see cref="Aturan"/> (bernama, terbaru, rata-rata) picks its value
/// <see cref="Nilai"/>; <see cref="Utama"/> is the election that gives it (null under the mean rule), the year's
/// other elections are in <see cref="Pendamping"/>, each with its own numerator and denominator.
/// </summary>
public sealed record RealisasiPartisipasiDto(string Kode, string Uraian, string Ukuran, string Penyebut, NilaiPartisipasiDto? Utama, IReadOnlyList<NilaiPartisipasiDto> Pendamping)
{
    public string Aturan { get; init; } = AturanNilaiIku.Bernama;
    public decimal? Nilai { get; init; }
    /// <summary>The rule as a sentence, as the documents print it.</summary>
    public string Keterangan { get; init; } = "";

    /// <summary>Every election of the year, the one giving the value first.</summary>
    public IEnumerable<NilaiPartisipasiDto> Semua => Utama is null ? Pendamping : [Utama, .. Pendamping];
}

public static class RealisasiPartisipasi
{
    /// <summary>2024 had both a Pemilu and a Pilkada: the Pemilu's presidential ballot gives the annual value (see docs/decisions.md).</summary>
    public static IEnumerable<SumberPartisipasiIku> Bawaan()
    {
        foreach (var (kode, ukuran) in new[] { ("3.1", "total"), ("3.2", "perempuan"), ("3.3", "disabilitas") })
        {
            yield return new SumberPartisipasiIku { Tahun = 2024, KodeIndikator = kode, Ukuran = ukuran, Penyebut = PartisipasiMath.PenyebutDpt, Pemilihan = "pemilu-2024", SuratSuara = "PPWP", Utama = true, Urutan = 1 };
            yield return new SumberPartisipasiIku { Tahun = 2024, KodeIndikator = kode, Ukuran = ukuran, Penyebut = PartisipasiMath.PenyebutDpt, Pemilihan = "pilkada-2024", SuratSuara = "GUBERNUR", Urutan = 2 };
            yield return new SumberPartisipasiIku { Tahun = 2024, KodeIndikator = kode, Ukuran = ukuran, Penyebut = PartisipasiMath.PenyebutDpt, Pemilihan = "pilkada-2024", SuratSuara = "BUPATI", Urutan = 3 };
        }
    }

    /// <param name="baru">The database was just created: nothing to look up.</param>
    public static async Task EnsureAsync(TolokDb db, bool baru, CancellationToken ct)
    {
        if (baru || !await db.SumberPartisipasiIku.AnyAsync(ct))
        {
            db.SumberPartisipasiIku.AddRange(Bawaan());
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The participation IKU of a satker and year with their values, from the roll-ups of the satker's area.</summary>
    public static async Task<List<RealisasiPartisipasiDto>?> GetAsync(TolokDb db, string satker, int tahun, CancellationToken ct)
    {
        var iku = await IkuStore.LoadAsync(db, satker, tahun, null, ct);
        if (iku is null || !KodeWilayah.TryParse(satker, out var area))
        {
            return null;
        }
        var pemilihan = await db.Pemilihan.AsNoTracking().Include(p => p.SuratSuara).ToDictionaryAsync(p => p.Slug, ct);
        var tanggal = pemilihan.ToDictionary(p => p.Key, p => p.Value.Tanggal);
        var akhir = new DateOnly(tahun, 12, 31);
        var result = new List<RealisasiPartisipasiDto>();
        foreach (var group in await AturanNilaiIku.BerlakuAsync(db, satker, tahun, ct))
        {
            var indikator = iku.SemuaIndikator.FirstOrDefault(i => i.Kode == group[0].KodeIndikator);
            if (indikator is null)
            {
                continue;
            }
            var aturan = AturanNilaiIku.Dari(group);
            var chosen = AturanNilaiIku.Pilih(group, tanggal, akhir);
            var values = new List<(SumberPartisipasiIku Source, NilaiPartisipasiDto Value, string Nama)>();
            foreach (var s in group)
            {
                if (!pemilihan.TryGetValue(s.Pemilihan, out var p) || p.SuratSuara.FirstOrDefault(x => x.Kode == s.SuratSuara) is not { } ballot)
                {
                    continue;
                }
                var v = await PartisipasiQuery.VectorAsync(db, ballot.Id, area, false, ct);
                var (num, den, persen) = Measure(v, s.Ukuran, s.Penyebut);
                values.Add((s, new NilaiPartisipasiDto(s.Pemilihan, s.SuratSuara, persen, num, den, await DataContoh.IsContohAsync(db, p.Id, s.SuratSuara, ct))
                {
                    DipakaiIku = chosen.Contains(s),
                }, $"{p.Nama} ({ballot.Nama})"));
            }
            var dipakai = values.Where(x => x.Value.DipakaiIku).ToList();
            var utama = aturan == AturanNilaiIku.RataRata ? null : dipakai.Select(x => x.Value).FirstOrDefault();
            var first = group[0];
            result.Add(new RealisasiPartisipasiDto(first.KodeIndikator, indikator.Uraian, first.Ukuran, first.Penyebut,
                utama, [.. values.Select(x => x.Value).Where(x => x != utama)])
            {
                Aturan = aturan,
                Nilai = aturan == AturanNilaiIku.RataRata ? AturanNilaiIku.Rata(dipakai.Select(x => x.Value.Nilai)) : utama?.Nilai,
                Keterangan = AturanNilaiIku.Kalimat(aturan, [.. dipakai.Select(x => x.Nama)]),
            });
        }
        return result;
    }

    /// <summary>Numerator, denominator and percentage of one measure; nulls when not reported.</summary>
    public static (long? Pembilang, long? Penyebut, decimal? Persen) Measure(long[] v, string ukuran, string penyebut)
    {
        var persen = PartisipasiMath.Persen(v, penyebut);
        var (jenis, pembilang, penyebutGroup) = ukuran switch
        {
            "perempuan" => (1, "pengguna_semua", "pemilih_dpt"),
            "laki-laki" => (0, "pengguna_semua", "pemilih_dpt"),
            "disabilitas" => (2, "pengguna_disabilitas", "pemilih_disabilitas"),
            _ => (2, "pengguna_semua", "pemilih_dpt"),
        };
        var value = ukuran switch
        {
            "perempuan" => persen.Perempuan,
            "laki-laki" => persen.LakiLaki,
            "disabilitas" => persen.Disabilitas,
            _ => persen.Total,
        };
        var known = v[RekapMath.Known + Array.IndexOf(RekapMath.Kelompok, penyebutGroup)] > 0;
        long den = v[RekapMath.Index(penyebutGroup, jenis)];
        if (penyebut == PartisipasiMath.PenyebutSemua && penyebutGroup == "pemilih_dpt")
        {
            den += v[RekapMath.Index("pemilih_dptb", jenis)] + v[RekapMath.Index("pemilih_dpk", jenis)];
        }
        return known ? (v[RekapMath.Index(pembilang, jenis)], den, value) : (null, null, null);
    }

    public static RouteGroupBuilder MapRealisasiPartisipasiApi(this RouteGroupBuilder api)
    {
        api.MapGet("/satker/{kode}/iku/{tahun:int}/realisasi-partisipasi", async Task<Results<Ok<List<RealisasiPartisipasiDto>>, ProblemHttpResult>> (string kode, int tahun, TolokDb db, CancellationToken ct) =>
            await GetAsync(db, kode, tahun, ct) is { } list
                ? TypedResults.Ok(list)
                : await IkuApi.NotFound(db, kode, tahun, null, ct))
            .WithTags("IKU")
            .WithName("RealisasiPartisipasi")
            .WithSummary("Realisasi IKU partisipasi (3.1–3.3) dari data TPS: nilai tahunan dan pemilihan lain tahun itu")
            .RequireAuthorization();
        return api;
    }
}
