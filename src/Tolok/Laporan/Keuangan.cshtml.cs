using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Laporan;

/// <summary>The financial-report register of a satker: list, and a form to add or edit a report (data roles).</summary>
[Microsoft.AspNetCore.Authorization.Authorize]
[Tolok.Pengguna.KirimMembutuhkan(Tolok.Pengguna.Peran.PolicyKelolaData)]
public class KeuanganModel(TolokDb db, IAuthorizationService authorization) : PageModel, Aturan.IHalamanSatker, Aturan.IHalamanFormulir, Aturan.IFormulirBerversi
{
    [BindProperty(SupportsGet = true, Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [BindProperty(SupportsGet = true, Name = "id")] public int? Id { get; set; }
    [BindProperty] public int? Versi { get; set; }

    [BindProperty] public int TahunAnggaran { get; set; } = DatabaseStartup.SeedTahun - 1;
    [BindProperty] public string? Jenis { get; set; } = "Laporan Keuangan Satker";
    [BindProperty] public string? Pemeriksa { get; set; }
    [BindProperty] public string? Hasil { get; set; }
    [BindProperty] public DateOnly? TanggalHasil { get; set; }
    [BindProperty] public bool? SesuaiSap { get; set; }
    [BindProperty] public DateOnly? TanggalDisampaikan { get; set; }
    [BindProperty] public DateOnly? BatasWaktu { get; set; }

    public List<LaporanKeuanganDto> Daftar { get; private set; } = [];
    public Dictionary<string, string> Status { get; private set; } = [];
    public List<string> Opini { get; private set; } = [];
    public bool BolehUbah { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is null)
        {
            return NotFound();
        }
        if (Id is { } id && Daftar.FirstOrDefault(l => l.Id == id) is { } l)
        {
            (Versi, TahunAnggaran, Jenis, Pemeriksa, Hasil, TanggalHasil, SesuaiSap, TanggalDisampaikan, BatasWaktu) =
                (l.Versi, l.TahunAnggaran, l.Jenis, l.Pemeriksa, l.Hasil, l.TanggalHasil, l.SesuaiSap, l.TanggalDisampaikan, l.BatasWaktu);
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
        if (satkerId is null || (Id is { } id && !await db.LaporanKeuangan.AnyAsync(l => l.Id == id && l.SatkerId == satkerId, ct)))
        {
            return NotFound();
        }
        var edit = new LaporanKeuanganEdit(TahunAnggaran, Jenis, Pemeriksa, string.IsNullOrEmpty(Hasil) ? null : Hasil, TanggalHasil, SesuaiSap, TanggalDisampaikan, BatasWaktu);
        if (!Aturan.FormulirRegister.Valid(ModelState, Id, Versi, LaporanStore.Validate(edit, await LaporanStore.OpiniAsync(db, ct))))
        {
            await LoadAsync(ct);
            return Page();
        }
        await LaporanStore.SaveKeuanganAsync(db, satkerId.Value, Id, edit, Versi, ct);
        TempData["Pesan"] = "Laporan keuangan disimpan.";
        return RedirectToPage("/Laporan/Keuangan", new { satker = Satker });
    }

    private async Task<int?> LoadAsync(CancellationToken ct)
    {
        var satkerId = await LaporanApi.SatkerIdAsync(db, Satker, ct);
        if (satkerId is { } id)
        {
            Daftar = await LaporanStore.KeuanganAsync(db, id, ct);
            Status = await Alur.AlurStore.StatusAsync(db, id, "laporan-keuangan", ct);
            Opini = await LaporanStore.OpiniAsync(db, ct);
            BolehUbah = await Aturan.Lingkup.BolehTulisAsync(db, db.Pelaku, Satker, "laporan-keuangan", ct);
        }
        return satkerId;
    }

    Task Aturan.IHalamanFormulir.MuatUlangAsync(CancellationToken ct) => LoadAsync(ct);
}
