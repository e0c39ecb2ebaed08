using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Sengketa;

/// <summary>The dispute register of a satker: list, and a form to add or edit a case (data roles).</summary>
[Microsoft.AspNetCore.Authorization.Authorize]
[Tolok.Pengguna.KirimMembutuhkan(Tolok.Pengguna.Peran.PolicyKelolaData)]
public class IndexModel(TolokDb db, IAuthorizationService authorization) : PageModel, Aturan.IHalamanSatker, Aturan.IHalamanFormulir, Aturan.IFormulirBerversi
{
    [BindProperty(SupportsGet = true, Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [BindProperty(SupportsGet = true, Name = "id")] public int? Id { get; set; }
    [BindProperty] public int? Versi { get; set; }

    [BindProperty] public string? Forum { get; set; }
    [BindProperty] public string? NomorPerkara { get; set; }
    [BindProperty] public string? Pihak { get; set; }
    [BindProperty] public string? PeranKpu { get; set; } = "termohon";
    [BindProperty] public string? Pokok { get; set; }
    [BindProperty] public DateOnly? TanggalRegistrasi { get; set; }
    [BindProperty] public DateOnly? TanggalPutusan { get; set; }
    [BindProperty] public string? Putusan { get; set; }
    [BindProperty] public string? Catatan { get; set; }

    public List<PerkaraDto> Daftar { get; private set; } = [];
    public Dictionary<string, string> Status { get; private set; } = [];
    public bool BolehUbah { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (Id is { } id && Daftar.FirstOrDefault(p => p.Id == id) is { } p)
        {
            (Forum, NomorPerkara, Pihak, PeranKpu, Pokok, TanggalRegistrasi, TanggalPutusan, Putusan, Catatan, Versi) =
                (p.Forum, p.NomorPerkara, p.Pihak, p.PeranKpu, p.Pokok, p.TanggalRegistrasi, p.TanggalPutusan, p.Putusan, p.Catatan, p.Versi);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Peran.PolicyKelolaData)).Succeeded)
        {
            return Forbid();
        }
        var satkerId = await db.Satker.Where(s => s.Kode == Satker).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        if (satkerId is null || (Id is { } id && !await db.Perkara.AnyAsync(p => p.Id == id && p.SatkerId == satkerId, ct)))
        {
            return NotFound();
        }
        var edit = new PerkaraEdit(Forum, NomorPerkara, Pihak, PeranKpu, Pokok, TanggalRegistrasi, TanggalPutusan, string.IsNullOrEmpty(Putusan) ? null : Putusan, Catatan);
        if (!Aturan.FormulirRegister.Valid(ModelState, Id, Versi, await SengketaStore.ValidateAsync(db, satkerId.Value, Id, edit, ct)))
        {
            await LoadAsync(ct);
            return Page();
        }
        await SengketaStore.SaveAsync(db, satkerId.Value, Id, edit, Versi, ct);
        TempData["Pesan"] = "Perkara disimpan.";
        return RedirectToPage("/Sengketa/Index", new { satker = Satker });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await db.Satker.AnyAsync(s => s.Kode == Satker, ct))
        {
            return false;
        }
        Daftar = await SengketaStore.ListAsync(db, Satker, null, "tahunan", ct);
        Status = await Alur.AlurStore.StatusAsync(db, await db.Satker.Where(s => s.Kode == Satker).Select(s => s.Id).FirstAsync(ct), "sengketa", ct);
        BolehUbah = await Aturan.Lingkup.BolehTulisAsync(db, db.Pelaku, Satker, "sengketa", ct);
        return true;
    }

    Task Aturan.IHalamanFormulir.MuatUlangAsync(CancellationToken ct) => LoadAsync(ct);
}
