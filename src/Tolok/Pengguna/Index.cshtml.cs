using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tolok.Infrastructure;

namespace Tolok.Pengguna;

/// <summary>Users: list and add (the password shown once) — Admin only, the same rules as <c>tolok user</c>.</summary>
[Authorize(Roles = Peran.Admin)]
public class IndexModel(TolokDb db, UserManager<AkunPengguna> users, TimeProvider time) : PageModel
{
    [BindProperty] public string? NamaPengguna { get; set; }
    [BindProperty] public string? NamaLengkap { get; set; }
    [BindProperty] public List<string> PeranBaru { get; set; } = [];

    public List<PenggunaDto> Daftar { get; private set; } = [];
    public string? SandiBaru { get; private set; }
    public string? PenggunaBaru { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Daftar = await KelolaPengguna.DaftarAsync(db, time.GetUtcNow(), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (password, galat) = await KelolaPengguna.TambahAsync(users, NamaPengguna ?? "", NamaLengkap, PeranBaru);
        if (galat is not null)
        {
            ModelState.AddModelError(nameof(NamaPengguna), galat);
        }
        else
        {
            SandiBaru = password;
            PenggunaBaru = NamaPengguna!.Trim();
            NamaPengguna = NamaLengkap = null;
            PeranBaru = [];
        }
        Daftar = await KelolaPengguna.DaftarAsync(db, time.GetUtcNow(), ct);
        return Page();
    }
}
