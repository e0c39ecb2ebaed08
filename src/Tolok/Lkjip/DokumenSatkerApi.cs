using Microsoft.AspNetCore.Http.HttpResults;
using Tolok.Dokumen;
using Tolok.Iku;
using Tolok.Infrastructure;

namespace Tolok.Lkjip;

/// <summary>The performance documents of a satker and year (IKU, PK, Rencana Aksi, LKjIP) for download.</summary>
public static class DokumenSatkerApi
{
    /// <summary>Document kinds of a satker and year.</summary>
    public static readonly IReadOnlyList<string> JenisSatker = ["iku", "pk", "rencana-aksi", "rencana-aksi-monitoring", "lkjip"];

    public static string NamaJenis(string jenis) => jenis switch
    {
        "iku" => "Indikator Kinerja Utama",
        "pk" => "Perjanjian Kinerja",
        "rencana-aksi" => "Rencana Aksi",
        "rencana-aksi-monitoring" => "Monitoring Rencana Aksi",
        "lkjip" => "LKjIP",
        _ => jenis,
    };

    public static RouteGroupBuilder MapDokumenSatkerApi(this RouteGroupBuilder api)
    {
        api.MapGet("/satker/{kode}/dokumen/{jenis}/{tahun:int}.{format}", GetDokumen)
            .WithTags("Dokumen")
            .WithName("UnduhDokumenSatker")
            .WithSummary("Dokumen satker (iku, pk, rencana-aksi, rencana-aksi-monitoring, lkjip) sebagai pdf, docx atau xlsx; tanpa masuk hanya dokumen final (bukan DRAF)")
            .AllowAnonymous(); // visitors: final documents only (checked below, decision 87); the satker scope: FilterBaca
        return api;
    }

    /// <summary>The document model of a satker's document, or null when the satker has no IKU for that year.</summary>
    public static async Task<DokumenModel?> BuildAsync(TolokDb db, string jenis, string kode, int tahun, int? revisi, CancellationToken ct)
    {
        if (jenis == "iku")
        {
            return await IkuStore.LoadAsync(db, kode, tahun, revisi, ct) is { } iku ? IkuDokumen.Build(iku) : null;
        }
        var bahan = await BahanLaporan.LoadAsync(db, kode, tahun, triwulan: jenis == "rencana-aksi-monitoring", tren: jenis == "lkjip", ct);
        return bahan is null ? null : jenis switch
        {
            "pk" => KinerjaDokumen.Pk(bahan),
            "rencana-aksi" => KinerjaDokumen.RencanaAksi(bahan),
            "rencana-aksi-monitoring" => KinerjaDokumen.RencanaAksiMonitoring(bahan),
            _ => KinerjaDokumen.Lkjip(bahan),
        };
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult, UnauthorizedHttpResult>> GetDokumen(
        string kode, string jenis, int tahun, string format, int? revisi, TolokDb db, HttpContext http, CancellationToken ct)
    {
        format = format.ToLowerInvariant();
        if (DokumenFormat.Periksa(format) is { } problem)
        {
            return problem;
        }
        if (!JenisSatker.Contains(jenis))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Tidak ditemukan",
                detail: $"Jenis dokumen \"{jenis}\" tidak dikenal. Tersedia: {string.Join(", ", JenisSatker)}.");
        }
        var model = await BuildAsync(db, jenis, kode, tahun, revisi, ct);
        if (model is null)
        {
            return await IkuApi.NotFound(db, kode, tahun, revisi, ct);
        }
        // A draft (figures not yet approved) is internal: visitors get the published documents only.
        if (model.Draf && http.User.Identity?.IsAuthenticated != true)
        {
            return TypedResults.Unauthorized();
        }
        if (model.Draf && !await Aturan.Lingkup.BolehBacaAsync(db, Aturan.Pelaku.Dari(http.User), kode, ct))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Di luar lingkup Anda", detail: Aturan.Lingkup.PesanTidakTerbaca(kode));
        }
        return TypedResults.File(DokumenFormat.Render(model, format), DokumenFormat.ContentType(format), NamaBerkas(jenis, kode, tahun, format));
    }

    public static string NamaBerkas(string jenis, string kode, int tahun, string format) =>
        $"{jenis}-{kode.Replace('.', '-')}-{tahun}.{format}";
}
