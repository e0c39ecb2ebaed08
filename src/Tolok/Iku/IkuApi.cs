using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Iku;

public static class IkuApi
{
    public static RouteGroupBuilder MapIkuApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/satker/{kode}/iku").WithTags("IKU");

        // The published IKU is public information (UU 14/2008): reading needs no login.
        group.MapGet("/{tahun:int}", GetIku)
            .WithName("AmbilIku")
            .WithSummary("IKU satker untuk satu tahun (revisi terakhir, atau ?revisi=N)")
            .AllowAnonymous();
        group.MapGet("/{tahun:int}/revisi", GetRevisions)
            .WithName("DaftarRevisiIku")
            .WithSummary("Riwayat revisi IKU satker untuk satu tahun")
            .AllowAnonymous();
        group.MapPut("/{tahun:int}", PutIku)
            .WithName("UbahIku")
            .WithSummary("Simpan perubahan katalog IKU sebagai revisi baru (Perencana/Admin)")
            .RequireAuthorization(Peran.PolicyKelolaIku);
        group.MapPost("/{tahun:int}/templat", Cascading.PostTemplat)
            .WithName("IkuDariTemplat")
            .WithSummary("Membuat IKU satu tahun dari templat: IKU satker induk (sumber=induk), satker saudara (sumber=saudara, satker=kode) atau tahun sebelumnya (sumber=tahun-lalu); setiap IKU dikaitkan ke IKU induk yang didukungnya")
            .RequireAuthorization(Peran.PolicyKelolaIku);
        group.MapGet("/{tahun:int}/pohon", Cascading.GetPohon)
            .WithName("PohonKinerja")
            .WithSummary("Pohon kinerja (cascading): IKU induk yang didukung setiap IKU satker, dan IKU satker anak yang mendukungnya")
            .RequireAuthorization();
        return api;
    }

    private static async Task<Results<Ok<IkuDto>, ProblemHttpResult>> GetIku(
        string kode, int tahun, int? revisi, TolokDb db, HttpContext http, CancellationToken ct)
    {
        var iku = await IkuStore.LoadAsync(db, kode, tahun, revisi, ct);
        if (iku is null)
        {
            return await NotFound(db, kode, tahun, revisi, ct);
        }
        // The set's version is its revision number: send it as If-Match with PUT so another planner's revision is not
        // overwritten unseen.
        http.Response.Headers.ETag = Aturan.Versi.Etag(iku.Revisi);
        return TypedResults.Ok(iku);
    }

    private static async Task<Results<Ok<List<RevisiDto>>, ProblemHttpResult>> GetRevisions(
        string kode, int tahun, TolokDb db, CancellationToken ct)
    {
        var list = await IkuStore.RevisionsAsync(db, kode, tahun, ct);
        return list.Count == 0 ? await NotFound(db, kode, tahun, null, ct) : TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<IkuDto>, ValidationProblem, ProblemHttpResult>> PutIku(
        string kode, int tahun, IkuEdit edit, [Microsoft.AspNetCore.Mvc.FromHeader(Name = "If-Match")] string? ifMatch, TolokDb db, TimeProvider time, ClaimsPrincipal user, HttpContext http, CancellationToken ct)
    {
        if (!await db.Satker.AnyAsync(s => s.Kode == kode, ct))
        {
            return await NotFound(db, kode, tahun, null, ct);
        }
        // If-Match is optional here (a first set has revision 0); when sent, a revision saved since is refused (412).
        if (!string.IsNullOrWhiteSpace(ifMatch)
            && Aturan.Versi.DariIfMatch(ifMatch) is var dilihat
            && (await IkuStore.LoadAsync(db, kode, tahun, null, ct))?.Revisi is var sekarang && (sekarang ?? 0) != dilihat)
        {
            throw Aturan.Versi.Usang(sekarang ?? 0, null, [$"revisi tersimpan: {sekarang ?? 0}"]);
        }
        var errors = IkuEditRules.Validate(edit);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Data IKU tidak valid");
        }
        var (penetapan, sasaran) = IkuEditRules.Normalize(edit);
        try
        {
            await IkuStore.SaveRevisionAsync(db, kode, tahun, penetapan, sasaran, edit.Keterangan!.Trim(), user.Identity?.Name, time, ct);
        }
        catch (IkuException e)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Sasaran"] = [e.Message] }, title: "Data IKU tidak valid");
        }
        var saved = (await IkuStore.LoadAsync(db, kode, tahun, null, ct))!;
        http.Response.Headers.ETag = Aturan.Versi.Etag(saved.Revisi);
        return TypedResults.Ok(saved);
    }

    /// <summary>404 as RFC 9457 problem details, saying whether the satker or the year is unknown.</summary>
    internal static async Task<ProblemHttpResult> NotFound(TolokDb db, string kode, int tahun, int? revisi, CancellationToken ct)
    {
        var satkerAda = await db.Satker.AnyAsync(s => s.Kode == kode, ct);
        var detail = !satkerAda
            ? $"Satker dengan kode \"{kode}\" tidak ditemukan."
            : revisi is null
                ? $"Satker {kode} belum memiliki IKU untuk tahun {tahun}."
                : $"IKU satker {kode} tahun {tahun} tidak memiliki revisi {revisi}.";
        return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Tidak ditemukan", detail: detail);
    }
}