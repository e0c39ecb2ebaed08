using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Lkjip;

/// <summary>Downloads of a satker's documents and of the participation report.</summary>
[Microsoft.AspNetCore.Authorization.Authorize]
public class UnduhDokumenModel(TolokDb db, IAuthorizationService authorization) : PageModel, Aturan.IHalamanSatker
{
    [FromQuery(Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [FromQuery(Name = "tahun")] public int Tahun { get; set; } = DatabaseStartup.SeedTahun;

    public bool AdaIku { get; private set; }
    /// <summary>Per document kind what it still lacks before it can be signed (empty: final, no DRAF mark).</summary>
    public Dictionary<string, List<Kekurangan>> Kurang { get; private set; } = [];
    public bool BolehUbah { get; private set; }
    public List<Pemilihan.Pemilihan> Pemilihan { get; private set; } = [];
    /// <summary>The regions of the satkers the user reads (a satker's code is its region's code), by name.</summary>
    public List<(string Kode, string Nama)> Wilayah { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await db.Satker.AnyAsync(s => s.Kode == Satker, ct))
        {
            return NotFound();
        }
        AdaIku = await Iku.IkuStore.LoadAsync(db, Satker, Tahun, null, ct) is not null;
        if (AdaIku && await BahanLaporan.LoadAsync(db, Satker, Tahun, triwulan: false, tren: false, ct) is { } bahan)
        {
            foreach (var jenis in DokumenSatkerApi.JenisSatker.Where(j => j != "iku"))
            {
                Kurang[jenis] = Kelengkapan.Periksa(bahan, jenis);
            }
        }
        BolehUbah = (await authorization.AuthorizeAsync(User, Peran.PolicyKelolaIku)).Succeeded;
        Pemilihan = await db.Pemilihan.AsNoTracking().Include(p => p.SuratSuara).OrderByDescending(p => p.Tanggal).ToListAsync(ct);
        var terbaca = await Aturan.Lingkup.TerbacaAsync(db, db.Pelaku, ct);
        Wilayah = [.. (await db.Satker.AsNoTracking().OrderBy(s => s.Kode).Select(s => new { s.Kode, s.Nama }).ToListAsync(ct))
            .Where(s => (terbaca is null || terbaca.Contains(s.Kode)) && Tolok.Wilayah.KodeWilayah.TryParse(s.Kode, out _))
            .Select(s => (s.Kode, $"{s.Nama} ({s.Kode})"))];
        return Page();
    }
}
