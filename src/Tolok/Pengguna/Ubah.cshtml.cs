using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Pengguna;

/// <summary>One user: roles, PIC assignments, password reset, unlock, deactivate — Admin only, the rules of <see cref="KelolaPengguna"/>.</summary>
[Authorize(Roles = Peran.Admin)]
public class UbahModel(TolokDb db, UserManager<AkunPengguna> users, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "nama")] public string Nama { get; set; } = "";
    [BindProperty] public List<string> PeranBaru { get; set; } = [];
    [BindProperty] public string? Satker { get; set; }
    [BindProperty] public string? Register { get; set; }
    [BindProperty] public string? Email { get; set; }

    public PenggunaDto? Pengguna { get; private set; }
    public List<Satker.Satker> DaftarSatker { get; private set; } = [];
    public string? SandiBaru { get; private set; }
    public string? Sukses { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await MuatAsync(ct);

    public Task<IActionResult> OnPostPeranAsync(CancellationToken ct) =>
        JalankanAsync(() => KelolaPengguna.AturPeranAsync(users, Nama, PeranBaru), "Peran disimpan; sesi pengguna itu diakhiri agar peran baru berlaku.", ct);

    public Task<IActionResult> OnPostTugaskanAsync(CancellationToken ct) =>
        JalankanAsync(() => KelolaPengguna.TugaskanAsync(db, Nama, Satker ?? "", Register ?? "", false, ct), "Penugasan ditambahkan.", ct);

    public Task<IActionResult> OnPostCabutAsync(CancellationToken ct) =>
        JalankanAsync(() => KelolaPengguna.TugaskanAsync(db, Nama, Satker ?? "", Register ?? "", true, ct), "Penugasan dicabut.", ct);

    public Task<IActionResult> OnPostEmailAsync(CancellationToken ct) =>
        JalankanAsync(() => KelolaPengguna.AturEmailAsync(users, Nama, Email), "Alamat e-mail disimpan.", ct);

    public Task<IActionResult> OnPostBukaKunciAsync(CancellationToken ct) =>
        JalankanAsync(() => KelolaPengguna.BukaKunciAsync(users, Nama), "Kunci akun dibuka.", ct);

    public Task<IActionResult> OnPostNonaktifAsync(CancellationToken ct) =>
        JalankanAsync(() => KelolaPengguna.AturAktifAsync(users, Nama, false, User.Identity?.Name), "Pengguna dinonaktifkan; sesinya diakhiri.", ct);

    public Task<IActionResult> OnPostAktifAsync(CancellationToken ct) =>
        JalankanAsync(() => KelolaPengguna.AturAktifAsync(users, Nama, true, User.Identity?.Name), "Pengguna diaktifkan kembali.", ct);

    public async Task<IActionResult> OnPostResetAsync(CancellationToken ct)
    {
        var (password, galat) = await KelolaPengguna.ResetSandiAsync(db, users, Nama, User.Identity?.Name ?? "", time.GetUtcNow().UtcDateTime, ct);
        if (galat is not null)
        {
            ModelState.AddModelError("", galat);
        }
        SandiBaru = password;
        return await MuatAsync(ct);
    }

    private async Task<IActionResult> JalankanAsync(Func<Task<string?>> aksi, string sukses, CancellationToken ct)
    {
        if (await aksi() is { } galat)
        {
            ModelState.AddModelError("", galat);
        }
        else
        {
            Sukses = sukses;
        }
        return await MuatAsync(ct);
    }

    private async Task<IActionResult> MuatAsync(CancellationToken ct)
    {
        Pengguna = (await KelolaPengguna.DaftarAsync(db, time.GetUtcNow(), ct, Nama)).FirstOrDefault();
        if (Pengguna is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        else if (ModelState.IsValid || !Request.HasFormContentType || !Request.Form.ContainsKey(nameof(PeranBaru)))
        {
            PeranBaru = [.. Pengguna.Peran];
        }
        DaftarSatker = await db.Satker.AsNoTracking().OrderBy(s => s.Kode).ToListAsync(ct);
        return Page();
    }
}
