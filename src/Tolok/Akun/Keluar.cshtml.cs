using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tolok.Pengguna;

namespace Tolok.Akun;

/// <summary>Signing out is a POST (with the anti-forgery token), never a link.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public class KeluarModel(SignInManager<AkunPengguna> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Index");
    }
}
