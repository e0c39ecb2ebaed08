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

public sealed record NilaiPartisipasiDto(string Pemilihan, string SuratSuara, decimal? Nilai, long? Pembilang, long? Penyebut, bool DataContoh);

public sealed record RealisasiPartisipasiDto(string Kode, string Uraian, string Ukuran, string Penyebut, NilaiPartisipasiDto? Utama, IReadOnlyList<NilaiPartisipasiDto> Pendamping);

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
        var sources = await db.SumberPartisipasiIku.AsNoTracking().Where(s => s.Tahun == tahun && (s.Satker == satker || s.Satker == null)).ToListAsync(ct);
        // A satker's own rows replace the defaults for that indicator.
        var chosen = sources.GroupBy(s => s.KodeIndikator)
            .Select(g => g.Any(s => s.Satker == satker) ? g.Where(s => s.Satker == satker) : g)
            .SelectMany(g => g).OrderBy(s => s.KodeIndikator).ThenBy(s => s.Urutan).ToList();
        var pemilihan = await db.Pemilihan.AsNoTracking().Include(p => p.SuratSuara).ToDictionaryAsync(p => p.Slug, ct);
        var result = new List<RealisasiPartisipasiDto>();
        foreach (var group in chosen.GroupBy(s => s.KodeIndikator))
        {
            var indikator = iku.SemuaIndikator.FirstOrDefault(i => i.Kode == group.Key);
            if (indikator is null)
            {
                continue;
            }
            var values = new List<(SumberPartisipasiIku Source, NilaiPartisipasiDto Value)>();
            foreach (var s in group)
            {
                if (!pemilihan.TryGetValue(s.Pemilihan, out var p) || p.SuratSuara.FirstOrDefault(x => x.Kode == s.SuratSuara) is not { } ballot)
                {
                    continue;
                }
                var v = await PartisipasiQuery.VectorAsync(db, ballot.Id, area, false, ct);
                var (num, den, persen) = Measure(v, s.Ukuran, s.Penyebut);
                values.Add((s, new NilaiPartisipasiDto(s.Pemilihan, s.SuratSuara, persen, num, den, await DataContoh.IsContohAsync(db, p.Id, s.SuratSuara, ct))));
            }
            var first = group.First();
            result.Add(new RealisasiPartisipasiDto(group.Key, indikator.Uraian, first.Ukuran, first.Penyebut,
                values.FirstOrDefault(x => x.Source.Utama).Value, [.. values.Where(x => !x.Source.Utama).Select(x => x.Value)]));
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
