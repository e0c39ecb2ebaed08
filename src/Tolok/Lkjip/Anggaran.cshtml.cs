using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Lkjip;

/// <summary>The budget register of a satker and year: list, and a form to add or edit a programme/activity (data roles).</summary>
[Microsoft.AspNetCore.Authorization.Authorize]
[Tolok.Pengguna.KirimMembutuhkan(Tolok.Pengguna.Peran.PolicyKelolaData)]
public class AnggaranModel(TolokDb db, IAuthorizationService authorization) : PageModel, Aturan.IHalamanSatker, Aturan.IHalamanFormulir, Aturan.IFormulirBerversi
{
    [BindProperty(SupportsGet = true, Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [BindProperty(SupportsGet = true, Name = "tahun")] public int Tahun { get; set; } = DatabaseStartup.SeedTahun;
    [BindProperty(SupportsGet = true, Name = "id")] public int? Id { get; set; }
    [BindProperty] public int? Versi { get; set; }

    [BindProperty] public string? Kode { get; set; }
    [BindProperty] public string? Uraian { get; set; }
    [BindProperty] public string? Pagu { get; set; }
    [BindProperty] public string? Realisasi { get; set; }
    [BindProperty] public string? Iku { get; set; }

    public List<AnggaranDto> Daftar { get; private set; } = [];
    public Dictionary<string, string> Status { get; private set; } = [];
    public bool BolehUbah { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is null)
        {
            return NotFound();
        }
        if (Id is { } id && Daftar.FirstOrDefault(a => a.Id == id) is { } a)
        {
            (Versi, Kode, Uraian, Pagu, Realisasi, Iku) = (a.Versi, a.Kode, a.Uraian, Format.Ringkas(a.Pagu), Format.Ringkas(a.Realisasi), a.Iku);
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
        if (satkerId is null || (Id is { } id && !await db.AnggaranKegiatan.AnyAsync(a => a.Id == id && a.SatkerId == satkerId, ct)))
        {
            return NotFound();
        }
        if (Id is not null && Versi is null)
        {
            ModelState.AddModelError("", Aturan.Versi.PesanTanpaVersi);
        }
        var edit = new AnggaranEdit(Tahun, Kode, Uraian, Rupiah(nameof(Pagu), Pagu), Rupiah(nameof(Realisasi), Realisasi), Iku);
        if (ModelState.IsValid)
        {
            foreach (var (key, messages) in await AnggaranStore.ValidateAsync(db, satkerId.Value, Id, edit, ct))
            {
                ModelState.AddModelError(key, string.Join(" ", messages));
            }
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        await AnggaranStore.SaveAsync(db, satkerId.Value, Id, edit, Versi, ct);
        TempData["Pesan"] = "Anggaran disimpan.";
        return RedirectToPage("/Lkjip/Anggaran", new { satker = Satker, tahun = Tahun });
    }

    private decimal? Rupiah(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        // Rupiah amounts by the one input rule ("1.250.000", "1.250.000,50"), an "Rp" before them allowed.
        var plain = text.Trim();
        plain = plain.StartsWith("Rp", StringComparison.OrdinalIgnoreCase) ? plain[2..].TrimStart('.', ' ') : plain;
        if (Format.TryDesimal(plain, out var d))
        {
            return d;
        }
        ModelState.AddModelError(field, $"{field}: {Format.GalatDesimal(text)}");
        return null;
    }

    private async Task<int?> LoadAsync(CancellationToken ct)
    {
        var satkerId = await db.Satker.Where(s => s.Kode == Satker).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        if (satkerId is { } id)
        {
            Daftar = await AnggaranStore.ListAsync(db, id, Tahun, ct);
            Status = await Alur.AlurStore.StatusAsync(db, id, "anggaran", ct);
            BolehUbah = await Aturan.Lingkup.BolehTulisAsync(db, db.Pelaku, Satker, "anggaran", ct);
        }
        return satkerId;
    }

    Task Aturan.IHalamanFormulir.MuatUlangAsync(CancellationToken ct) => LoadAsync(ct);
}
