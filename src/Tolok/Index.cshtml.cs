using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tolok;

/// <summary>The start page is the IKU of the seed satker and year.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public class IndexModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Iku/Index", new { satker = Infrastructure.DatabaseStartup.SeedSatker, tahun = Infrastructure.DatabaseStartup.SeedTahun });
}
