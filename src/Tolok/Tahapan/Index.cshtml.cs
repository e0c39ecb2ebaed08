using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Tahapan;

/// <summary>The stages that count for IKU 2.1 and 4.1 in a year, with the satker's record of each (editable by data roles).</summary>
[Microsoft.AspNetCore.Authorization.Authorize]
[Tolok.Pengguna.KirimMembutuhkan(Tolok.Pengguna.Peran.PolicyKelolaData)]
public class IndexModel(TolokDb db, IAuthorizationService authorization) : PageModel, Aturan.IHalamanSatker, Aturan.IHalamanFormulir
{
    [BindProperty(SupportsGet = true, Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [BindProperty(SupportsGet = true, Name = "tahun")] public int Tahun { get; set; } = DatabaseStartup.SeedTahun;
    [BindProperty(SupportsGet = true, Name = "periode")] public string Periode { get; set; } = "tahunan";

    [BindProperty] public int TahapanId { get; set; }
    /// <summary>The version of the stage record the form was opened at (0: not recorded yet).</summary>
    [BindProperty] public int? Versi { get; set; }
    [BindProperty] public DateOnly? RealisasiMulai { get; set; }
    [BindProperty] public DateOnly? RealisasiSelesai { get; set; }
    [BindProperty] public string? Sesuai { get; set; }
    [BindProperty] public string? Catatan { get; set; }

    public List<TahapanDto> Daftar { get; private set; } = [];
    public bool BolehUbah { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Peran.PolicyKelolaData)).Succeeded)
        {
            return Forbid();
        }
        var edit = new PelaksanaanEdit(RealisasiMulai, RealisasiSelesai, Sesuai switch { "ya" => true, "tidak" => false, _ => null }, Catatan);
        foreach (var (key, messages) in TahapanStore.Validate(edit))
        {
            ModelState.AddModelError(key, string.Join(" ", messages));
        }
        if (Versi is null)
        {
            ModelState.AddModelError("", Aturan.Versi.PesanTanpaVersi);
        }
        if (ModelState.IsValid && !await TahapanStore.SaveAsync(db, Satker, TahapanId, edit, Versi, ct))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        TempData["Pesan"] = "Pelaksanaan tahapan disimpan.";
        return RedirectToPage("/Tahapan/Index", new { satker = Satker, tahun = Tahun, periode = Periode });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!db.Satker.Any(s => s.Kode == Satker))
        {
            return false;
        }
        Periode = Kinerja.Periode.Dari(Tahun, Periode).Nama;
        ViewData["Tahun"] = Tahun;
        Daftar = await TahapanStore.ListAsync(db, Satker, Tahun, Periode, ct);
        BolehUbah = await Aturan.Lingkup.BolehTulisAsync(db, db.Pelaku, Satker, "tahapan", ct);
        return true;
    }

    Task Aturan.IHalamanFormulir.MuatUlangAsync(CancellationToken ct) => LoadAsync(ct);
}
