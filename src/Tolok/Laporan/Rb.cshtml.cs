using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Laporan;

/// <summary>The RB report register of a satker: list, and a form to add or edit a report (data roles).</summary>
[Microsoft.AspNetCore.Authorization.Authorize]
[Tolok.Pengguna.KirimMembutuhkan(Tolok.Pengguna.Peran.PolicyKelolaData)]
public class RbModel(TolokDb db, IAuthorizationService authorization) : PageModel, Aturan.IHalamanSatker, Aturan.IHalamanFormulir, Aturan.IFormulirBerversi
{
    [BindProperty(SupportsGet = true, Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [BindProperty(SupportsGet = true, Name = "id")] public int? Id { get; set; }
    [BindProperty] public int? Versi { get; set; }

    [BindProperty] public string? Nama { get; set; }
    [BindProperty] public DateOnly? PeriodeDari { get; set; }
    [BindProperty] public DateOnly? PeriodeSampai { get; set; }
    [BindProperty] public DateOnly? JatuhTempo { get; set; }
    [BindProperty] public DateOnly? TanggalDisampaikan { get; set; }
    [BindProperty] public string? Bukti { get; set; }

    public List<LaporanRbDto> Daftar { get; private set; } = [];
    public Dictionary<string, string> Status { get; private set; } = [];
    public bool BolehUbah { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is null)
        {
            return NotFound();
        }
        if (Id is { } id && Daftar.FirstOrDefault(l => l.Id == id) is { } l)
        {
            (Nama, PeriodeDari, PeriodeSampai, JatuhTempo, TanggalDisampaikan, Bukti, Versi) = (l.Nama, l.PeriodeDari, l.PeriodeSampai, l.JatuhTempo, l.TanggalDisampaikan, l.Bukti, l.Versi);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Peran.PolicyKelolaData)).Succeeded)
        {
            return Forbid();
        }
        var satkerId = await LaporanApi.SatkerIdAsync(db, Satker, ct);
        if (satkerId is null || (Id is { } id && !await db.LaporanRb.AnyAsync(l => l.Id == id && l.SatkerId == satkerId, ct)))
        {
            return NotFound();
        }
        var edit = new LaporanRbEdit(Nama, PeriodeDari, PeriodeSampai, JatuhTempo, TanggalDisampaikan, Bukti);
        if (!Aturan.FormulirRegister.Valid(ModelState, Id, Versi, LaporanStore.Validate(edit)))
        {
            await LoadAsync(ct);
            return Page();
        }
        await LaporanStore.SaveRbAsync(db, satkerId.Value, Id, edit, Versi, ct);
        TempData["Pesan"] = "Laporan RB disimpan.";
        return RedirectToPage("/Laporan/Rb", new { satker = Satker });
    }

    private async Task<int?> LoadAsync(CancellationToken ct)
    {
        var satkerId = await LaporanApi.SatkerIdAsync(db, Satker, ct);
        if (satkerId is { } id)
        {
            Daftar = await LaporanStore.RbAsync(db, id, null, "tahunan", ct);
            Status = await Alur.AlurStore.StatusAsync(db, id, "laporan-rb", ct);
            BolehUbah = await Aturan.Lingkup.BolehTulisAsync(db, db.Pelaku, Satker, "laporan-rb", ct);
        }
        return satkerId;
    }

    Task Aturan.IHalamanFormulir.MuatUlangAsync(CancellationToken ct) => LoadAsync(ct);
}
