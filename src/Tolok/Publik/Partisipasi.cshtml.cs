using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Tolok.Infrastructure;
using Tolok.Partisipasi;
using Tolok.Wilayah;

namespace Tolok.Publik;

/// <summary>Public participation of a region, drill-down to TPS, only for approved data. Served from the output cache.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = Alur.AlurApi.TagPortal)]
public class PartisipasiModel(TolokDb db) : PageModel
{
    [FromQuery(Name = "pemilihan")] public string Pemilihan { get; set; } = "pemilu-2024";
    [FromQuery(Name = "surat")] public string? Surat { get; set; }
    [FromQuery(Name = "kode")] public string Kode { get; set; } = DatabaseStartup.SeedSatker;

    public PartisipasiDto? Data { get; private set; }
    public string? NamaPemilihan { get; private set; }
    public string? Pesan { get; private set; }
    public List<(string Kode, string Nama)> Jejak { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (pemilihan, surat, kode, problem) = await PartisipasiApi.ResolveAsync(db, Pemilihan, Surat, Kode, ct);
        if (problem is not null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            Pesan = problem.ProblemDetails.Detail;
            return Page();
        }
        NamaPemilihan = pemilihan!.Nama;
        if (!await PortalQuery.PartisipasiDisetujuiAsync(db, kode, pemilihan.Slug, surat!.Kode, ct))
        {
            Pesan = $"Data partisipasi {pemilihan.Nama} ({surat.Kode}) untuk wilayah ini belum disetujui untuk dipublikasikan.";
            return Page();
        }
        Data = await PartisipasiQuery.GetAsync(db, pemilihan, surat, kode, PartisipasiMath.PenyebutDpt, false, ct);
        for (var a = kode; ; a = KodeWilayah.Induk(a))
        {
            Jejak.Insert(0, (KodeWilayah.Format(a), PartisipasiQuery.Nama(a)));
            if (a == 0)
            {
                break;
            }
        }
        return Page();
    }
}
