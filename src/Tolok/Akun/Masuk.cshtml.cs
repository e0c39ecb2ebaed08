using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tolok.Pengguna;

namespace Tolok.Akun;

[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public class MasukModel(SignInManager<AkunPengguna> signIn) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Nama pengguna wajib diisi."), Display(Name = "Nama pengguna")]
    public string? NamaPengguna { get; set; }

    [BindProperty, Required(ErrorMessage = "Kata sandi wajib diisi."), DataType(DataType.Password), Display(Name = "Kata sandi")]
    public string? KataSandi { get; set; }

    [FromQuery(Name = "returnUrl")] public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(NamaPengguna!, KataSandi!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Akun dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi dalam 15 menit atau hubungi Admin."
            : "Nama pengguna atau kata sandi salah.");
        return Page();
    }
}
