using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tolok.Iku;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Kalender;

public sealed record TokenKalenderDto(string Alamat, string Catatan);

/// <summary>The calendar of obligations: API, the per-user iCalendar feed and its token.</summary>
public static class KalenderApi
{
    public static RouteGroupBuilder MapKalenderApi(this RouteGroupBuilder api)
    {
        api.MapGet("/satker/{kode}/kalender", async Task<Results<Ok<List<KewajibanDto>>, ProblemHttpResult>> (string kode, DateOnly? dari, DateOnly? sampai, TolokDb db, TimeProvider time, CancellationToken ct) =>
            {
                if (await db.Satker.AsNoTracking().Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct) is not { } id)
                {
                    return await IkuApi.NotFound(db, kode, 0, null, ct);
                }
                var hariIni = Format.HariIni(time);
                var (d, s) = (dari ?? hariIni.AddDays(-30), sampai ?? hariIni.AddYears(1));
                if (s < d || s.DayNumber - d.DayNumber > 3 * 366 || d.Year < 2000 || s.Year > 2100)
                {
                    return TypedResults.Problem(statusCode: 400, title: "Rentang tidak valid", detail: "Rentang tanggal: dari ≤ sampai, paling panjang tiga tahun, antara tahun 2000 dan 2100.");
                }
                return TypedResults.Ok(await KalenderQuery.DaftarAsync(db, [(id, kode)], d, s, hariIni, ct));
            })
            .WithTags("Kalender").WithName("KalenderSatker").WithSummary("Kewajiban satker dan tenggatnya (bawaan 30 hari lalu sampai setahun ke depan)").RequireAuthorization();
        api.MapGet("/satker/{kode}/kalender/aturan", async Task<Results<Ok<List<AturanKewajibanDto>>, ProblemHttpResult>> (string kode, TolokDb db, TimeProvider time, CancellationToken ct) =>
                await db.Satker.AsNoTracking().Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct) is { } id
                    ? TypedResults.Ok((await KalenderQuery.AturanAsync(db, [id], ct))[id].Select(a => KalenderQuery.AsDto(a, Format.HariIni(time).Year)).ToList())
                    : await IkuApi.NotFound(db, kode, 0, null, ct))
            .WithTags("Kalender").WithName("AturanKalender").WithSummary("Aturan tenggat kewajiban yang berlaku bagi satker (milik satker atau bawaan)").RequireAuthorization();
        api.MapGet("/satker/{kode}/kalender/aturan/{kewajiban}", async Task<Results<Ok<AturanKewajibanDto>, ProblemHttpResult>> (string kode, string kewajiban, TolokDb db, TimeProvider time, HttpContext http, CancellationToken ct) =>
                await db.Satker.AsNoTracking().Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct) is { } id
                && (await KalenderQuery.AturanAsync(db, [id], ct))[id].FirstOrDefault(a => a.Kode == kewajiban) is { } a
                    ? Aturan.VersiHttp.Ok(http, KalenderQuery.AsDto(a, Format.HariIni(time).Year))
                    : TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Kewajiban \"{Format.Potong(kewajiban, 40)}\" satker {kode} tidak ditemukan."))
            .WithTags("Kalender").WithName("AmbilAturanKalender").WithSummary("Satu aturan tenggat yang berlaku bagi satker, dengan ETag versinya").RequireAuthorization();
        api.MapPut("/satker/{kode}/kalender/aturan/{kewajiban}", async Task<Results<Ok<AturanKewajibanDto>, ValidationProblem, ProblemHttpResult>> (string kode, string kewajiban, AturanKewajibanEdit edit, [Microsoft.AspNetCore.Mvc.FromHeader(Name = "If-Match")] string? ifMatch, TolokDb db, TimeProvider time, HttpContext http, CancellationToken ct) =>
            {
                if (await db.Satker.AsNoTracking().Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct) is not { } id)
                {
                    return await IkuApi.NotFound(db, kode, 0, null, ct);
                }
                if ((await KalenderQuery.AturanAsync(db, [id], ct))[id].FirstOrDefault(a => a.Kode == kewajiban) is not { } berlaku)
                {
                    return TypedResults.Problem(statusCode: 404, title: "Tidak ditemukan", detail: $"Kewajiban \"{Format.Potong(kewajiban, 40)}\" tidak dikenal.");
                }
                var versi = Aturan.Versi.DariIfMatch(ifMatch);
                var errors = KalenderStore.Validate(edit);
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "Aturan tenggat tidak valid");
                }
                var row = await KalenderStore.SimpanAsync(db, id, berlaku, edit, versi, Format.HariIni(time).Year, ct);
                return Aturan.VersiHttp.Ok(http, KalenderQuery.AsDto(row, Format.HariIni(time).Year));
            })
            .WithTags("Kalender").WithName("UbahAturanKalender")
            .WithSummary("Menetapkan tanggal kewajiban untuk satker (menggantikan bawaan); If-Match: versi aturan yang berlaku (bawaan atau milik satker)")
            .RequireAuthorization(Peran.PolicyKelolaIku);
        api.MapPost("/kalender/token", async Task<Ok<TokenKalenderDto>> (TolokDb db, HttpContext http, Microsoft.AspNetCore.Identity.UserManager<AkunPengguna> users, TimeProvider time, CancellationToken ct) =>
            {
                var akun = await users.GetUserAsync(http.User) ?? throw new InvalidOperationException("Pengguna tidak ditemukan.");
                var token = await BuatTokenAsync(db, akun.Id, time.GetUtcNow().UtcDateTime, ct);
                return TypedResults.Ok(new TokenKalenderDto(AlamatFeed(http.Request, token), "Alamat ini hanya ditampilkan sekali; membuat alamat baru mencabut yang lama."));
            })
            .WithTags("Kalender").WithName("BuatTokenKalender").WithSummary("Membuat alamat langganan kalender iCalendar pribadi (mencabut alamat lama)").RequireAuthorization();
        return api;
    }

    /// <summary>GET /kalender/{token}.ics: the obligations of the token owner's satkers, for calendar applications (no sign-in).</summary>
    public static IEndpointRouteBuilder MapKalenderFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/kalender/{token}.ics", async Task<Results<ContentHttpResult, NotFound>> (string token, TolokDb db, HttpContext http, TimeProvider time, CancellationToken ct) =>
            {
                var hash = Hash(token);
                var pemilik = await (from t in db.TokenKalender.AsNoTracking()
                                     join u in db.Users.AsNoTracking() on t.PenggunaId equals u.Id
                                     where t.Hash == hash
                                     select new { u.UserName, u.LockoutEnd }).FirstOrDefaultAsync(ct);
                var sekarang = time.GetUtcNow();
                if (pemilik?.UserName is not { } nama || KelolaPengguna.StatusOf(pemilik.LockoutEnd, sekarang) == "nonaktif")
                {
                    return TypedResults.NotFound();
                }
                var hariIni = Format.HariIni(time);
                var satker = await KalenderQuery.SatkerPenggunaAsync(db, nama, ct);
                var daftar = await KalenderQuery.DaftarAsync(db, satker, hariIni.AddDays(-90), hariIni.AddDays(400), hariIni, ct);
                http.Response.Headers.CacheControl = "private, no-store";
                return TypedResults.Text(Icalendar.Tulis(daftar, $"Tolok — kewajiban SAKIP {string.Join(", ", satker.Select(s => s.Kode))}",
                    $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}", sekarang.UtcDateTime), "text/calendar; charset=utf-8", Encoding.UTF8);
            })
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>Makes a new feed token for the user, replacing the old one; only its hash is stored.</summary>
    public static async Task<string> BuatTokenAsync(TolokDb db, string penggunaId, DateTime sekarang, CancellationToken ct)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var row = await db.TokenKalender.FirstOrDefaultAsync(t => t.PenggunaId == penggunaId, ct);
        if (row is null)
        {
            db.TokenKalender.Add(new TokenKalender { PenggunaId = penggunaId, Hash = Hash(token), DibuatPada = sekarang });
        }
        else
        {
            row.Hash = Hash(token);
            row.DibuatPada = sekarang;
        }
        await db.SaveChangesAsync(ct);
        return token;
    }

    public static string AlamatFeed(HttpRequest request, string token) => $"{request.Scheme}://{request.Host}{request.PathBase}/kalender/{token}.ics";

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
