using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Evaluasi;

/// <summary>/api/v1/satker/{kode}/lhe/{id}/rekomendasi: an LHE's recommendations and their follow-up.</summary>
public static class RekomendasiApi
{
    public static RouteGroupBuilder MapRekomendasiApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/satker/{kode}/lhe/{id:int}/rekomendasi").WithTags("Evaluasi SAKIP");
        group.MapGet("/", async Task<Results<Ok<List<RekomendasiDto>>, ProblemHttpResult>> (string kode, int id, TolokDb db, TimeProvider time, CancellationToken ct) =>
                await LheAsync(db, kode, id, ct) is null
                    ? TidakAda(kode, id)
                    : TypedResults.Ok(await RekomendasiStore.ListAsync(db, id, Format.HariIni(time), ct)))
            .WithName("DaftarRekomendasiLhe").WithSummary("Rekomendasi LHE dengan tindak lanjut, status (belum/proses/selesai) dan tanda terlambat").RequireAuthorization();
        group.MapPost("/", async Task<Results<Created<RekomendasiDto>, ValidationProblem, ProblemHttpResult>> (string kode, int id, RekomendasiEdit edit, TolokDb db, TimeProvider time, CancellationToken ct) =>
            {
                if (await LheAsync(db, kode, id, ct) is null)
                {
                    return TidakAda(kode, id);
                }
                var errors = await RekomendasiStore.ValidateAsync(db, id, null, edit, ct);
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "Rekomendasi tidak valid");
                }
                var hariIni = Format.HariIni(time);
                var row = await RekomendasiStore.SaveAsync(db, id, null, edit, null, hariIni, ct);
                return TypedResults.Created($"/api/v1/satker/{kode}/lhe/{id}/rekomendasi/{row.Id}", (await RekomendasiStore.ListAsync(db, id, hariIni, ct)).Single(r => r.Id == row.Id));
            })
            .WithName("TambahRekomendasiLhe").WithSummary("Mencatat rekomendasi LHE (uraian, komponen, batas waktu, penanggung jawab)").RequireAuthorization(Peran.PolicyKelolaData);
        group.MapGet("/{rid:int}", async Task<Results<Ok<RekomendasiDto>, ProblemHttpResult>> (string kode, int id, int rid, TolokDb db, TimeProvider time, HttpContext http, CancellationToken ct) =>
                await LheAsync(db, kode, id, ct) is not null && (await RekomendasiStore.ListAsync(db, id, Format.HariIni(time), ct)).FirstOrDefault(r => r.Id == rid) is { } r
                    ? Aturan.VersiHttp.Ok(http, r)
                    : TidakAda(kode, id))
            .WithName("AmbilRekomendasiLhe").WithSummary("Satu rekomendasi LHE, dengan ETag versinya").RequireAuthorization();
        group.MapPut("/{rid:int}", async Task<Results<Ok<RekomendasiDto>, ValidationProblem, ProblemHttpResult>> (string kode, int id, int rid, RekomendasiEdit edit, [Microsoft.AspNetCore.Mvc.FromHeader(Name = "If-Match")] string? ifMatch, TolokDb db, TimeProvider time, HttpContext http, CancellationToken ct) =>
            {
                if (await LheAsync(db, kode, id, ct) is null || !await db.RekomendasiLhe.AnyAsync(r => r.Id == rid && r.LheId == id, ct))
                {
                    return TidakAda(kode, id);
                }
                var versi = Aturan.Versi.DariIfMatch(ifMatch);
                var errors = await RekomendasiStore.ValidateAsync(db, id, rid, edit, ct);
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "Rekomendasi tidak valid");
                }
                var hariIni = Format.HariIni(time);
                await RekomendasiStore.SaveAsync(db, id, rid, edit, versi, hariIni, ct);
                return Aturan.VersiHttp.Ok(http, (await RekomendasiStore.ListAsync(db, id, hariIni, ct)).Single(r => r.Id == rid));
            })
            .WithName("UbahRekomendasiLhe").WithSummary("Mengubah rekomendasi LHE (If-Match wajib)").RequireAuthorization(Peran.PolicyKelolaData);
        group.MapPost("/{rid:int}/tindak-lanjut", async Task<Results<Created<RekomendasiDto>, ValidationProblem, ProblemHttpResult>> (string kode, int id, int rid, TindakLanjutEdit edit, TolokDb db, TimeProvider time, CancellationToken ct) =>
            {
                if (await LheAsync(db, kode, id, ct) is null || !await db.RekomendasiLhe.AnyAsync(r => r.Id == rid && r.LheId == id, ct))
                {
                    return TidakAda(kode, id);
                }
                var hariIni = Format.HariIni(time);
                var errors = RekomendasiStore.Validate(edit, hariIni);
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "Tindak lanjut tidak valid");
                }
                await RekomendasiStore.TambahTindakLanjutAsync(db, rid, edit, db.Pelaku.Nama, time.GetUtcNow().UtcDateTime, ct);
                return TypedResults.Created($"/api/v1/satker/{kode}/lhe/{id}/rekomendasi/{rid}", (await RekomendasiStore.ListAsync(db, id, hariIni, ct)).Single(r => r.Id == rid));
            })
            .WithName("TambahTindakLanjutLhe").WithSummary("Mencatat tindak lanjut rekomendasi LHE dengan bukti dan status (belum/proses/selesai)").RequireAuthorization(Peran.PolicyKelolaData);
        return api;
    }

    private static async Task<Lhe?> LheAsync(TolokDb db, string kode, int id, CancellationToken ct) =>
        await db.Lhe.AsNoTracking().Where(l => l.Id == id && db.Satker.Any(s => s.Id == l.SatkerId && s.Kode == kode)).FirstOrDefaultAsync(ct);

    private static ProblemHttpResult TidakAda(string kode, int id) =>
        TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"LHE {id} satker {kode} atau rekomendasinya tidak ditemukan.");
}
