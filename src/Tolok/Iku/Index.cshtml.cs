using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Iku;

/// <summary>The IKU of a satker and year, laid out as the signed document, with its revision history.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public class IndexModel(TolokDb db, IAuthorizationService authorization) : PageModel
{
    [FromQuery(Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [FromQuery(Name = "tahun")] public int? Tahun { get; set; }
    [FromQuery(Name = "revisi")] public int? Revisi { get; set; }

    public string? NamaSatker { get; private set; }
    public IkuDto? Iku { get; private set; }
    public int? RevisiTerakhir { get; private set; }
    public List<RevisiDto> Riwayat { get; private set; } = [];
    public List<int> TahunTersedia { get; private set; } = [];
    public bool BolehUbah { get; private set; }
    /// <summary>Realisation of the participation IKU (3.1–3.3) from the TPS data, by indicator code.</summary>
    public Dictionary<string, Partisipasi.RealisasiPartisipasiDto> Realisasi { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        NamaSatker = await db.Satker.Where(s => s.Kode == Satker).Select(s => s.Nama).FirstOrDefaultAsync(ct);
        if (NamaSatker is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        TahunTersedia = await IkuStore.YearsAsync(db, Satker, ct);
        Tahun ??= TahunTersedia.FirstOrDefault(DatabaseStartup.SeedTahun);
        ViewData["Tahun"] = Tahun;
        Iku = await IkuStore.LoadAsync(db, Satker, Tahun.Value, Revisi, ct);
        Riwayat = await IkuStore.RevisionsAsync(db, Satker, Tahun.Value, ct);
        RevisiTerakhir = Riwayat.FirstOrDefault()?.Revisi;
        BolehUbah = (await authorization.AuthorizeAsync(User, Peran.PolicyKelolaIku)).Succeeded;
        // The realisation from TPS data is internal until approved: shown to those who read this satker (decision 87).
        if (Iku is not null && User.Identity?.IsAuthenticated == true && await Aturan.Lingkup.BolehBacaAsync(db, Aturan.Pelaku.Dari(User), Satker, ct))
        {
            Realisasi = (await Partisipasi.RealisasiPartisipasi.GetAsync(db, Satker, Tahun.Value, ct) ?? []).ToDictionary(r => r.Kode);
        }
        return Page();
    }
}
