using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Kinerja;

/// <summary>Editing the targets of a satker's IKU for a year (Perencana/Admin).</summary>
[Authorize(Policy = Peran.PolicyKelolaIku)]
public class TargetModel(TolokDb db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [BindProperty(SupportsGet = true, Name = "tahun")] public int Tahun { get; set; } = DatabaseStartup.SeedTahun;
    [BindProperty] public List<TargetDto> Input { get; set; } = [];

    public Iku.IkuDto? Iku { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Iku = await Tolok.Iku.IkuStore.LoadAsync(db, Satker, Tahun, null, ct);
        if (Iku is null)
        {
            return NotFound();
        }
        Input = await TargetStore.LoadAsync(db, Satker, Tahun, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Iku = await Tolok.Iku.IkuStore.LoadAsync(db, Satker, Tahun, null, ct);
        if (Iku is null)
        {
            return NotFound();
        }
        var opini = await db.PeringkatKategori.Where(k => k.Skala == "opini").Select(k => k.Label).ToListAsync(ct);
        foreach (var (key, messages) in TargetStore.Validate(Iku, opini, Input))
        {
            ModelState.AddModelError($"Input{key}", string.Join(" ", messages));
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await TargetStore.SaveAsync(db, Satker, Tahun, Input, User.Identity?.Name, time, ct);
        TempData["Pesan"] = "Target disimpan.";
        return RedirectToPage("/Kinerja/Index", new { satker = Satker, tahun = Tahun });
    }
}
