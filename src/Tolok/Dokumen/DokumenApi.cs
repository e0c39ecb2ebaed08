using Microsoft.AspNetCore.Http.HttpResults;
using Tolok.Iku;
using Tolok.Infrastructure;

namespace Tolok.Dokumen;

public static class DokumenApi
{
    /// <summary>Document kinds of a satker and year. Only the IKU exists so far; the others come with their data.</summary>
    public static readonly IReadOnlyList<string> JenisSatker = ["iku"];

    public static RouteGroupBuilder MapDokumenApi(this RouteGroupBuilder api)
    {
        api.MapGet("/satker/{kode}/dokumen/{jenis}/{tahun:int}.{format}", GetDokumen)
            .WithTags("Dokumen")
            .WithName("UnduhDokumenSatker")
            .WithSummary("Dokumen satker (iku) sebagai pdf, docx atau xlsx")
            .AllowAnonymous();
        return api;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetDokumen(
        string kode, string jenis, int tahun, string format, int? revisi, TolokDb db, CancellationToken ct)
    {
        format = format.ToLowerInvariant();
        if (!DokumenFormat.IsKnown(format))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Tidak ditemukan",
                detail: $"Format \"{format}\" tidak tersedia; pilih pdf, docx atau xlsx.");
        }
        if (!JenisSatker.Contains(jenis))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Tidak ditemukan",
                detail: $"Jenis dokumen \"{jenis}\" tidak dikenal. Tersedia: {string.Join(", ", JenisSatker)}.");
        }
        var iku = await IkuStore.LoadAsync(db, kode, tahun, revisi, ct);
        if (iku is null)
        {
            return await IkuApi.NotFound(db, kode, tahun, revisi, ct);
        }
        var bytes = DokumenFormat.Render(IkuDokumen.Build(iku), format);
        return TypedResults.File(bytes, DokumenFormat.ContentType(format), NamaBerkas(jenis, kode, tahun, format));
    }

    public static string NamaBerkas(string jenis, string kode, int tahun, string format) =>
        $"{jenis}-{kode.Replace('.', '-')}-{tahun}.{format}";
}