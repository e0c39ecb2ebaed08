using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Kinerja;

/// <summary>The performance dashboard of a satker and year: every IKU with target, realisation and achievement.</summary>
public class IndexModel(TolokDb db, IAuthorizationService authorization) : PageModel
{
    [FromQuery(Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [FromQuery(Name = "tahun")] public int Tahun { get; set; } = DatabaseStartup.SeedTahun;
    [FromQuery(Name = "periode")] public string Periode { get; set; } = "tahunan";

    public KinerjaDto? Data { get; private set; }
    public Iku.IkuDto? Iku { get; private set; }
    public bool BolehUbah { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Periode = KinerjaQuery.Periode.Contains(Periode) ? Periode : "tahunan";
        ViewData["Tahun"] = Tahun;
        Data = await KinerjaQuery.GetAsync(db, Satker, Tahun, Periode, ct);
        Iku = await Tolok.Iku.IkuStore.LoadAsync(db, Satker, Tahun, null, ct);
        BolehUbah = (await authorization.AuthorizeAsync(User, Peran.PolicyKelolaIku)).Succeeded;
        if (Data is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }

    public static string Nilai(object? value, string? satuan) => value switch
    {
        null => "—",
        decimal d => Format.Bilangan(d, d == Math.Round(d) ? 0 : 2) + (satuan == "%" ? "%" : ""),
        string s => s,
        _ => value.ToString() ?? "—",
    };

    public static string NamaPeriode(string p) => p == "tahunan" ? "Tahunan" : "Triwulan " + p[2..] + " (kumulatif)";
}
