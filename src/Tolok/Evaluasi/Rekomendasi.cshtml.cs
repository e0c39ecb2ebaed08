using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Evaluasi;

/// <summary>
/// An LHE's recommendations and their follow-up (issue 18 point 3): the list with status and overdue marks, a form to
/// record or change a recommendation, and per recommendation a form to record a follow-up action with its evidence.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize]
[KirimMembutuhkan(Peran.PolicyKelolaData, Handler = "TindakLanjut")]
public class RekomendasiModel(TolokDb db, TimeProvider time, Microsoft.AspNetCore.Authorization.IAuthorizationService authorization) : PageModel, Aturan.IHalamanSatker, Aturan.IHalamanFormulir, Aturan.IFormulirBerversi
{
    [BindProperty(SupportsGet = true, Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [BindProperty(SupportsGet = true, Name = "lhe")] public int LheId { get; set; }
    [BindProperty(SupportsGet = true, Name = "rid")] public int? Rid { get; set; }
    [BindProperty] public int? Versi { get; set; }

    [BindProperty] public int? Nomor { get; set; }
    [BindProperty] public string? Uraian { get; set; }
    [BindProperty] public string? Komponen { get; set; }
    [BindProperty] public DateOnly? JatuhTempo { get; set; }
    [BindProperty] public string? PenanggungJawab { get; set; }

    [BindProperty] public DateOnly? Tanggal { get; set; }
    [BindProperty] public string? UraianTindak { get; set; }
    [BindProperty] public string? Bukti { get; set; }
    [BindProperty] public string? Status { get; set; }

    public Lhe? Lhe { get; private set; }
    public List<RekomendasiDto> Daftar { get; private set; } = [];
    public List<(string Kode, string Nama)> PilihanKomponen { get; private set; } = [];
    public string StatusLhe { get; private set; } = Alur.AlurRules.Draf;
    public bool BolehTulis { get; private set; }
    public DateOnly HariIni { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await MuatAsync(ct))
        {
            return NotFound();
        }
        if (Rid is { } rid && Daftar.FirstOrDefault(r => r.Id == rid) is { } r)
        {
            (Nomor, Uraian, Komponen, JatuhTempo, PenanggungJawab, Versi) = (r.Nomor, r.Uraian, r.Komponen, r.JatuhTempo, r.PenanggungJawab, r.Versi);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRekomendasiAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Peran.PolicyKelolaData)).Succeeded)
        {
            return Forbid();
        }
        if (!await MuatAsync(ct) || (Rid is { } rid && Daftar.All(r => r.Id != rid)))
        {
            return NotFound();
        }
        if (Rid is not null && Versi is null)
        {
            ModelState.AddModelError("", Aturan.Versi.PesanTanpaVersi);
        }
        var edit = new RekomendasiEdit(Nomor, Uraian, Komponen, JatuhTempo, PenanggungJawab);
        if (ModelState.IsValid)
        {
            foreach (var (key, messages) in await RekomendasiStore.ValidateAsync(db, LheId, Rid, edit, ct))
            {
                ModelState.AddModelError(key, string.Join(" ", messages));
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await RekomendasiStore.SaveAsync(db, LheId, Rid, edit, Versi, HariIni, ct);
        TempData["Pesan"] = "Rekomendasi disimpan.";
        return Redirect(Alamat());
    }

    public async Task<IActionResult> OnPostTindakLanjutAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Peran.PolicyKelolaData)).Succeeded)
        {
            return Forbid();
        }
        if (!await MuatAsync(ct) || Rid is not { } rid || Daftar.All(r => r.Id != rid))
        {
            return NotFound();
        }
        var edit = new TindakLanjutEdit(Tanggal, UraianTindak, (Bukti ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Status);
        foreach (var (key, messages) in RekomendasiStore.Validate(edit, HariIni))
        {
            ModelState.AddModelError(key, $"Tindak lanjut rekomendasi {Daftar.First(r => r.Id == rid).Nomor}: {string.Join(" ", messages)}");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await RekomendasiStore.TambahTindakLanjutAsync(db, rid, edit, db.Pelaku.Nama, time.GetUtcNow().UtcDateTime, ct);
        TempData["Pesan"] = "Tindak lanjut dicatat.";
        return Redirect(Alamat() + $"#r{rid}");
    }

    private string Alamat() => $"/Evaluasi/Rekomendasi?satker={Uri.EscapeDataString(Satker)}&lhe={LheId}";

    private async Task<bool> MuatAsync(CancellationToken ct)
    {
        HariIni = Format.HariIni(time);
        var satkerId = await db.Satker.Where(s => s.Kode == Satker).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        Lhe = satkerId is null ? null : await db.Lhe.AsNoTracking().FirstOrDefaultAsync(l => l.Id == LheId && l.SatkerId == satkerId, ct);
        if (Lhe is null)
        {
            return false;
        }
        Daftar = await RekomendasiStore.ListAsync(db, LheId, HariIni, ct);
        PilihanKomponen = [.. (await db.LkeBagian.AsNoTracking().Where(b => b.Induk == null).Select(b => new { b.Kode, b.Nama }).ToListAsync(ct))
            .DistinctBy(b => b.Kode).OrderBy(b => b.Kode, StringComparer.Ordinal).Select(b => (b.Kode, b.Nama))];
        StatusLhe = (await Alur.AlurStore.StatusAsync(db, satkerId!.Value, "lhe", ct)).GetValueOrDefault(Alur.AlurApi.Kunci(LheId)) ?? Alur.AlurRules.Draf;
        BolehTulis = User.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(User, Peran.PolicyKelolaData)).Succeeded
            && await Aturan.Lingkup.BolehTulisAsync(db, db.Pelaku, Satker, "lhe", ct);
        return true;
    }

    Task Aturan.IHalamanFormulir.MuatUlangAsync(CancellationToken ct) => MuatAsync(ct);
}
