using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tolok.Iku;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Evaluasi;

public static class LheApi
{
    public static RouteGroupBuilder MapLheApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/satker/{kode}/lhe").WithTags("Evaluasi SAKIP");
        group.MapGet("/", async Task<Results<Ok<List<LheDto>>, ProblemHttpResult>> (string kode, TolokDb db, CancellationToken ct) =>
                await db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct) is { } id
                    ? TypedResults.Ok(await LheStore.ListAsync(db, id, ct))
                    : await IkuApi.NotFound(db, kode, 0, null, ct))
            .WithName("DaftarLhe").WithSummary("Laporan hasil evaluasi SAKIP satker (sumber IKU 1.2)").RequireAuthorization();
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
            .WithName("AmbilLhe").WithSummary("Satu LHE, dengan ETag versinya (kirim sebagai If-Match saat mengubah)").RequireAuthorization();
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
