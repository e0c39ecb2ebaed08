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

    /// <summary>Targets from an XLSX sheet (columns kode, tahunan, tw1–tw4, baseline, renstra, kategori); all or nothing.</summary>
    public async Task<IActionResult> OnPostImporAsync(IFormFile? berkas, CancellationToken ct)
    {
        Iku = await Tolok.Iku.IkuStore.LoadAsync(db, Satker, Tahun, null, ct);
        if (Iku is null)
        {
            return NotFound();
        }
        if (berkas is null || berkas.Length == 0)
        {
            ModelState.AddModelError("berkas", "Pilih berkas XLSX berisi target.");
        }
        else
        {
            await using var stream = berkas.OpenReadStream();
            var (targets, errors) = TargetStore.FromXlsx(stream, berkas.FileName);
            if (errors.Count == 0)
            {
                var opini = await db.PeringkatKategori.Where(k => k.Skala == "opini").Select(k => k.Label).ToListAsync(ct);
                errors = TargetStore.Validate(Iku, opini, targets);
            }
            foreach (var (key, messages) in errors)
            {
                ModelState.AddModelError(key, $"{key}: {string.Join(" ", messages)}");
            }
            if (ModelState.IsValid)
            {
                await TargetStore.SaveAsync(db, Satker, Tahun, targets, User.Identity?.Name, time, ct);
                TempData["Pesan"] = $"{targets.Count} target diimpor.";
                return RedirectToPage("/Kinerja/Index", new { satker = Satker, tahun = Tahun });
            }
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
