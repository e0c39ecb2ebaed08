using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tolok.Infrastructure;

namespace Tolok.Pengguna;

/// <summary>API tokens: list, make (shown once), revoke — Admin only, the same rules as <c>tolok token</c>.</summary>
[Authorize(Roles = Peran.Admin)]
public class TokenModel(TolokDb db, UserManager<AkunPengguna> users, TimeProvider time) : PageModel
{
    [BindProperty] public string? Nama { get; set; }
    [BindProperty] public string? NamaPengguna { get; set; }
    [BindProperty] public string? BerlakuHari { get; set; }

    public string? TokenBaru { get; private set; }
    public string? NamaBaru { get; private set; }
    public List<TokenDto> Daftar { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Daftar = await TokenStore.DaftarAsync(db, time.GetUtcNow().UtcDateTime, ct);

    public async Task<IActionResult> OnPostBuatAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        int? hari = null;
        if (!string.IsNullOrWhiteSpace(BerlakuHari))
        {
            if (!int.TryParse(BerlakuHari.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var h))
            {
                ModelState.AddModelError(nameof(BerlakuHari), $"Masa berlaku \"{Format.Potong(BerlakuHari, 20)}\" bukan bilangan hari.");
                Daftar = await TokenStore.DaftarAsync(db, now, ct);
                return Page();
            }
            hari = h;
        }
        var (token, row, galat) = await TokenStore.BuatAsync(db, users, Nama ?? "", NamaPengguna ?? "", hari, User.Identity?.Name ?? "", now, ct);
        if (galat is not null)
        {
            ModelState.AddModelError("", galat);
        }
        else
        {
            TokenBaru = token;
            NamaBaru = row!.Nama;
            Nama = NamaPengguna = BerlakuHari = null;
        }
        Daftar = await TokenStore.DaftarAsync(db, now, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCabutAsync(int id, CancellationToken ct)
    {
        var galat = await TokenStore.CabutAsync(db, id, User.Identity?.Name ?? "", time.GetUtcNow().UtcDateTime, ct);
        if (galat is not null)
        {
            ModelState.AddModelError("", galat);
            Daftar = await TokenStore.DaftarAsync(db, time.GetUtcNow().UtcDateTime, ct);
            return Page();
        }
        return RedirectToPage();
    }
}
