using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tolok.Iku;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Kinerja;

public sealed record TargetDto(string Kode, decimal? Tahunan, decimal? Tw1, decimal? Tw2, decimal? Tw3, decimal? Tw4, decimal? Baseline, decimal? Renstra, string? Kategori);

public static class KinerjaApi
{
    public static RouteGroupBuilder MapKinerjaApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/satker/{kode}").WithTags("Kinerja");
        group.MapGet("/kinerja/{tahun:int}", GetKinerja)
            .WithName("Kinerja")
            .WithSummary("Target, realisasi dan capaian setiap IKU (periode=tahunan|TW1|TW2|TW3|TW4)")
            .RequireAuthorization();
        group.MapGet("/kinerja/{tahun:int}/tren", GetTren)
            .WithName("TrenKinerja")
            .WithSummary("Realisasi tahunan setiap IKU pada tahun-tahun sebelumnya (?jumlahTahun=3, paling banyak 10); null = tidak ada data")
            .RequireAuthorization();
        group.MapGet("/target/{tahun:int}", GetTarget)
            .WithName("AmbilTarget")
            .WithSummary("Target IKU satu tahun: PK, triwulan (kumulatif), baseline, Renstra")
            .RequireAuthorization();
        group.MapPost("/target/{tahun:int}/impor", ImportTarget)
            .WithName("ImporTarget")
            .WithSummary("Mengimpor target dari lembar XLSX (kolom kode, tahunan, tw1–tw4, baseline, renstra, kategori)")
            .RequireAuthorization(Peran.PolicyKelolaIku)
            .DisableAntiforgery(); // an API call with the login cookie; the page posts its own form with a token
        group.MapPut("/target/{tahun:int}", PutTarget)
            .WithName("UbahTarget")
            .WithSummary("Menyimpan target IKU (Perencana/Admin)")
            .RequireAuthorization(Peran.PolicyKelolaIku);
        return api;
    }

    private static async Task<Results<Ok<KinerjaDto>, ProblemHttpResult>> GetKinerja(string kode, int tahun, string? periode, TolokDb db, CancellationToken ct)
    {
        periode ??= "tahunan";
        if (!Periode.Valid(periode))
        {
            return TypedResults.Problem(statusCode: 400, title: "Permintaan tidak valid", detail: $"periode \"{periode}\" tidak dikenal; pilih tahunan, TW1, TW2, TW3 atau TW4.");
        }
        var result = await KinerjaQuery.GetAsync(db, kode, tahun, periode, ct);
        return result is null ? await IkuApi.NotFound(db, kode, tahun, null, ct) : TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<Dictionary<string, List<TitikTren>>>, ProblemHttpResult>> GetTren(string kode, int tahun, int? jumlahTahun, TolokDb db, CancellationToken ct)
    {
        if (jumlahTahun is < 1 or > 10)
        {
            return TypedResults.Problem(statusCode: 400, title: "Permintaan tidak valid", detail: "jumlahTahun antara 1 dan 10.");
        }
        var iku = await IkuStore.LoadAsync(db, kode, tahun, null, ct);
        if (iku is null)
        {
            return await IkuApi.NotFound(db, kode, tahun, null, ct);
        }
        return TypedResults.Ok(await KinerjaQuery.TrenAsync(db, kode, tahun, [.. iku.SemuaIndikator.Select(i => i.Kode)], jumlahTahun ?? 3, ct));
    }

    private static async Task<Results<Ok<List<TargetDto>>, ProblemHttpResult>> GetTarget(string kode, int tahun, TolokDb db, HttpContext http, CancellationToken ct)
    {
        if (await IkuStore.LoadAsync(db, kode, tahun, null, ct) is null)
        {
            return await IkuApi.NotFound(db, kode, tahun, null, ct);
        }
        // The year's targets are one set: its ETag is the set's version (send it as If-Match with PUT).
        http.Response.Headers.ETag = Aturan.Versi.Etag(await TargetStore.VersiAsync(db, kode, tahun, ct));
        return TypedResults.Ok(await TargetStore.LoadAsync(db, kode, tahun, ct));
    }

    private static async Task<Results<Ok<List<TargetDto>>, ValidationProblem, ProblemHttpResult>> ImportTarget(
        string kode, int tahun, IFormFile berkas, TolokDb db, TimeProvider time, ClaimsPrincipal user, GerbangImpor gerbang, Microsoft.Extensions.Options.IOptions<BatasImpor> batas, CancellationToken ct)
    {
        var iku = await IkuStore.LoadAsync(db, kode, tahun, null, ct);
        if (iku is null)
        {
            return await IkuApi.NotFound(db, kode, tahun, null, ct);
        }
        using var izin = await gerbang.MasukAsync(ct);
        await using var stream = berkas.OpenReadStream();
        var (targets, errors) = TargetStore.FromXlsx(stream, berkas.FileName, batas.Value.BarisMaksimumRegister);
        if (errors.Count == 0)
        {
            var opini = await db.PeringkatKategori.Where(k => k.Skala == "opini").Select(k => k.Label).ToListAsync(ct);
            errors = TargetStore.Validate(iku, opini, targets);
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Target tidak diimpor; tidak ada yang disimpan");
        }
        await TargetStore.SaveAsync(db, kode, tahun, targets, null, user.Identity?.Name, time, ct);
        return TypedResults.Ok(await TargetStore.LoadAsync(db, kode, tahun, ct));
    }

    private static async Task<Results<Ok<List<TargetDto>>, ValidationProblem, ProblemHttpResult>> PutTarget(
        string kode, int tahun, List<TargetDto> targets, [Microsoft.AspNetCore.Mvc.FromHeader(Name = "If-Match")] string? ifMatch, TolokDb db, TimeProvider time, ClaimsPrincipal user, HttpContext http, CancellationToken ct)
    {
        var iku = await IkuStore.LoadAsync(db, kode, tahun, null, ct);
        if (iku is null)
        {
            return await IkuApi.NotFound(db, kode, tahun, null, ct);
        }
        var versi = Aturan.Versi.DariIfMatch(ifMatch);
        var opini = await db.PeringkatKategori.Where(k => k.Skala == "opini").Select(k => k.Label).ToListAsync(ct);
        var errors = TargetStore.Validate(iku, opini, targets);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Target tidak valid");
        }
        await TargetStore.SaveAsync(db, kode, tahun, targets, versi, user.Identity?.Name, time, ct);
        http.Response.Headers.ETag = Aturan.Versi.Etag(await TargetStore.VersiAsync(db, kode, tahun, ct));
        return TypedResults.Ok(await TargetStore.LoadAsync(db, kode, tahun, ct));
    }
}

