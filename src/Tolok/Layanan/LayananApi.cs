using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tolok.Iku;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Layanan;

public static class LayananApi
{
    public static RouteGroupBuilder MapLayananApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/satker/{kode}/layanan").WithTags("Layanan Informasi");
        group.MapGet("/{tahun:int}", async Task<Results<Ok<List<LayananDto>>, ProblemHttpResult>> (string kode, int tahun, string? periode, TolokDb db, CancellationToken ct) =>
                await SatkerIdAsync(db, kode, ct) is { } id
                    ? TypedResults.Ok(await LayananStore.ListAsync(db, id, tahun, periode ?? "tahunan", ct))
                    : await IkuApi.NotFound(db, kode, tahun, null, ct))
            .WithName("DaftarLayanan").WithSummary("Katalog layanan tahun itu dan apakah tiap layanan terlaksana pada periode (sumber IKU 1.4)").RequireAuthorization();
        group.MapGet("/{tahun:int}/pelaksanaan", async Task<Results<Ok<List<PelaksanaanLayananDto>>, ProblemHttpResult>> (string kode, int tahun, TolokDb db, CancellationToken ct) =>
                await SatkerIdAsync(db, kode, ct) is { } id
                    ? TypedResults.Ok(await LayananStore.PelaksanaanAsync(db, id, tahun, ct))
                    : await IkuApi.NotFound(db, kode, tahun, null, ct))
            .WithName("DaftarPelaksanaanLayanan").WithSummary("Log layanan yang diberikan pada tahun itu").RequireAuthorization();
        group.MapPost("/", async Task<Results<Created<LayananDto>, ValidationProblem, ProblemHttpResult>> (string kode, LayananEdit edit, TolokDb db, CancellationToken ct) =>
            {
                if (await SatkerIdAsync(db, kode, ct) is not { } id)
                {
                    return await IkuApi.NotFound(db, kode, edit.Tahun, null, ct);
                }
                var errors = await LayananStore.ValidateAsync(db, id, null, edit, ct);
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "Layanan tidak valid");
                }
                var row = await LayananStore.SaveAsync(db, id, null, edit, null, ct);
                return TypedResults.Created($"/api/v1/satker/{kode}/layanan/{row.Tahun}", new LayananDto(row.Id, row.Tahun, row.Nama, 0, 0, false, row.Versi));
            })
            .WithName("TambahLayanan").WithSummary("Menambah layanan ke katalog").RequireAuthorization(Peran.PolicyKelolaData);
        group.MapGet("/katalog/{layananId:int}", async Task<Results<Ok<LayananDto>, ProblemHttpResult>> (string kode, int layananId, TolokDb db, HttpContext http, CancellationToken ct) =>
                await db.LayananInformasi.AsNoTracking().FirstOrDefaultAsync(l => l.Id == layananId && db.Satker.Any(s => s.Id == l.SatkerId && s.Kode == kode), ct) is { } l
                && (await LayananStore.ListAsync(db, l.SatkerId, l.Tahun, "tahunan", ct)).FirstOrDefault(x => x.Id == layananId) is { } dto
                    ? Aturan.VersiHttp.Ok(http, dto)
                    : TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Layanan {layananId} satker {kode} tidak ditemukan."))
            .WithName("AmbilLayanan").WithSummary("Satu layanan katalog, dengan ETag versinya (kirim sebagai If-Match saat mengubah)").RequireAuthorization();
        group.MapPut("/{layananId:int}", async Task<Results<Ok, ValidationProblem, ProblemHttpResult>> (string kode, int layananId, LayananEdit edit, [Microsoft.AspNetCore.Mvc.FromHeader(Name = "If-Match")] string? ifMatch, TolokDb db, HttpContext http, CancellationToken ct) =>
            {
                var id = await SatkerIdAsync(db, kode, ct);
                if (id is null || !await db.LayananInformasi.AnyAsync(l => l.Id == layananId && l.SatkerId == id, ct))
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Layanan {layananId} satker {kode} tidak ditemukan.");
                }
                var versi = Aturan.Versi.DariIfMatch(ifMatch);
                var errors = await LayananStore.ValidateAsync(db, id.Value, layananId, edit, ct);
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "Layanan tidak valid");
                }
                var row = await LayananStore.SaveAsync(db, id.Value, layananId, edit, versi, ct);
                http.Response.Headers.ETag = Aturan.Versi.Etag(row.Versi);
                return TypedResults.Ok();
            })
            .WithName("UbahLayanan").WithSummary("Mengubah nama atau tahun layanan dalam katalog").RequireAuthorization(Peran.PolicyKelolaData);
        group.MapPost("/{layananId:int}/pelaksanaan", async Task<Results<Created<PelaksanaanLayananDto>, ValidationProblem, ProblemHttpResult>> (string kode, int layananId, PelaksanaanLayananEdit edit, TolokDb db, CancellationToken ct) =>
                await SimpanPelaksanaanAsync(db, kode, layananId, null, edit, null, ct) switch
                {
                    (null, null) => TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Layanan {layananId} satker {kode} tidak ditemukan."),
                    (_, { } errors) => TypedResults.ValidationProblem(errors, title: "Pelaksanaan layanan tidak valid"),
                    ({ } row, _) => TypedResults.Created($"/api/v1/satker/{kode}/layanan/{row.Tanggal.Year}/pelaksanaan", row),
                })
            .WithName("CatatPelaksanaanLayanan").WithSummary("Mencatat layanan yang diberikan").RequireAuthorization(Peran.PolicyKelolaData);
        group.MapGet("/{layananId:int}/pelaksanaan/{id:int}", async Task<Results<Ok<PelaksanaanLayananDto>, ProblemHttpResult>> (string kode, int layananId, int id, TolokDb db, HttpContext http, CancellationToken ct) =>
                await db.LayananInformasi.AsNoTracking().FirstOrDefaultAsync(l => l.Id == layananId && db.Satker.Any(s => s.Id == l.SatkerId && s.Kode == kode), ct) is { } layanan
                && await db.PelaksanaanLayanan.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.LayananInformasiId == layananId, ct) is { } row
                    ? Aturan.VersiHttp.Ok(http, LayananStore.AsDto(row, layanan))
                    : TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Pelaksanaan {id} layanan {layananId} satker {kode} tidak ditemukan."))
            .WithName("AmbilPelaksanaanLayanan").WithSummary("Satu catatan layanan yang diberikan, dengan ETag versinya (kirim sebagai If-Match saat mengubah)").RequireAuthorization();
        group.MapPut("/{layananId:int}/pelaksanaan/{id:int}", async Task<Results<Ok<PelaksanaanLayananDto>, ValidationProblem, ProblemHttpResult>> (string kode, int layananId, int id, PelaksanaanLayananEdit edit, [Microsoft.AspNetCore.Mvc.FromHeader(Name = "If-Match")] string? ifMatch, TolokDb db, HttpContext http, CancellationToken ct) =>
                await SimpanPelaksanaanAsync(db, kode, layananId, id, edit, Aturan.Versi.DariIfMatch(ifMatch), ct) switch
                {
                    (null, null) => TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Pelaksanaan {id} layanan {layananId} satker {kode} tidak ditemukan."),
                    (_, { } errors) => TypedResults.ValidationProblem(errors, title: "Pelaksanaan layanan tidak valid"),
                    ({ } row, _) => Aturan.VersiHttp.Ok(http, row),
                })
            .WithName("UbahPelaksanaanLayanan").WithSummary("Mengubah catatan layanan yang diberikan").RequireAuthorization(Peran.PolicyKelolaData);
        return api;
    }

    private static Task<int?> SatkerIdAsync(TolokDb db, string kode, CancellationToken ct) =>
        db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);

    private static async Task<(PelaksanaanLayananDto? Row, Dictionary<string, string[]>? Errors)> SimpanPelaksanaanAsync(
        TolokDb db, string kode, int layananId, int? id, PelaksanaanLayananEdit edit, int? versi, CancellationToken ct)
    {
        var layanan = await db.LayananInformasi.FirstOrDefaultAsync(l => l.Id == layananId && db.Satker.Any(s => s.Id == l.SatkerId && s.Kode == kode), ct);
        if (layanan is null || (id is { } x && !await db.PelaksanaanLayanan.AnyAsync(p => p.Id == x && p.LayananInformasiId == layananId, ct)))
        {
            return (null, null);
        }
        var errors = LayananStore.Validate(layanan.Tahun, edit);
        return errors.Count > 0 ? (null, errors) : (await LayananStore.SavePelaksanaanAsync(db, layanan, id, edit, versi, ct), null);
    }
}
