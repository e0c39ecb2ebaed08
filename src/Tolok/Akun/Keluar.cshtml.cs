using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tolok.Pengguna;

namespace Tolok.Akun;

/// <summary>Signing out is a POST (with the anti-forgery token), never a link.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public class KeluarModel(SignInManager<AkunPengguna> signIn, UserManager<AkunPengguna> users) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp makes every cookie of the account invalid on its next request, including a copy of
        // this one (decision 89): signing out ends the account's sessions everywhere.
        if (await users.GetUserAsync(User) is { } akun)
        {
            await users.UpdateSecurityStampAsync(akun);
        }
        await signIn.SignOutAsync();
        return RedirectToPage("/Index");
    }
}
