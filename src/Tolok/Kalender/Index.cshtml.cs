using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Kalender;

/// <summary>
/// The calendar of obligations of a satker (issue 18 point 5): what is due in the coming year and what is late, the
/// rules the dates come from (the satker's own or the default) with a form for planners to change them, and the
/// personal iCalendar subscription address.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize]
[KirimMembutuhkan(Peran.PolicyKelolaIku, Handler = "Aturan")]
public class IndexModel(TolokDb db, TimeProvider time, UserManager<AkunPengguna> users, Microsoft.AspNetCore.Authorization.IAuthorizationService authorization) : PageModel, Aturan.IHalamanSatker, Aturan.IHalamanFormulir, Aturan.IFormulirBerversi
{
    [BindProperty(SupportsGet = true, Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [BindProperty] public int? Versi { get; set; }
    [BindProperty] public string? Kode { get; set; }
    [BindProperty] public string? Judul { get; set; }
    [BindProperty] public int? Bulan { get; set; }
    [BindProperty] public int? Hari { get; set; }
    [BindProperty] public bool TahunBerikut { get; set; }
    [BindProperty] public bool Aktif { get; set; } = true;

    public List<KewajibanDto> Daftar { get; private set; } = [];
    public List<AturanKewajibanDto> Aturan { get; private set; } = [];
    public bool BolehUbah { get; private set; }
    public DateOnly HariIni { get; private set; }
    public string? AlamatBaru { get; private set; }
    public bool PunyaLangganan { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await MuatAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAturanAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Peran.PolicyKelolaIku)).Succeeded)
        {
            return Forbid();
        }
        if (!await MuatAsync(ct))
        {
            return NotFound();
        }
        var id = await db.Satker.Where(s => s.Kode == Satker).Select(s => s.Id).FirstAsync(ct);
        if ((await KalenderQuery.AturanAsync(db, [id], ct))[id].FirstOrDefault(a => a.Kode == Kode) is not { } berlaku)
        {
            return NotFound();
        }
        if (Versi is null)
        {
            ModelState.AddModelError("", Tolok.Aturan.Versi.PesanTanpaVersi);
            return Page();
        }
        var edit = new AturanKewajibanEdit(string.IsNullOrWhiteSpace(Judul) ? null : Judul, Bulan, Hari, TahunBerikut, Aktif);
        foreach (var (key, messages) in KalenderStore.Validate(edit))
        {
            ModelState.AddModelError(key, $"{Kode}: {string.Join(" ", messages)}");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await KalenderStore.SimpanAsync(db, id, berlaku, edit, Versi.Value, HariIni.Year, ct);
        TempData["Pesan"] = $"Tenggat {berlaku.Kode} untuk {Satker} disimpan.";
        return Redirect($"/Kalender?satker={Uri.EscapeDataString(Satker)}#aturan");
    }

    public async Task<IActionResult> OnPostLanggananAsync(CancellationToken ct)
    {
        if (!await MuatAsync(ct) || await users.GetUserAsync(User) is not { } akun)
        {
            return NotFound();
        }
        AlamatBaru = KalenderApi.AlamatFeed(Request, await KalenderApi.BuatTokenAsync(db, akun.Id, time.GetUtcNow().UtcDateTime, ct));
        PunyaLangganan = true;
        return Page();
    }

    private async Task<bool> MuatAsync(CancellationToken ct)
    {
        HariIni = Format.HariIni(time);
        if (await db.Satker.AsNoTracking().Where(s => s.Kode == Satker).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct) is not { } id)
        {
            return false;
        }
        Daftar = await KalenderQuery.DaftarAsync(db, [(id, Satker)], HariIni.AddDays(-90), HariIni.AddYears(1), HariIni, ct);
        Daftar = [.. Daftar.Where(k => k.Tanggal >= HariIni || k.Terlambat)];
        Aturan = [.. (await KalenderQuery.AturanAsync(db, [id], ct))[id].Select(a => KalenderQuery.AsDto(a, HariIni.Year))];
        BolehUbah = (await authorization.AuthorizeAsync(User, Peran.PolicyKelolaIku)).Succeeded
            && await Tolok.Aturan.Lingkup.BolehTulisAsync(db, db.Pelaku, Satker, "profil", ct);
        var penggunaId = users.GetUserId(User);
        PunyaLangganan = penggunaId is not null && await db.TokenKalender.AnyAsync(t => t.PenggunaId == penggunaId, ct);
        return true;
    }

    Task Tolok.Aturan.IHalamanFormulir.MuatUlangAsync(CancellationToken ct) => MuatAsync(ct);
}
