using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tolok.Infrastructure;

namespace Tolok.Iku;

/// <summary>
/// The performance tree (pohon kinerja, issue 17 point 2) around one satker's IKU of a year: the parent IKU each one
/// supports, and the children's IKU that support it.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize]
public class PohonModel(TolokDb db) : PageModel, Aturan.IHalamanSatker
{
    [FromQuery(Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [FromQuery(Name = "tahun")] public int Tahun { get; set; } = DatabaseStartup.SeedTahun;

    public PohonDto? Pohon { get; private set; }
    public string? NamaSatker { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ViewData["Tahun"] = Tahun;
        NamaSatker = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
            db.Satker.Where(s => s.Kode == Satker).Select(s => s.Nama), ct);
        if (NamaSatker is null)
        {
            return NotFound();
        }
        Pohon = await Cascading.PohonAsync(db, Satker, Tahun, ct);
        return Page();
    }
}
