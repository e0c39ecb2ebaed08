using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tolok.Dokumen;
using Tolok.Infrastructure;

namespace Tolok.Partisipasi;

/// <summary>
/// The form of the documents page sends here; the download itself is the API's. A choice that names nothing known
/// (an old bookmark, a hand-edited address) is answered here in Indonesian, on a page, before any download.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize]
public class UnduhLaporanModel(TolokDb db) : PageModel
{
    public string? Pesan { get; private set; }

    /// <param name="pilihan">"pemilu-2024:PPWP": election and ballot in one choice (the form's dropdown).</param>
    public async Task<IActionResult> OnGetAsync(string? pilihan, string? pemilihan, string? suratSuara, string? wilayah, string? format, CancellationToken ct)
    {
        if (pilihan?.Split(':') is [var p, var s])
        {
            (pemilihan, suratSuara) = (p, s);
        }
        format = DokumenFormat.IsKnown(format ?? "") ? format : "pdf";
        wilayah = (wilayah ?? "").Trim();
        var (_, _, _, problem) = await PartisipasiApi.ResolveAsync(db, pemilihan ?? "", string.IsNullOrWhiteSpace(suratSuara) ? null : suratSuara.Trim(), wilayah, ct);
        if (problem is not null)
        {
            Response.StatusCode = problem.StatusCode;
            Pesan = problem.ProblemDetails.Detail;
            return Page();
        }
        if (!await Aturan.Lingkup.BolehBacaWilayahAsync(db, db.Pelaku, wilayah, ct))
        {
            return Forbid();
        }
        var query = string.IsNullOrWhiteSpace(suratSuara) ? "" : $"?suratSuara={Uri.EscapeDataString(suratSuara.Trim())}";
        return Redirect($"/api/v1/pemilihan/{Uri.EscapeDataString(pemilihan ?? "")}/dokumen/partisipasi/{Uri.EscapeDataString(wilayah)}.{format}{query}");
    }
}
