using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Register;

/// <summary>The registers behind the IKU, and the XLSX import into any of them (data roles).</summary>
[Microsoft.AspNetCore.Authorization.Authorize]
[Tolok.Pengguna.KirimMembutuhkan(Tolok.Pengguna.Peran.PolicyKelolaData)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
public class IndexModel(TolokDb db, IAuthorizationService authorization, GerbangImpor gerbang, Microsoft.Extensions.Options.IOptions<BatasImpor> batas) : PageModel, Aturan.IHalamanSatker
{
    public const long MaxBytes = 20 * 1024 * 1024;

    [BindProperty(SupportsGet = true, Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [BindProperty] public string? Jenis { get; set; }

    public bool BolehUbah { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        BolehUbah = (await authorization.AuthorizeAsync(User, Peran.PolicyKelolaData)).Succeeded;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? berkas, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Peran.PolicyKelolaData)).Succeeded)
        {
            return Forbid();
        }
        BolehUbah = true;
        var satker = await db.Satker.FirstOrDefaultAsync(s => s.Kode == Satker, ct);
        if (satker is null)
        {
            return NotFound();
        }
        if (ImporRegister.Cari(Jenis) is not { } register)
        {
            ModelState.AddModelError(nameof(Jenis), "Pilih register yang akan diimpor.");
            return Page();
        }
        if (berkas is null || berkas.Length == 0)
        {
            ModelState.AddModelError("berkas", "Pilih berkas XLSX yang akan diimpor.");
            return Page();
        }
        using var izin = await gerbang.MasukAsync(ct);
        await using var stream = berkas.OpenReadStream();
        var (jumlah, errors) = await ImporRegister.ImportAsync(db, satker, register, stream, berkas.FileName, batas.Value.BarisMaksimumRegister, ct);
        foreach (var (key, messages) in errors)
        {
            ModelState.AddModelError(key, $"{key}: {string.Join(" ", messages)}");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        TempData["Pesan"] = $"{Format.Bilangan(jumlah)} baris {register.Nama} diimpor.";
        return Redirect($"{register.Halaman}?satker={Uri.EscapeDataString(Satker)}");
    }
}
