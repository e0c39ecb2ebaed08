using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tolok.Infrastructure;

namespace Tolok.Tugas;

/// <summary>"Tugas saya": the signed-in user's start page.</summary>
[Authorize]
public class IndexModel(TolokDb db, TimeProvider time) : PageModel
{
    [FromQuery(Name = "tahun")] public int? Tahun { get; set; }
    [FromQuery(Name = "satker")] public string? Satker { get; set; }

    public TugasDto? Data { get; private set; }
    public DateOnly HariIni { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        HariIni = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.Add(Format.OffsetWita));
        Data = await TugasQuery.GetAsync(db, db.Pelaku, Tahun ?? HariIni.Year, HariIni, Satker ?? DatabaseStartup.SeedSatker, ct);
        ViewData["Tahun"] = Data.Tahun;
    }
}
