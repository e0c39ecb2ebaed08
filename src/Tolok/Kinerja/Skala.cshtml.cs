using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Kinerja;

/// <summary>Editing the achievement scale or the SAKIP grade scale (Admin).</summary>
[Authorize(Roles = Peran.Admin)]
public class SkalaModel(TolokDb db) : PageModel
{
    public sealed class PitaInput
    {
        public string? Label { get; set; }
        public decimal? Bawah { get; set; }
        public bool BawahInklusif { get; set; }
        public decimal? Atas { get; set; }
        public bool AtasInklusif { get; set; }
        public string? Warna { get; set; }
    }

    [BindProperty(SupportsGet = true, Name = "skala")] public string Skala { get; set; } = SkalaCapaian.Capaian;

    public List<SkalaDto> Pita { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!SkalaApi.Skala.Contains(Skala))
        {
            return NotFound();
        }
        Pita = await SkalaApi.ListAsync(db, Skala, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Pita")] List<PitaInput> pita, CancellationToken ct)
    {
        if (!SkalaApi.Skala.Contains(Skala))
        {
            return NotFound();
        }
        var bands = pita.Where(p => !string.IsNullOrWhiteSpace(p.Label)).Select(p => new SkalaDto(p.Label!, p.Bawah, p.BawahInklusif, p.Atas, p.AtasInklusif, p.Warna ?? "")).ToList();
        foreach (var (key, messages) in SkalaApi.Validate(bands))
        {
            ModelState.AddModelError(key, string.Join(" ", messages));
        }
        if (!ModelState.IsValid)
        {
            Pita = bands;
            return Page();
        }
        await SkalaApi.SaveAsync(db, Skala, bands, ct);
        TempData["Pesan"] = "Skala disimpan.";
        return RedirectToPage("/Kinerja/Skala", new { skala = Skala });
    }
}
