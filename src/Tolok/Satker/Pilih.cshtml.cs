using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tolok.Infrastructure;

namespace Tolok.Satker;

/// <summary>
/// The header's chooser sends here: a satker typed as its code or part of its name ("jemb") is resolved and the
/// page the user was on is opened for it; several matches are offered as a list. Only Tolok's own pages are
/// destinations (never another site).
/// </summary>
[AllowAnonymous]
public class PilihModel(TolokDb db) : PageModel
{
    /// <summary>The pages that take a satker and a year; anything else opens the IKU.</summary>
    public static readonly string[] Halaman =
    [
        "/Iku", "/Kinerja", "/Kinerja/Target", "/Tahapan", "/Laporan/Rb", "/Laporan/Keuangan", "/Evaluasi", "/Evaluasi/Lke", "/Layanan", "/Sengketa",
        "/Lkjip/Anggaran", "/Register", "/Dokumen", "/Dokumen/Narasi", "/Alur/Antrian", "/Partisipasi", "/Publik", "/Tugas",
    ];

    [FromQuery(Name = "satker")] public string? Satker { get; set; }
    [FromQuery(Name = "tahun")] public string? Tahun { get; set; }
    [FromQuery(Name = "ke")] public string? Ke { get; set; }

    public List<SatkerDto> Cocok { get; private set; } = [];

    public string Tujuan(string kode)
    {
        var ke = Halaman.FirstOrDefault(h => h.Equals(Ke, StringComparison.OrdinalIgnoreCase)) ?? "/Iku";
        var tahun = int.TryParse(Tahun, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var t) && t is >= 2000 and <= 2100
            ? $"&tahun={t}" : "";
        return $"{ke}?satker={Uri.EscapeDataString(kode)}{tahun}";
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Cocok = await PilihSatker.CariAsync(db, Satker, 50, ct);
        var tepat = Cocok.FirstOrDefault(s => s.Kode.Equals(Satker?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (tepat is not null || Cocok.Count == 1)
        {
            return Redirect(Tujuan((tepat ?? Cocok[0]).Kode));
        }
        if (Cocok.Count == 0)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }
}
