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
    public bool BolehUbah { get; private set; }
    public List<Pemilihan.Pemilihan> Pemilihan { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await db.Satker.AnyAsync(s => s.Kode == Satker, ct))
        {
            return NotFound();
        }
        AdaIku = await Iku.IkuStore.LoadAsync(db, Satker, Tahun, null, ct) is not null;
        BolehUbah = (await authorization.AuthorizeAsync(User, Peran.PolicyKelolaIku)).Succeeded;
        Pemilihan = await db.Pemilihan.AsNoTracking().OrderByDescending(p => p.Tanggal).ToListAsync(ct);
        return Page();
    }
}
