using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Layanan;

/// <summary>The information-service catalogue and log of a satker and year; forms to add or edit both (data roles).</summary>
[Microsoft.AspNetCore.Authorization.Authorize]
[Tolok.Pengguna.KirimMembutuhkan(Tolok.Pengguna.Peran.PolicyKelolaData, Handler = "Katalog")]
public class IndexModel(TolokDb db, IAuthorizationService authorization) : PageModel, Aturan.IHalamanSatker, Aturan.IHalamanFormulir, Aturan.IFormulirBerversi
{
    [BindProperty(SupportsGet = true, Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [BindProperty(SupportsGet = true, Name = "tahun")] public int Tahun { get; set; } = DatabaseStartup.SeedTahun;
    [BindProperty(SupportsGet = true, Name = "layanan")] public int? LayananId { get; set; }
    [BindProperty(SupportsGet = true, Name = "log")] public int? LogId { get; set; }

    /// <summary>The version of the row the posted form edits (each form carries its own).</summary>
    [BindProperty] public int? Versi { get; set; }
    public int? VersiLayanan { get; private set; }
    public int? VersiLog { get; private set; }

    [BindProperty] public string? NamaLayanan { get; set; }
    [BindProperty] public int LogLayananId { get; set; }
    [BindProperty] public DateOnly? Tanggal { get; set; }
    [BindProperty] public string? Kanal { get; set; }
    [BindProperty] public string? JenisPemohon { get; set; }
    [BindProperty] public string? Perihal { get; set; }
    [BindProperty] public string? WaktuResponsJam { get; set; }
    [BindProperty] public bool Terpenuhi { get; set; } = true;

    public List<LayananDto> Katalog { get; private set; } = [];
    public List<PelaksanaanLayananDto> Log { get; private set; } = [];
    public bool BolehUbah { get; private set; }

    /// <summary>A post must name its form (handler); one that does not is refused.</summary>
    public IActionResult OnPost() => BadRequest();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is null)
        {
            return NotFound();
        }
        if (LayananId is { } lid && Katalog.FirstOrDefault(l => l.Id == lid) is { } l)
        {
            (NamaLayanan, VersiLayanan) = (l.Nama, l.Versi);
        }
        if (LogId is { } gid && Log.FirstOrDefault(p => p.Id == gid) is { } p)
        {
            (LogLayananId, Tanggal, Kanal, JenisPemohon, Perihal, Terpenuhi, VersiLog) = (p.LayananId, p.Tanggal, p.Kanal, p.JenisPemohon, p.Perihal, p.Terpenuhi, p.Versi);
            WaktuResponsJam = p.WaktuResponsJam is { } j ? Format.Ringkas(j) : null;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostKatalogAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Peran.PolicyKelolaData)).Succeeded)
        {
            return Forbid();
        }
        var satkerId = await db.Satker.Where(s => s.Kode == Satker).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        if (satkerId is null || (LayananId is { } id && !await db.LayananInformasi.AnyAsync(l => l.Id == id && l.SatkerId == satkerId, ct)))
        {
            return NotFound();
        }
        var edit = new LayananEdit(Tahun, NamaLayanan);
        if (LayananId is not null && Versi is null)
        {
            ModelState.AddModelError("", Aturan.Versi.PesanTanpaVersi);
        }
        foreach (var (key, messages) in await LayananStore.ValidateAsync(db, satkerId.Value, LayananId, edit, ct))
        {
            ModelState.AddModelError(key, string.Join(" ", messages));
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        await LayananStore.SaveAsync(db, satkerId.Value, LayananId, edit, Versi, ct);
        TempData["Pesan"] = "Layanan disimpan.";
        return RedirectToPage("/Layanan/Index", new { satker = Satker, tahun = Tahun });
    }

    public async Task<IActionResult> OnPostLogAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Peran.PolicyKelolaData)).Succeeded)
        {
            return Forbid();
        }
        var layanan = await db.LayananInformasi.FirstOrDefaultAsync(l => l.Id == LogLayananId && db.Satker.Any(s => s.Id == l.SatkerId && s.Kode == Satker), ct);
        if (layanan is null || (LogId is { } id && !await db.PelaksanaanLayanan.AnyAsync(p => p.Id == id && db.LayananInformasi.Any(l => l.Id == p.LayananInformasiId && l.SatkerId == layanan.SatkerId), ct)))
        {
            return NotFound();
        }
        decimal? jam = null;
        if (!string.IsNullOrWhiteSpace(WaktuResponsJam))
        {
            if (Format.TryDesimal(WaktuResponsJam, out var j))
            {
                jam = j;
            }
            else
            {
                ModelState.AddModelError(nameof(WaktuResponsJam), $"Waktu respons (jam): {Format.GalatDesimal(WaktuResponsJam)}");
            }
        }
        var edit = new PelaksanaanLayananEdit(Tanggal, Kanal, JenisPemohon, Perihal, jam, Terpenuhi);
        if (LogId is not null && Versi is null)
        {
            ModelState.AddModelError("", Aturan.Versi.PesanTanpaVersi);
        }
        foreach (var (key, messages) in LayananStore.Validate(layanan.Tahun, edit))
        {
            ModelState.AddModelError(key, string.Join(" ", messages));
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        await LayananStore.SavePelaksanaanAsync(db, layanan, LogId, edit, Versi, ct);
        TempData["Pesan"] = "Catatan layanan disimpan.";
        return RedirectToPage("/Layanan/Index", new { satker = Satker, tahun = layanan.Tahun });
    }

    private async Task<int?> LoadAsync(CancellationToken ct)
    {
        var satkerId = await db.Satker.Where(s => s.Kode == Satker).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        if (satkerId is { } id)
        {
            Katalog = await LayananStore.ListAsync(db, id, Tahun, "tahunan", ct);
            Log = await LayananStore.PelaksanaanAsync(db, id, Tahun, ct);
            BolehUbah = await Aturan.Lingkup.BolehTulisAsync(db, db.Pelaku, Satker, "layanan", ct);
        }
        return satkerId;
    }

    Task Aturan.IHalamanFormulir.MuatUlangAsync(CancellationToken ct) => LoadAsync(ct);
}
