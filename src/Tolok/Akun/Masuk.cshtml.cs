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

    public const string PesanGagal =
        "Nama pengguna atau kata sandi salah, atau akun dikunci sementara karena terlalu banyak percobaan gagal (coba lagi dalam 15 menit atau hubungi Admin).";

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
        // One message for every refusal, so that it does not tell which user names exist (an unknown name is never
        // "locked"; a known one is after five failures).
        ModelState.AddModelError(string.Empty, PesanGagal);
        return Page();
    }
}
