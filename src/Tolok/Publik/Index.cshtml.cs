using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Wilayah;

namespace Tolok.Publik;

/// <summary>The public portal of a satker: approved performance, participation links, downloads. Served from the output cache.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = Alur.AlurApi.TagPortal)]
public class IndexModel(TolokDb db) : PageModel
{
    [FromQuery(Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [FromQuery(Name = "tahun")] public int Tahun { get; set; } = DatabaseStartup.SeedTahun;

    public KinerjaPublikDto? Kinerja { get; private set; }
    public bool SemuaDisetujui { get; private set; }
    public List<(string Pemilihan, string Surat, string Nama)> Partisipasi { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Kinerja = await PortalQuery.KinerjaAsync(db, Satker, Tahun, ct);
        SemuaDisetujui = Kinerja is not null && Kinerja.Indikator.All(i => i.Disetujui);
        if (KodeWilayah.TryParse(Satker, out var kode))
        {
            foreach (var p in await db.Pemilihan.AsNoTracking().Include(p => p.SuratSuara).OrderBy(p => p.Tanggal).ToListAsync(ct))
            {
                foreach (var s in p.SuratSuara.OrderBy(s => s.Urutan))
                {
                    if (await PortalQuery.PartisipasiDisetujuiAsync(db, kode, p.Slug, s.Kode, ct))
                    {
                        Partisipasi.Add((p.Slug, s.Kode, p.Nama));
                    }
                }
            }
        }
    }
}
