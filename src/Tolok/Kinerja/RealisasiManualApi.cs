using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tolok.Iku;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Kinerja;

public static class RealisasiManualApi
{
    public static RouteGroupBuilder MapRealisasiManualApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/satker/{kode}/kinerja/{tahun:int}/manual").WithTags("Kinerja");
        group.MapGet("/", async Task<Results<Ok<List<RealisasiManualDto>>, ProblemHttpResult>> (string kode, int tahun, TolokDb db, CancellationToken ct) =>
                await db.Satker.AnyAsync(s => s.Kode == kode, ct)
                    ? TypedResults.Ok(await RealisasiManualStore.ListAsync(db, kode, tahun, ct))
                    : await IkuApi.NotFound(db, kode, tahun, null, ct))
            .WithName("DaftarRealisasiManual").WithSummary("Realisasi yang diisi manual (hanya IKU tanpa register), dengan justifikasi dan bukti").RequireAuthorization();
        group.MapGet("/{kodeIku}", async Task<Results<Ok<RealisasiManualDto>, ProblemHttpResult>> (string kode, int tahun, string kodeIku, string? periode, TolokDb db, HttpContext http, CancellationToken ct) =>
                (await RealisasiManualStore.ListAsync(db, kode, tahun, ct)).FirstOrDefault(m => m.KodeIndikator == kodeIku && m.Periode == (periode ?? "tahunan")) is { } m
                    ? Aturan.VersiHttp.Ok(http, m)
                    : TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Belum ada realisasi manual IKU {kodeIku} {periode ?? "tahunan"} {tahun} satker {kode}; isi pertama dengan If-Match: \"0\"."))
            .WithName("AmbilRealisasiManual").WithSummary("Satu realisasi manual (?periode=, bawaan tahunan), dengan ETag versinya").RequireAuthorization();
        group.MapPut("/{kodeIku}", async Task<Results<Ok<RealisasiManualDto>, ValidationProblem, ProblemHttpResult>> (
                string kode, int tahun, string kodeIku, RealisasiManualEdit edit, [Microsoft.AspNetCore.Mvc.FromHeader(Name = "If-Match")] string? ifMatch, TolokDb db, TimeProvider time, ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
            {
                var satkerId = await db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
                if (satkerId is null)
                {
                    return await IkuApi.NotFound(db, kode, tahun, null, ct);
                }
                var versi = Aturan.Versi.DariIfMatch(ifMatch);
                var errors = await RealisasiManualStore.ValidateAsync(db, kode, tahun, kodeIku, edit, ct);
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "Realisasi manual tidak valid");
                }
                await RealisasiManualStore.SaveAsync(db, satkerId.Value, tahun, kodeIku, edit, versi, user.Identity?.Name, time, ct);
                return Aturan.VersiHttp.Ok(http, (await RealisasiManualStore.ListAsync(db, kode, tahun, ct)).Single(m => m.KodeIndikator == kodeIku && m.Periode == edit.Periode));
            })
            .WithName("IsiRealisasiManual").WithSummary("Mengisi realisasi manual sebuah IKU tanpa register (wajib justifikasi dan bukti)").RequireAuthorization(Peran.PolicyKelolaData);
        return api;
    }
}
