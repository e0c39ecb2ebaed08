using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Partisipasi;

/// <summary>
/// The rule that gives IKU 3.1–3.3 their value in a year of several elections (issue 16, point 3): the latest
/// election held (default), a named election, or the mean of the chosen elections' ratios. Saving writes the satker's
/// own rows (a copy of the defaults the first time); they are part of the year's targets and locked with them.
/// </summary>
[Authorize(Policy = Peran.PolicyKelolaIku)]
public class AturanModel(TolokDb db) : PageModel, Aturan.IHalamanSatker, Aturan.IHalamanFormulir
{
    [BindProperty(SupportsGet = true, Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [BindProperty(SupportsGet = true, Name = "tahun")] public int Tahun { get; set; } = DatabaseStartup.SeedTahun;

    [BindProperty] public string? Kode { get; set; }
    [BindProperty] public string? Aturan { get; set; }
    /// <summary>Chosen elections as "pemilihan|surat suara".</summary>
    [BindProperty] public List<string> Pilih { get; set; } = [];

    public List<List<SumberPartisipasiIku>> Kelompok { get; private set; } = [];
    public Dictionary<string, RealisasiPartisipasiDto> Nilai { get; private set; } = [];
    public Dictionary<string, string> NamaPemilihan { get; private set; } = [];

    public static string Kunci(SumberPartisipasiIku s) => $"{s.Pemilihan}|{s.SuratSuara}";

    private async Task<bool> MuatAsync(CancellationToken ct)
    {
        if (!await db.Satker.AnyAsync(s => s.Kode == Satker, ct))
        {
            return false;
        }
        Kelompok = await AturanNilaiIku.BerlakuAsync(db, Satker, Tahun, ct);
        Nilai = (await RealisasiPartisipasi.GetAsync(db, Satker, Tahun, ct) ?? []).ToDictionary(r => r.Kode);
        NamaPemilihan = (await db.Pemilihan.AsNoTracking().Include(p => p.SuratSuara).ToListAsync(ct))
            .SelectMany(p => p.SuratSuara.Select(b => (Kunci: $"{p.Slug}|{b.Kode}", Nama: $"{p.Nama} — {b.Nama} ({Format.Tanggal(p.Tanggal)})")))
            .ToDictionary(x => x.Kunci, x => x.Nama);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await MuatAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await MuatAsync(ct))
        {
            return NotFound();
        }
        var group = Kelompok.FirstOrDefault(g => g[0].KodeIndikator == Kode);
        if (group is null)
        {
            ModelState.AddModelError(nameof(Kode), $"IKU \"{Format.Potong(Kode ?? "")}\" tidak diukur dari data TPS pada tahun {Tahun}.");
            return Page();
        }
        var keys = group.Select(Kunci).ToHashSet(StringComparer.Ordinal);
        var chosen = Pilih.Distinct(StringComparer.Ordinal).ToList();
        if (chosen.FirstOrDefault(c => !keys.Contains(c)) is { } unknown)
        {
            ModelState.AddModelError(nameof(Pilih), $"Pemilihan \"{Format.Potong(unknown)}\" tidak termasuk pemilihan IKU {Kode} tahun {Tahun}.");
        }
        switch (Aturan)
        {
            case AturanNilaiIku.Terbaru:
                chosen = [];
                break;
            case AturanNilaiIku.Bernama when chosen.Count != 1:
                ModelState.AddModelError(nameof(Pilih), "Aturan pemilihan yang ditetapkan: pilih tepat satu pemilihan.");
                break;
            case AturanNilaiIku.RataRata when chosen.Count < 2:
                ModelState.AddModelError(nameof(Pilih), "Aturan rata-rata: pilih paling sedikit dua pemilihan yang dirata-ratakan.");
                break;
            case AturanNilaiIku.Bernama or AturanNilaiIku.RataRata:
                break;
            default:
                ModelState.AddModelError(nameof(Aturan), "Pilih aturan: pemilihan terakhir, pemilihan yang ditetapkan, atau rata-rata.");
                break;
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        // The satker's own rows: a copy of the defaults the first time, so other satker keep theirs.
        var own = await db.SumberPartisipasiIku.Where(s => s.Satker == Satker && s.Tahun == Tahun && s.KodeIndikator == Kode).ToListAsync(ct);
        if (own.Count == 0)
        {
            own = [.. group.Select(s => new SumberPartisipasiIku
            {
                Satker = Satker, Tahun = s.Tahun, KodeIndikator = s.KodeIndikator, Ukuran = s.Ukuran, Penyebut = s.Penyebut,
                Pemilihan = s.Pemilihan, SuratSuara = s.SuratSuara, Urutan = s.Urutan,
            })];
            db.SumberPartisipasiIku.AddRange(own);
        }
        foreach (var s in own)
        {
            s.Utama = chosen.Contains(Kunci(s));
        }
        await db.SaveChangesAsync(ct);
        TempData["Pesan"] = $"Aturan nilai IKU {Kode} disimpan: {AturanNilaiIku.Nama(Aturan!)}.";
        return Redirect($"/Partisipasi/Aturan?satker={Uri.EscapeDataString(Satker)}&tahun={Tahun}");
    }

    async Task Aturan.IHalamanFormulir.MuatUlangAsync(CancellationToken ct) => await MuatAsync(ct);
}
