using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Alur;

/// <summary>The items of a satker in the workflow, by status: the verifier's and the head's to-do list.</summary>
[Authorize]
public class AntrianModel(TolokDb db) : PageModel, Aturan.IHalamanSatker
{
    [FromQuery(Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [FromQuery(Name = "status")] public string? Status { get; set; }

    public List<AntrianDto> Daftar { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await db.Satker.Where(s => s.Kode == Satker).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct) is not { } id)
        {
            return NotFound();
        }
        Daftar = await AlurApi.AntrianAsync(db, id, Satker, Status, ct);
        return Page();
    }
}
