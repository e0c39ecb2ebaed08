using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Kinerja;

/// <summary>
/// The Rencana Aksi's planned actions (issue 16): per IKU and quarter what will be done and who is responsible. The
/// actions belong to the year's plan with the targets: they lock when the targets are submitted or approved.
/// </summary>
[Authorize(Policy = Peran.PolicyKelolaIku)]
public class RencanaAksiModel(TolokDb db) : PageModel, Aturan.IHalamanSatker, Aturan.IHalamanFormulir
{
    [BindProperty(SupportsGet = true, Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [BindProperty(SupportsGet = true, Name = "tahun")] public int Tahun { get; set; } = DatabaseStartup.SeedTahun;
    [BindProperty] public RencanaAksiEdit? Baru { get; set; }

    public Iku.IkuDto? Iku { get; private set; }
    public List<RencanaAksiKegiatan> Daftar { get; private set; } = [];
    public string Status { get; private set; } = Alur.AlurRules.Draf;
    private int _satkerId;

    private async Task<bool> MuatAsync(CancellationToken ct)
    {
        Iku = await Tolok.Iku.IkuStore.LoadAsync(db, Satker, Tahun, null, ct);
        if (Iku is null)
        {
            return false;
        }
        _satkerId = await db.Satker.Where(s => s.Kode == Satker).Select(s => s.Id).FirstAsync(ct);
        Daftar = await RencanaAksiStore.ListAsync(db, _satkerId, Tahun, ct);
        Status = (await Alur.AlurStore.GetAsync(db, _satkerId, "target", Tahun.ToString(System.Globalization.CultureInfo.InvariantCulture), ct)).Status;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await MuatAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await MuatAsync(ct))
        {
            return NotFound();
        }
        var edit = Baru ?? new RencanaAksiEdit(null, null, null, null);
        var errors = RencanaAksiStore.Periksa(edit, [.. Iku!.SemuaIndikator.Select(i => i.Kode)]);
        if (errors.Count > 0)
        {
            foreach (var (key, messages) in errors)
            {
                ModelState.AddModelError("Baru." + key, messages[0]);
            }
            return Page();
        }
        await RencanaAksiStore.TambahAsync(db, _satkerId, Tahun, edit, ct);
        TempData["Pesan"] = "Kegiatan rencana aksi ditambahkan.";
        return Redirect($"/Kinerja/RencanaAksi?satker={Uri.EscapeDataString(Satker)}&tahun={Tahun}#iku-{edit.KodeIndikator!.Replace('.', '-')}");
    }

    public async Task<IActionResult> OnPostHapusAsync(int hapus, CancellationToken ct)
    {
        if (!await MuatAsync(ct))
        {
            return NotFound();
        }
        var row = await db.RencanaAksiKegiatan.FirstOrDefaultAsync(r => r.Id == hapus && r.SatkerId == _satkerId && r.Tahun == Tahun, ct);
        if (row is null)
        {
            return NotFound();
        }
        db.RencanaAksiKegiatan.Remove(row);
        await db.SaveChangesAsync(ct);
        TempData["Pesan"] = "Kegiatan rencana aksi dihapus.";
        return Redirect($"/Kinerja/RencanaAksi?satker={Uri.EscapeDataString(Satker)}&tahun={Tahun}");
    }

    async Task Aturan.IHalamanFormulir.MuatUlangAsync(CancellationToken ct) => await MuatAsync(ct);
}
