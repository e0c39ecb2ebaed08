using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tolok.Iku;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Lkjip;

public sealed record NarasiDto(string Bagian, string Judul, string Teks, bool Tersimpan, DateTime? DiubahPada, string? DiubahOleh, int Versi) : Aturan.IDtoBerversi;

public sealed record NarasiEdit(string? Teks);

public sealed record AnggaranDto(int Id, int Tahun, string Kode, string Uraian, decimal Pagu, decimal Realisasi, decimal? PersenRealisasi, string? Iku, int Versi) : Aturan.IDtoBerversi;

public sealed record AnggaranEdit(int Tahun, string? Kode, string? Uraian, decimal? Pagu, decimal? Realisasi, string? Iku);

/// <summary>The narratives of the LKjIP and PK, and the budget register (pagu and realisasi per programme/activity).</summary>
public static class LkjipApi
{
    public static RouteGroupBuilder MapLkjipApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/satker/{kode}").WithTags("LKjIP");
        group.MapGet("/narasi/{tahun:int}", async Task<Results<Ok<List<NarasiDto>>, ProblemHttpResult>> (string kode, int tahun, TolokDb db, CancellationToken ct) =>
                await NarasiStore.ListAsync(db, kode, tahun, ct) is { } list ? TypedResults.Ok(list) : await IkuApi.NotFound(db, kode, tahun, null, ct))
            .WithName("DaftarNarasi").WithSummary("Bagian naratif LKjIP/PK: teks tersimpan, atau draf otomatis yang menyebut angka-angkanya").RequireAuthorization();
        group.MapGet("/narasi/{tahun:int}/{bagian}", async Task<Results<Ok<NarasiDto>, ProblemHttpResult>> (string kode, int tahun, string bagian, TolokDb db, HttpContext http, CancellationToken ct) =>
                (await NarasiStore.ListAsync(db, kode, tahun, ct))?.FirstOrDefault(n => n.Bagian == bagian) is { } n
                    ? Aturan.VersiHttp.Ok(http, n)
                    : TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Bagian \"{bagian}\" tidak ada pada dokumen {kode} tahun {tahun}."))
            .WithName("AmbilNarasi").WithSummary("Satu bagian naratif, dengan ETag versinya (\"0\" selama masih draf otomatis)").RequireAuthorization();
        group.MapPut("/narasi/{tahun:int}/{bagian}", async Task<Results<Ok<NarasiDto>, ValidationProblem, ProblemHttpResult>> (
                string kode, int tahun, string bagian, NarasiEdit edit, [Microsoft.AspNetCore.Mvc.FromHeader(Name = "If-Match")] string? ifMatch, TolokDb db, TimeProvider time, ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
            {
                var list = await NarasiStore.ListAsync(db, kode, tahun, ct);
                if (list is null || list.All(n => n.Bagian != bagian))
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Bagian \"{bagian}\" tidak ada pada dokumen {kode} tahun {tahun}.");
                }
                var versi = Aturan.Versi.DariIfMatch(ifMatch);
                if (edit.Teks?.Length > 20000)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["teks"] = ["Teks paling panjang 20.000 karakter."] }, title: "Narasi tidak valid");
                }
                await NarasiStore.SaveAsync(db, kode, tahun, bagian, edit.Teks, versi, user.Identity?.Name, time, ct);
                return Aturan.VersiHttp.Ok(http, (await NarasiStore.ListAsync(db, kode, tahun, ct))!.Single(n => n.Bagian == bagian));
            })
            .WithName("UbahNarasi").WithSummary("Menyimpan teks sebuah bagian (kosong = kembali ke draf otomatis)").RequireAuthorization(Peran.PolicyKelolaIku);
        group.MapGet("/anggaran/{tahun:int}", async Task<Results<Ok<List<AnggaranDto>>, ProblemHttpResult>> (string kode, int tahun, TolokDb db, CancellationToken ct) =>
                await db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct) is { } id
                    ? TypedResults.Ok(await AnggaranStore.ListAsync(db, id, tahun, ct))
                    : await IkuApi.NotFound(db, kode, tahun, null, ct))
            .WithName("DaftarAnggaran").WithSummary("Pagu dan realisasi anggaran per program/kegiatan (LKjIP Bab III B)").RequireAuthorization();
        group.MapPost("/anggaran", async Task<Results<Created<AnggaranDto>, ValidationProblem, ProblemHttpResult>> (string kode, AnggaranEdit edit, TolokDb db, CancellationToken ct) =>
            {
                if (await db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct) is not { } id)
                {
                    return await IkuApi.NotFound(db, kode, edit.Tahun, null, ct);
                }
                var errors = await AnggaranStore.ValidateAsync(db, id, null, edit, ct);
                return errors.Count > 0
                    ? TypedResults.ValidationProblem(errors, title: "Anggaran tidak valid")
                    : TypedResults.Created($"/api/v1/satker/{kode}/anggaran/{edit.Tahun}", await AnggaranStore.SaveAsync(db, id, null, edit, null, ct));
            })
            .WithName("TambahAnggaran").WithSummary("Mencatat pagu dan realisasi sebuah program/kegiatan").RequireAuthorization(Peran.PolicyKelolaData);
        group.MapGet("/anggaran/baris/{id:int}", async Task<Results<Ok<AnggaranDto>, ProblemHttpResult>> (string kode, int id, TolokDb db, HttpContext http, CancellationToken ct) =>
                await db.AnggaranKegiatan.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && db.Satker.Any(s => s.Id == a.SatkerId && s.Kode == kode), ct) is { } row
                    ? Aturan.VersiHttp.Ok(http, AnggaranStore.AsDto(row))
                    : TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Anggaran {id} satker {kode} tidak ditemukan."))
            .WithName("AmbilAnggaran").WithSummary("Satu baris anggaran, dengan ETag versinya (kirim sebagai If-Match saat mengubah)").RequireAuthorization();
        group.MapPut("/anggaran/{id:int}", async Task<Results<Ok<AnggaranDto>, ValidationProblem, ProblemHttpResult>> (string kode, int id, AnggaranEdit edit, [Microsoft.AspNetCore.Mvc.FromHeader(Name = "If-Match")] string? ifMatch, TolokDb db, HttpContext http, CancellationToken ct) =>
            {
                var satkerId = await db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
                if (satkerId is null || !await db.AnggaranKegiatan.AnyAsync(a => a.Id == id && a.SatkerId == satkerId, ct))
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Anggaran {id} satker {kode} tidak ditemukan.");
                }
                var versi = Aturan.Versi.DariIfMatch(ifMatch);
                var errors = await AnggaranStore.ValidateAsync(db, satkerId.Value, id, edit, ct);
                return errors.Count > 0 ? TypedResults.ValidationProblem(errors, title: "Anggaran tidak valid") : Aturan.VersiHttp.Ok(http, await AnggaranStore.SaveAsync(db, satkerId.Value, id, edit, versi, ct));
            })
            .WithName("UbahAnggaran").WithSummary("Mengubah pagu atau realisasi sebuah program/kegiatan").RequireAuthorization(Peran.PolicyKelolaData);
        return api;
    }
}

