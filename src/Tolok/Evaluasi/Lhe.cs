using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tolok.Iku;
using Tolok.Infrastructure;
using Tolok.Kinerja;
using Tolok.Pengguna;

namespace Tolok.Evaluasi;

/// <summary>
/// A SAKIP evaluation report (LHE): who evaluated which year, the score 0–100 and its component scores
/// (Perencanaan ≤ 30, Pengukuran ≤ 30, Pelaporan ≤ 15, Evaluasi Internal ≤ 25), recommendations and follow-up.
/// The grade is derived from the grade scale kept as data.
/// </summary>
public class Lhe : Aturan.IBerversi
{
    public int Id { get; set; }
    /// <summary>Raised by one on every change (optimistic concurrency, <see cref="Aturan.Versi"/>).</summary>
    public int Versi { get; set; } = 1;
    public int SatkerId { get; set; }
    public int TahunDievaluasi { get; set; }
    public required string Evaluator { get; set; }
    public DateOnly TanggalLhe { get; set; }
    public decimal Nilai { get; set; }
    public decimal? Perencanaan { get; set; }
    public decimal? Pengukuran { get; set; }
    public decimal? Pelaporan { get; set; }
    public decimal? EvaluasiInternal { get; set; }
    public string? Rekomendasi { get; set; }
    public string? TindakLanjut { get; set; }
}

internal sealed class LheConfiguration : IEntityTypeConfiguration<Lhe>
{
    public void Configure(EntityTypeBuilder<Lhe> builder)
    {
        builder.HasOne<Satker.Satker>().WithMany().HasForeignKey(l => l.SatkerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(l => l.Evaluator).HasMaxLength(200);
        builder.Property(l => l.Rekomendasi).HasMaxLength(4000);
        builder.Property(l => l.TindakLanjut).HasMaxLength(4000);
        foreach (var p in new[] { nameof(Lhe.Nilai), nameof(Lhe.Perencanaan), nameof(Lhe.Pengukuran), nameof(Lhe.Pelaporan), nameof(Lhe.EvaluasiInternal) })
        {
            builder.Property(p).HasPrecision(6, 2);
        }
    }
}

public sealed record LheDto(int Id, int TahunDievaluasi, string Evaluator, DateOnly TanggalLhe, decimal Nilai, string? Predikat,
    decimal? Perencanaan, decimal? Pengukuran, decimal? Pelaporan, decimal? EvaluasiInternal, string? Rekomendasi, string? TindakLanjut, int Versi) : Aturan.IDtoBerversi;

public sealed record LheEdit(int TahunDievaluasi, string? Evaluator, DateOnly? TanggalLhe, decimal? Nilai,
    decimal? Perencanaan, decimal? Pengukuran, decimal? Pelaporan, decimal? EvaluasiInternal, string? Rekomendasi, string? TindakLanjut);

public static class LheApi
{
    public static RouteGroupBuilder MapLheApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/satker/{kode}/lhe").WithTags("Evaluasi SAKIP");
        group.MapGet("/", async Task<Results<Ok<List<LheDto>>, ProblemHttpResult>> (string kode, TolokDb db, CancellationToken ct) =>
                await db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct) is { } id
                    ? TypedResults.Ok(await LheStore.ListAsync(db, id, ct))
                    : await IkuApi.NotFound(db, kode, 0, null, ct))
            .WithName("DaftarLhe").WithSummary("Laporan hasil evaluasi SAKIP satker (sumber IKU 1.2)").AllowAnonymous();
        group.MapPost("/", async Task<Results<Created<LheDto>, ValidationProblem, ProblemHttpResult>> (string kode, LheEdit edit, TolokDb db, CancellationToken ct) =>
            {
                if (await db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct) is not { } id)
                {
                    return await IkuApi.NotFound(db, kode, 0, null, ct);
                }
                var errors = LheStore.Validate(edit);
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "LHE tidak valid");
                }
                var row = await LheStore.SaveAsync(db, id, null, edit, null, ct);
                return TypedResults.Created($"/api/v1/satker/{kode}/lhe/{row.Id}", (await LheStore.ListAsync(db, id, ct)).Single(l => l.Id == row.Id));
            })
            .WithName("TambahLhe").WithSummary("Mencatat LHE").RequireAuthorization(Peran.PolicyKelolaData);
        group.MapGet("/{id:int}", async Task<Results<Ok<LheDto>, ProblemHttpResult>> (string kode, int id, TolokDb db, HttpContext http, CancellationToken ct) =>
                await db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct) is { } satkerId
                && (await LheStore.ListAsync(db, satkerId, ct)).FirstOrDefault(l => l.Id == id) is { } lhe
                    ? Aturan.VersiHttp.Ok(http, lhe)
                    : TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"LHE {id} satker {kode} tidak ditemukan."))
            .WithName("AmbilLhe").WithSummary("Satu LHE, dengan ETag versinya (kirim sebagai If-Match saat mengubah)").AllowAnonymous();
        group.MapPut("/{id:int}", async Task<Results<Ok<LheDto>, ValidationProblem, ProblemHttpResult>> (string kode, int id, LheEdit edit, [Microsoft.AspNetCore.Mvc.FromHeader(Name = "If-Match")] string? ifMatch, TolokDb db, HttpContext http, CancellationToken ct) =>
            {
                var satkerId = await db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
                if (satkerId is null || !await db.Lhe.AnyAsync(l => l.Id == id && l.SatkerId == satkerId, ct))
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"LHE {id} satker {kode} tidak ditemukan.");
                }
                var versi = Aturan.Versi.DariIfMatch(ifMatch);
                var errors = LheStore.Validate(edit);
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "LHE tidak valid");
                }
                await LheStore.SaveAsync(db, satkerId.Value, id, edit, versi, ct);
                return Aturan.VersiHttp.Ok(http, (await LheStore.ListAsync(db, satkerId.Value, ct)).Single(l => l.Id == id));
            })
            .WithName("UbahLhe").WithSummary("Mengubah LHE (mis. mencatat tindak lanjut rekomendasi)").RequireAuthorization(Peran.PolicyKelolaData);
        return api;
    }
}

public static class LheStore
{
    public static async Task<List<LheDto>> ListAsync(TolokDb db, int satkerId, CancellationToken ct)
    {
        var predikat = await db.SkalaCapaian.AsNoTracking().Where(s => s.Skala == SkalaCapaian.PredikatSakip).ToListAsync(ct);
        return [.. (await db.Lhe.AsNoTracking().Where(l => l.SatkerId == satkerId).OrderBy(l => l.TanggalLhe).ToListAsync(ct)).Select(l => AsDto(l, predikat))];
    }

    public static LheDto AsDto(Lhe l, IEnumerable<SkalaCapaian> predikat) =>
        new(l.Id, l.TahunDievaluasi, l.Evaluator, l.TanggalLhe, l.Nilai, CapaianCalculator.Kategori(predikat, l.Nilai)?.Label,
            l.Perencanaan, l.Pengukuran, l.Pelaporan, l.EvaluasiInternal, l.Rekomendasi, l.TindakLanjut, l.Versi);

    /// <summary>The score of the latest LHE issued from 1 January up to the period's end (IKU 1.2).</summary>
    public static async Task<Lhe?> TerakhirAsync(TolokDb db, int satkerId, int tahun, string periode, CancellationToken ct) =>
        Ukuran.Terakhir(await db.Lhe.AsNoTracking().Where(l => l.SatkerId == satkerId).ToListAsync(ct), l => l.TanggalLhe, l => l.Id, Periode.Dari(tahun, periode));

    /// <summary>Adds (id null) or updates an LHE of the satker; the caller has validated the edit.</summary>
    public static async Task<Lhe> SaveAsync(TolokDb db, int satkerId, int? id, LheEdit e, int? versi, CancellationToken ct)
    {
        var row = id is null ? null : await db.Lhe.FirstAsync(l => l.Id == id && l.SatkerId == satkerId, ct);
        if (row is not null && versi is { } v)
        {
            var predikat = await db.SkalaCapaian.AsNoTracking().Where(s => s.Skala == SkalaCapaian.PredikatSakip).ToListAsync(ct);
            Aturan.Versi.Periksa(db, row, v, AsDto(row, predikat));
        }
        if (row is null)
        {
            row = new Lhe { SatkerId = satkerId, Evaluator = "" };
            db.Lhe.Add(row);
        }
        row.TahunDievaluasi = e.TahunDievaluasi;
        row.Evaluator = e.Evaluator!.Trim();
        row.TanggalLhe = e.TanggalLhe!.Value;
        row.Nilai = e.Nilai!.Value;
        row.Perencanaan = e.Perencanaan;
        row.Pengukuran = e.Pengukuran;
        row.Pelaporan = e.Pelaporan;
        row.EvaluasiInternal = e.EvaluasiInternal;
        row.Rekomendasi = string.IsNullOrWhiteSpace(e.Rekomendasi) ? null : e.Rekomendasi.Trim();
        row.TindakLanjut = string.IsNullOrWhiteSpace(e.TindakLanjut) ? null : e.TindakLanjut.Trim();
        await db.SaveChangesAsync(ct);
        return row;
    }

    public static Dictionary<string, string[]> Validate(LheEdit e)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(e.Evaluator) || e.Evaluator.Length > 200)
        {
            errors["evaluator"] = ["Evaluator wajib diisi, paling panjang 200 karakter (mis. Inspektorat Utama KPU)."];
        }
        if (e.TahunDievaluasi is < 2000 or > 2100)
        {
            errors["tahunDievaluasi"] = ["Tahun yang dievaluasi antara 2000 dan 2100."];
        }
        if (e.Rekomendasi?.Length > 4000 || e.TindakLanjut?.Length > 4000)
        {
            errors["rekomendasi"] = ["Rekomendasi dan tindak lanjut masing-masing paling panjang 4.000 karakter."];
        }
        if (e.TanggalLhe is null)
        {
            errors["tanggalLhe"] = ["Tanggal LHE wajib diisi."];
        }
        if (e.Nilai is not (>= 0 and <= 100))
        {
            errors["nilai"] = ["Nilai antara 0 dan 100."];
        }
        foreach (var (name, value, max) in new[] { ("perencanaan", e.Perencanaan, 30m), ("pengukuran", e.Pengukuran, 30m), ("pelaporan", e.Pelaporan, 15m), ("evaluasiInternal", e.EvaluasiInternal, 25m) })
        {
            if (value is < 0 || value > max)
            {
                errors[name] = [$"Nilai komponen {name} antara 0 dan {max}."];
            }
        }
        if (e.Perencanaan is { } a && e.Pengukuran is { } b && e.Pelaporan is { } c && e.EvaluasiInternal is { } d && e.Nilai is { } n && Math.Abs(a + b + c + d - n) > 0.01m)
        {
            errors["nilai"] = [$"Nilai {n} tidak sama dengan jumlah komponen {a + b + c + d}."];
        }
        return errors;
    }
}
