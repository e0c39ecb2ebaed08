using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tolok;

/// <summary>The start page: "Tugas saya" for a signed-in user; the IKU of the seed satker and year for a visitor.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public class IndexModel : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? RedirectToPage("/Tugas/Index") : RedirectToPage("/Iku/Index", new { satker = Infrastructure.DatabaseStartup.SeedSatker, tahun = Infrastructure.DatabaseStartup.SeedTahun });
}
