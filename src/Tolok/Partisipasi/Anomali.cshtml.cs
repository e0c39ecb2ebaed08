using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Wilayah;

namespace Tolok.Partisipasi;

/// <summary>The TPS of a region that break validation rules, each with the rules and the values compared.</summary>
[Microsoft.AspNetCore.Authorization.Authorize]
public class AnomaliModel(TolokDb db) : PageModel, Aturan.IHalamanWilayah
{
    [FromQuery(Name = "pemilihan")] public string Pemilihan { get; set; } = "pemilu-2024";
    [FromQuery(Name = "surat")] public string? Surat { get; set; }
    [FromQuery(Name = "kode")] public string Kode { get; set; } = DatabaseStartup.SeedSatker;

    public string WilayahDibaca => Kode;

    public string? NamaPemilihan { get; private set; }
    public string NamaWilayah { get; private set; } = "";
    public List<AnomaliDto> Daftar { get; private set; } = [];
    public bool Terpotong { get; private set; }
    public const int Batas = 500;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var pemilihan = await db.Pemilihan.AsNoTracking().Include(p => p.SuratSuara).FirstOrDefaultAsync(p => p.Slug == Pemilihan, ct);
        var surat = pemilihan?.SuratSuara.FirstOrDefault(s => Surat is null || s.Kode == Surat) ?? pemilihan?.SuratSuara.FirstOrDefault();
        if (pemilihan is null || surat is null || !KodeWilayah.TryParse(Kode, out var kode))
        {
            return NotFound();
        }
        Surat = surat.Kode;
        NamaPemilihan = pemilihan.Nama;
        NamaWilayah = PartisipasiQuery.Nama(kode);
        Daftar = await PartisipasiQuery.AnomaliAsync(db, surat.Id, kode, Batas + 1, ct);
        Terpotong = Daftar.Count > Batas;
        Daftar = [.. Daftar.Take(Batas)];
        return Page();
    }
}
