namespace Tolok.Dokumen;

/// <summary>The three formats every document comes in.</summary>
public static class DokumenFormat
{
    public static readonly IReadOnlyList<string> Semua = ["pdf", "docx", "xlsx"];

    public static bool IsKnown(string format) => Semua.Contains(format);

    public static string ContentType(string format) => format switch
    {
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static byte[] Render(DokumenModel model, string format)
    {
        // User text (narratives, register names) may carry characters a format cannot: made safe once, here.
        model = TeksAman.Bersihkan(model);
        return format switch
        {
            "pdf" => PdfRenderer.Render(model),
            "docx" => DocxRenderer.Render(model),
            "xlsx" => XlsxRenderer.Render(model),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    /// <summary>404 naming the formats when <paramref name="format"/> is not one of them.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Periksa(string format) => IsKnown(format)
        ? null
        : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Tidak ditemukan", detail: $"Format \"{format}\" tidak tersedia; pilih pdf, docx atau xlsx.");
}
