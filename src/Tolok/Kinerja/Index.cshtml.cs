using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Kinerja;

/// <summary>The performance dashboard of a satker and year: every IKU with target, realisation and achievement.</summary>
[Microsoft.AspNetCore.Authorization.Authorize]
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = CacheHalamanSatker.Nama)]
public class IndexModel(TolokDb db, IAuthorizationService authorization) : PageModel, Aturan.IHalamanSatker
{
    [FromQuery(Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [FromQuery(Name = "tahun")] public int Tahun { get; set; } = DatabaseStartup.SeedTahun;
    [FromQuery(Name = "periode")] public string Periode { get; set; } = "tahunan";

    public KinerjaDto? Data { get; private set; }
    public Iku.IkuDto? Iku { get; private set; }
    public bool BolehUbah { get; private set; }
    public string? KunciTabel { get; private set; }
    public Dictionary<string, List<TitikTren>> Tren { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Periode = Kinerja.Periode.Dari(Tahun, Periode).Nama;
        ViewData["Tahun"] = Tahun;
        // One read of the change stamps, then the figures, the IKU set and the trend from the cache when unchanged.
        var stempel = await KinerjaQuery.StempelAsync(db, Satker, ct);
        Data = stempel is null ? null : await KinerjaQuery.GetAsync(db, Satker, Tahun, Periode, stempel, ct);
        Iku = stempel is null ? null : await KinerjaQuery.IkuAsync(db, Satker, Tahun, stempel, ct);
        BolehUbah = (await authorization.AuthorizeAsync(User, Peran.PolicyKelolaIku)).Succeeded;
        // The table depends only on the figures: its HTML is kept under their stamps (the <cache> in the page).
        KunciTabel = stempel is null ? null : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Satker}|{Tahun}|{Periode}|{stempel}");
        if (Data is not null)
        {
            Tren = await KinerjaQuery.TrenAsync(db, Satker, Tahun, [.. Data.Indikator.Select(i => i.Kode)], 3, stempel!, ct) ?? [];
            // The trend charts are drawn once per change of the figures, not per request.
            _trenHtml = await db.Tembolok.AmbilAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"tren-html|{Satker}|{Tahun}|{Periode}"), stempel!,
                () => Task.FromResult<Dictionary<string, string>?>(Data.Indikator.ToDictionary(x => x.Kode, BuatTrenHtml, StringComparer.Ordinal)));
        }
        if (Data is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }

    private Dictionary<string, string>? _trenHtml;

    /// <summary>The trend cell: a small chart of the earlier years and this one, or the labels of a categorical IKU.</summary>
    public string TrenHtml(IndikatorKinerjaDto x) => _trenHtml?.GetValueOrDefault(x.Kode) ?? BuatTrenHtml(x);

    private string BuatTrenHtml(IndikatorKinerjaDto x)
    {
        var titik = Tren.GetValueOrDefault(x.Kode) ?? [];
        if (titik.All(t => t.Realisasi is null))
        {
            return "<span class=\"kosong\">belum ada data tahun sebelumnya</span>";
        }
        if (x.Polaritas == Tolok.Iku.Polaritas.Kategorikal || titik.Any(t => t.Realisasi is string))
        {
            return System.Net.WebUtility.HtmlEncode(string.Join(" · ", titik.Select(t => $"{t.Tahun}: {t.Realisasi ?? "—"}")));
        }
        var points = titik.Select(t => (t.Tahun, t.Realisasi as decimal?)).Append((Tahun, x.Realisasi as decimal?)).ToList();
        return Dokumen.Grafik.Tren(points, $"Realisasi IKU {x.Kode} {points[0].Tahun}–{Tahun}");
    }
}
