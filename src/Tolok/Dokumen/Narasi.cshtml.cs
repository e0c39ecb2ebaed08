using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tolok.Infrastructure;
using Tolok.Lkjip;
using Tolok.Pengguna;

namespace Tolok.Dokumen;

/// <summary>Editing the narrative sections of the LKjIP and the PK signatories (Perencana/Admin).</summary>
[Authorize(Policy = Peran.PolicyKelolaIku)]
public class NarasiModel(TolokDb db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [BindProperty(SupportsGet = true, Name = "tahun")] public int Tahun { get; set; } = DatabaseStartup.SeedTahun;

    public List<NarasiDto> Daftar { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var list = await NarasiStore.ListAsync(db, Satker, Tahun, ct);
        if (list is null)
        {
            return NotFound();
        }
        Daftar = list;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? bagian, string? teks, CancellationToken ct)
    {
        var list = await NarasiStore.ListAsync(db, Satker, Tahun, ct);
        if (list is null || list.All(n => n.Bagian != bagian))
        {
            return NotFound();
        }
        if (teks?.Length > 20000)
        {
            ModelState.AddModelError("teks", "Teks paling panjang 20.000 karakter; tidak ada yang disimpan.");
            Daftar = list;
            return Page();
        }
        await NarasiStore.SaveAsync(db, Satker, Tahun, bagian!, teks, User.Identity?.Name, time, ct);
        TempData["Pesan"] = string.IsNullOrWhiteSpace(teks) ? "Bagian dikembalikan ke draf otomatis." : "Bagian disimpan.";
        return Redirect($"/Dokumen/Narasi?satker={Uri.EscapeDataString(Satker)}&tahun={Tahun}#{bagian!.Replace(':', '-')}");
    }
}
