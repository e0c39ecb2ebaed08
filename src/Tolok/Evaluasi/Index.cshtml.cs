using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Evaluasi;

/// <summary>The SAKIP evaluation (LHE) register of a satker: list, and a form to add or edit an LHE (data roles).</summary>
[Microsoft.AspNetCore.Authorization.Authorize]
[Tolok.Pengguna.KirimMembutuhkan(Tolok.Pengguna.Peran.PolicyKelolaData)]
public class IndexModel(TolokDb db, IAuthorizationService authorization, TimeProvider time) : PageModel, Aturan.IHalamanSatker, Aturan.IHalamanFormulir, Aturan.IFormulirBerversi
{
    [BindProperty(SupportsGet = true, Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [BindProperty(SupportsGet = true, Name = "id")] public int? Id { get; set; }
    [BindProperty] public int? Versi { get; set; }

    [BindProperty] public int TahunDievaluasi { get; set; } = DatabaseStartup.SeedTahun - 1;
    [BindProperty] public string? Evaluator { get; set; } = "Inspektorat Utama KPU";
    [BindProperty] public DateOnly? TanggalLhe { get; set; }
    [BindProperty] public string? Nilai { get; set; }
    [BindProperty] public string? Perencanaan { get; set; }
    [BindProperty] public string? Pengukuran { get; set; }
    [BindProperty] public string? Pelaporan { get; set; }
    [BindProperty] public string? EvaluasiInternal { get; set; }
    [BindProperty] public string? Rekomendasi { get; set; }
    [BindProperty] public string? TindakLanjut { get; set; }

    public List<LheDto> Daftar { get; private set; } = [];
    public Dictionary<string, string> Status { get; private set; } = [];
    public bool BolehUbah { get; private set; }
    public Dictionary<int, (int Jumlah, int Selesai, int Terlambat)> RingkasRekomendasi { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is null)
        {
            return NotFound();
        }
        if (Id is { } id && Daftar.FirstOrDefault(l => l.Id == id) is { } l)
        {
            (TahunDievaluasi, Evaluator, TanggalLhe, Rekomendasi, TindakLanjut, Versi) = (l.TahunDievaluasi, l.Evaluator, l.TanggalLhe, l.Rekomendasi, l.TindakLanjut, l.Versi);
            (Nilai, Perencanaan, Pengukuran, Pelaporan, EvaluasiInternal) = (Angka(l.Nilai), Angka(l.Perencanaan), Angka(l.Pengukuran), Angka(l.Pelaporan), Angka(l.EvaluasiInternal));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Peran.PolicyKelolaData)).Succeeded)
        {
            return Forbid();
        }
        var satkerId = await db.Satker.Where(s => s.Kode == Satker).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        if (satkerId is null || (Id is { } id && !await db.Lhe.AnyAsync(l => l.Id == id && l.SatkerId == satkerId, ct)))
        {
            return NotFound();
        }
        if (Id is not null && Versi is null)
        {
            ModelState.AddModelError("", Aturan.Versi.PesanTanpaVersi);
        }
        var edit = new LheEdit(TahunDievaluasi, Evaluator, TanggalLhe, Desimal(nameof(Nilai), Nilai),
            Desimal(nameof(Perencanaan), Perencanaan), Desimal(nameof(Pengukuran), Pengukuran), Desimal(nameof(Pelaporan), Pelaporan),
            Desimal(nameof(EvaluasiInternal), EvaluasiInternal), Rekomendasi, TindakLanjut);
        if (ModelState.IsValid)
        {
            foreach (var (key, messages) in LheStore.Validate(edit))
            {
                ModelState.AddModelError(key, string.Join(" ", messages));
            }
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        await LheStore.SaveAsync(db, satkerId.Value, Id, edit, Versi, ct);
        TempData["Pesan"] = "LHE disimpan.";
        return RedirectToPage("/Evaluasi/Index", new { satker = Satker });
    }

    private static string? Angka(decimal? d) => d is { } x ? Format.Ringkas(x) : null;

    /// <summary>A score typed the Indonesian way ("87,5") or with a point.</summary>
    private decimal? Desimal(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (Format.TryDesimal(text, out var d))
        {
            return d;
        }
        ModelState.AddModelError(field, $"{field}: {Format.GalatDesimal(text)}");
        return null;
    }

    private async Task<int?> LoadAsync(CancellationToken ct)
    {
        var satkerId = await db.Satker.Where(s => s.Kode == Satker).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        if (satkerId is { } id)
        {
            Daftar = await LheStore.ListAsync(db, id, ct);
            Status = await Alur.AlurStore.StatusAsync(db, id, "lhe", ct);
            var hariIni = Format.HariIni(time);
            RingkasRekomendasi = (await RekomendasiStore.MuatAsync(db, [.. Daftar.Select(l => l.Id)], ct)).GroupBy(r => r.LheId)
                .ToDictionary(g => g.Key, g => (g.Count(), g.Count(r => RekomendasiStore.Status(r) == RekomendasiStore.Selesai), g.Count(r => RekomendasiStore.Terlambat(r, hariIni))));
            BolehUbah = await Aturan.Lingkup.BolehTulisAsync(db, db.Pelaku, Satker, "lhe", ct);
        }
        return satkerId;
    }

    Task Aturan.IHalamanFormulir.MuatUlangAsync(CancellationToken ct) => LoadAsync(ct);
}
