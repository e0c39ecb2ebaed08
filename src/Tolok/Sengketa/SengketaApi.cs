using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tolok.Iku;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Sengketa;

public sealed record PerkaraDto(int Id, string Forum, string NomorPerkara, string Pihak, string PeranKpu, string Pokok,
    DateOnly TanggalRegistrasi, DateOnly? TanggalPutusan, string? Putusan, bool? Menang, string? Catatan, int Versi) : Aturan.IDtoBerversi;

public sealed record PerkaraEdit(string? Forum, string? NomorPerkara, string? Pihak, string? PeranKpu, string? Pokok,
    DateOnly? TanggalRegistrasi, DateOnly? TanggalPutusan, string? Putusan, string? Catatan);

public static class SengketaApi
{
    public static RouteGroupBuilder MapSengketaApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/satker/{kode}/sengketa").WithTags("Sengketa");
        group.MapGet("/", async Task<Results<Ok<List<PerkaraDto>>, ProblemHttpResult>> (string kode, int? tahun, string? periode, TolokDb db, CancellationToken ct) =>
                await db.Satker.AnyAsync(s => s.Kode == kode, ct)
                    ? TypedResults.Ok(await SengketaStore.ListAsync(db, kode, tahun, periode ?? "tahunan", ct))
                    : await IkuApi.NotFound(db, kode, tahun ?? 0, null, ct))
            .WithName("DaftarSengketa")
            .WithSummary("Perkara satker; dengan ?tahun= hanya yang diputus pada periode itu (sumber IKU 4.2)")
            .RequireAuthorization();
        group.MapGet("/{id:int}", async Task<Results<Ok<PerkaraDto>, ProblemHttpResult>> (string kode, int id, TolokDb db, HttpContext http, CancellationToken ct) =>
                (await SengketaStore.ListAsync(db, kode, null, "tahunan", ct)).FirstOrDefault(p => p.Id == id) is { } p
                    ? Aturan.VersiHttp.Ok(http, p)
                    : TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Perkara {id} satker {kode} tidak ditemukan."))
            .WithName("AmbilSengketa")
            .WithSummary("Satu perkara, dengan ETag versinya (kirim sebagai If-Match saat mengubah)")
            .RequireAuthorization();
        group.MapPost("/", async Task<Results<Created<PerkaraDto>, ValidationProblem, ProblemHttpResult>> (string kode, PerkaraEdit edit, TolokDb db, CancellationToken ct) =>
            {
                var satkerId = await db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
                if (satkerId is null)
                {
                    return await IkuApi.NotFound(db, kode, 0, null, ct);
                }
                var errors = await SengketaStore.ValidateAsync(db, satkerId.Value, null, edit, ct);
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "Perkara tidak valid");
                }
                var perkara = await SengketaStore.SaveAsync(db, satkerId.Value, null, edit, null, ct);
                return TypedResults.Created($"/api/v1/satker/{kode}/sengketa/{perkara.Id}", perkara);
            })
            .WithName("TambahSengketa")
            .WithSummary("Mencatat perkara baru")
            .RequireAuthorization(Peran.PolicyKelolaData);
        group.MapPut("/{id:int}", async Task<Results<Ok<PerkaraDto>, ValidationProblem, ProblemHttpResult>> (string kode, int id, PerkaraEdit edit, [Microsoft.AspNetCore.Mvc.FromHeader(Name = "If-Match")] string? ifMatch, TolokDb db, HttpContext http, CancellationToken ct) =>
            {
                var satkerId = await db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
                if (satkerId is null || !await db.Perkara.AnyAsync(p => p.Id == id && p.SatkerId == satkerId, ct))
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Perkara {id} satker {kode} tidak ditemukan.");
                }
                var versi = Aturan.Versi.DariIfMatch(ifMatch);
                var errors = await SengketaStore.ValidateAsync(db, satkerId.Value, id, edit, ct);
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "Perkara tidak valid");
                }
                return Aturan.VersiHttp.Ok(http, await SengketaStore.SaveAsync(db, satkerId.Value, id, edit, versi, ct));
            })
            .WithName("UbahSengketa")
            .WithSummary("Mengubah perkara (mis. mencatat putusan)")
            .RequireAuthorization(Peran.PolicyKelolaData);
        return api;
    }
}

