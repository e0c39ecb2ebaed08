using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tolok.Iku;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Laporan;

public sealed record LaporanRbDto(int Id, string Nama, DateOnly PeriodeDari, DateOnly PeriodeSampai, DateOnly JatuhTempo, DateOnly? TanggalDisampaikan, bool TepatWaktu, string? Bukti, int Versi) : Aturan.IDtoBerversi;

public sealed record LaporanRbEdit(string? Nama, DateOnly? PeriodeDari, DateOnly? PeriodeSampai, DateOnly? JatuhTempo, DateOnly? TanggalDisampaikan, string? Bukti);

public sealed record LaporanKeuanganDto(int Id, int TahunAnggaran, string Jenis, string Pemeriksa, string? Hasil, DateOnly? TanggalHasil, bool? SesuaiSap, DateOnly? TanggalDisampaikan, DateOnly? BatasWaktu, int Versi) : Aturan.IDtoBerversi;

public sealed record LaporanKeuanganEdit(int TahunAnggaran, string? Jenis, string? Pemeriksa, string? Hasil, DateOnly? TanggalHasil, bool? SesuaiSap, DateOnly? TanggalDisampaikan, DateOnly? BatasWaktu);

/// <summary>The report registers behind IKU 1.1 (RB reports filed on time) and 1.3 (financial report result).</summary>
public static class LaporanApi
{
    public static RouteGroupBuilder MapLaporanApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/satker/{kode}/laporan").WithTags("Laporan");
        group.MapGet("/rb", async Task<Results<Ok<List<LaporanRbDto>>, ProblemHttpResult>> (string kode, int? tahun, string? periode, TolokDb db, CancellationToken ct) =>
                await SatkerIdAsync(db, kode, ct) is { } id
                    ? TypedResults.Ok(await LaporanStore.RbAsync(db, id, tahun, periode ?? "tahunan", ct))
                    : await IkuApi.NotFound(db, kode, tahun ?? 0, null, ct))
            .WithName("DaftarLaporanRb").WithSummary("Laporan RB; dengan ?tahun= hanya yang jatuh tempo pada periode itu (sumber IKU 1.1)").RequireAuthorization();
        group.MapPost("/rb", async Task<Results<Created<LaporanRbDto>, ValidationProblem, ProblemHttpResult>> (string kode, LaporanRbEdit edit, TolokDb db, CancellationToken ct) =>
            {
                if (await SatkerIdAsync(db, kode, ct) is not { } id)
                {
                    return await IkuApi.NotFound(db, kode, 0, null, ct);
                }
                var errors = LaporanStore.Validate(edit);
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "Laporan RB tidak valid");
                }
                var row = await LaporanStore.SaveRbAsync(db, id, null, edit, null, ct);
                return TypedResults.Created($"/api/v1/satker/{kode}/laporan/rb/{row.Id}", row);
            })
            .WithName("TambahLaporanRb").WithSummary("Mencatat laporan RB").RequireAuthorization(Peran.PolicyKelolaData);
        group.MapGet("/rb/{id:int}", async Task<Results<Ok<LaporanRbDto>, ProblemHttpResult>> (string kode, int id, TolokDb db, HttpContext http, CancellationToken ct) =>
                await db.LaporanRb.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id && db.Satker.Any(s => s.Id == l.SatkerId && s.Kode == kode), ct) is { } row
                    ? Aturan.VersiHttp.Ok(http, LaporanStore.AsDto(row))
                    : TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Laporan RB {id} satker {kode} tidak ditemukan."))
            .WithName("AmbilLaporanRb").WithSummary("Satu baris, dengan ETag versinya (kirim sebagai If-Match saat mengubah)").RequireAuthorization();
        group.MapPut("/rb/{id:int}", async Task<Results<Ok<LaporanRbDto>, ValidationProblem, ProblemHttpResult>> (string kode, int id, LaporanRbEdit edit, [Microsoft.AspNetCore.Mvc.FromHeader(Name = "If-Match")] string? ifMatch, TolokDb db, HttpContext http, CancellationToken ct) =>
            {
                var satkerId = await SatkerIdAsync(db, kode, ct);
                if (satkerId is null || !await db.LaporanRb.AnyAsync(l => l.Id == id && l.SatkerId == satkerId, ct))
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Laporan RB {id} satker {kode} tidak ditemukan.");
                }
                var versi = Aturan.Versi.DariIfMatch(ifMatch);
                var errors = LaporanStore.Validate(edit);
                return errors.Count > 0
                    ? TypedResults.ValidationProblem(errors, title: "Laporan RB tidak valid")
                    : Aturan.VersiHttp.Ok(http, await LaporanStore.SaveRbAsync(db, satkerId.Value, id, edit, versi, ct));
            })
            .WithName("UbahLaporanRb").WithSummary("Mengubah laporan RB (mis. mencatat tanggal disampaikan)").RequireAuthorization(Peran.PolicyKelolaData);
        group.MapGet("/keuangan", async Task<Results<Ok<List<LaporanKeuanganDto>>, ProblemHttpResult>> (string kode, TolokDb db, CancellationToken ct) =>
                await SatkerIdAsync(db, kode, ct) is { } id
                    ? TypedResults.Ok(await LaporanStore.KeuanganAsync(db, id, ct))
                    : await IkuApi.NotFound(db, kode, 0, null, ct))
            .WithName("DaftarLaporanKeuangan").WithSummary("Laporan keuangan dan hasil pemeriksaan/reviunya (sumber IKU 1.3)").RequireAuthorization();
        group.MapPost("/keuangan", async Task<Results<Created<LaporanKeuanganDto>, ValidationProblem, ProblemHttpResult>> (string kode, LaporanKeuanganEdit edit, TolokDb db, CancellationToken ct) =>
            {
                if (await SatkerIdAsync(db, kode, ct) is not { } id)
                {
                    return await IkuApi.NotFound(db, kode, 0, null, ct);
                }
                var errors = LaporanStore.Validate(edit, await LaporanStore.OpiniAsync(db, ct));
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "Laporan keuangan tidak valid");
                }
                var row = await LaporanStore.SaveKeuanganAsync(db, id, null, edit, null, ct);
                return TypedResults.Created($"/api/v1/satker/{kode}/laporan/keuangan/{row.Id}", row);
            })
            .WithName("TambahLaporanKeuangan").WithSummary("Mencatat laporan keuangan dan hasilnya").RequireAuthorization(Peran.PolicyKelolaData);
        group.MapGet("/keuangan/{id:int}", async Task<Results<Ok<LaporanKeuanganDto>, ProblemHttpResult>> (string kode, int id, TolokDb db, HttpContext http, CancellationToken ct) =>
                await db.LaporanKeuangan.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id && db.Satker.Any(s => s.Id == l.SatkerId && s.Kode == kode), ct) is { } row
                    ? Aturan.VersiHttp.Ok(http, LaporanStore.AsDto(row))
                    : TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Laporan keuangan {id} satker {kode} tidak ditemukan."))
            .WithName("AmbilLaporanKeuangan").WithSummary("Satu baris, dengan ETag versinya (kirim sebagai If-Match saat mengubah)").RequireAuthorization();
        group.MapPut("/keuangan/{id:int}", async Task<Results<Ok<LaporanKeuanganDto>, ValidationProblem, ProblemHttpResult>> (string kode, int id, LaporanKeuanganEdit edit, [Microsoft.AspNetCore.Mvc.FromHeader(Name = "If-Match")] string? ifMatch, TolokDb db, HttpContext http, CancellationToken ct) =>
            {
                var satkerId = await SatkerIdAsync(db, kode, ct);
                if (satkerId is null || !await db.LaporanKeuangan.AnyAsync(l => l.Id == id && l.SatkerId == satkerId, ct))
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Laporan keuangan {id} satker {kode} tidak ditemukan.");
                }
                var versi = Aturan.Versi.DariIfMatch(ifMatch);
                var errors = LaporanStore.Validate(edit, await LaporanStore.OpiniAsync(db, ct));
                return errors.Count > 0
                    ? TypedResults.ValidationProblem(errors, title: "Laporan keuangan tidak valid")
                    : Aturan.VersiHttp.Ok(http, await LaporanStore.SaveKeuanganAsync(db, satkerId.Value, id, edit, versi, ct));
            })
            .WithName("UbahLaporanKeuangan").WithSummary("Mengubah laporan keuangan (mis. mencatat opini)").RequireAuthorization(Peran.PolicyKelolaData);
        return api;
    }

    public static Task<int?> SatkerIdAsync(TolokDb db, string kode, CancellationToken ct) =>
        db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
}

