using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Tolok.Dokumen;

namespace Tolok.Partisipasi;

/// <summary>The form of the documents page sends here; the download itself is the API's.</summary>
[Microsoft.AspNetCore.Authorization.Authorize]
public class UnduhLaporanModel : PageModel
{
    public IActionResult OnGet(string? pemilihan, string? suratSuara, string? wilayah, string? format)
    {
        format = DokumenFormat.IsKnown(format ?? "") ? format : "pdf";
        var query = string.IsNullOrWhiteSpace(suratSuara) ? "" : $"?suratSuara={Uri.EscapeDataString(suratSuara.Trim())}";
        return Redirect($"/api/v1/pemilihan/{Uri.EscapeDataString(pemilihan ?? "")}/dokumen/partisipasi/{Uri.EscapeDataString((wilayah ?? "").Trim())}.{format}{query}");
    }
}
