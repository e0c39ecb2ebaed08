using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tolok.Iku;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Tahapan;

public sealed record InsidenDto(int Id, DateOnly Tanggal, string Tempat, string Jenis, int Keparahan, bool Ditangani, string? Keterangan);

public sealed record TahapanDto(int Id, string Pemilihan, int Nomor, string Nama, DateOnly JadwalMulai, DateOnly JadwalSelesai,
    DateOnly? RealisasiMulai, DateOnly? RealisasiSelesai, bool? SesuaiKetentuan, string? Catatan, bool SesuaiJadwal, bool Aman, IReadOnlyList<InsidenDto> Insiden, int Versi) : Aturan.IDtoBerversi;

public sealed record PelaksanaanEdit(DateOnly? RealisasiMulai, DateOnly? RealisasiSelesai, bool? SesuaiKetentuan, string? Catatan);

public sealed record InsidenEdit(DateOnly? Tanggal, string? Tempat, string? Jenis, int Keparahan, bool Ditangani, string? Keterangan);

public static class TahapanApi
{
    public static RouteGroupBuilder MapTahapanApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/satker/{kode}/tahapan").WithTags("Tahapan");
        group.MapGet("/{tahun:int}", async Task<Results<Ok<List<TahapanDto>>, ProblemHttpResult>> (string kode, int tahun, string? periode, TolokDb db, CancellationToken ct) =>
                await db.Satker.AnyAsync(s => s.Kode == kode, ct)
                    ? TypedResults.Ok(await TahapanStore.ListAsync(db, kode, tahun, periode ?? "tahunan", ct))
                    : await IkuApi.NotFound(db, kode, tahun, null, ct))
            .WithName("DaftarTahapan")
            .WithSummary("Tahapan yang berlangsung pada tahun (atau periode) itu, dengan pelaksanaan dan insiden satker")
            .RequireAuthorization();
        group.MapGet("/pelaksanaan/{tahapanId:int}", async Task<Results<Ok<TahapanDto>, ProblemHttpResult>> (string kode, int tahapanId, TolokDb db, HttpContext http, CancellationToken ct) =>
                await TahapanStore.GetAsync(db, kode, tahapanId, ct) is { } t
                    ? Aturan.VersiHttp.Ok(http, t)
                    : TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Satker {kode} atau tahapan {tahapanId} tidak ditemukan."))
            .WithName("AmbilPelaksanaanTahapan")
            .WithSummary("Pelaksanaan satu tahapan oleh satker, dengan ETag versinya (\"0\" bila belum dicatat; kirim sebagai If-Match saat mengubah)")
            .RequireAuthorization();
        group.MapPut("/pelaksanaan/{tahapanId:int}", async Task<Results<Ok, ValidationProblem, ProblemHttpResult>> (string kode, int tahapanId, PelaksanaanEdit edit, [Microsoft.AspNetCore.Mvc.FromHeader(Name = "If-Match")] string? ifMatch, TolokDb db, HttpContext http, CancellationToken ct) =>
            {
                var versi = Aturan.Versi.DariIfMatch(ifMatch);
                var errors = TahapanStore.Validate(edit);
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "Pelaksanaan tahapan tidak valid");
                }
                if (!await TahapanStore.SaveAsync(db, kode, tahapanId, edit, versi, ct))
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Satker {kode} atau tahapan {tahapanId} tidak ditemukan.");
                }
                http.Response.Headers.ETag = Aturan.Versi.Etag((await TahapanStore.GetAsync(db, kode, tahapanId, ct))!.Versi);
                return TypedResults.Ok();
            })
            .WithName("UbahPelaksanaanTahapan")
            .WithSummary("Mencatat pelaksanaan sebuah tahapan oleh satker")
            .RequireAuthorization(Peran.PolicyKelolaData);
        group.MapPost("/pelaksanaan/{tahapanId:int}/insiden", async Task<Results<Created<InsidenDto>, ValidationProblem, ProblemHttpResult>> (string kode, int tahapanId, InsidenEdit edit, TolokDb db, CancellationToken ct) =>
            {
                var errors = TahapanStore.Validate(edit);
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "Insiden tidak valid");
                }
                var insiden = await TahapanStore.AddIncidentAsync(db, kode, tahapanId, edit, ct);
                return insiden is null
                    ? TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Satker {kode} atau tahapan {tahapanId} tidak ditemukan.")
                    : TypedResults.Created($"/api/v1/satker/{kode}/tahapan/pelaksanaan/{tahapanId}", insiden);
            })
            .WithName("TambahInsidenTahapan")
            .WithSummary("Mencatat insiden pada sebuah tahapan")
            .RequireAuthorization(Peran.PolicyKelolaData);
        return api;
    }
}

