using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Lkjip;

/// <summary>Editing the narrative sections of the LKjIP and the PK signatories (Perencana/Admin).</summary>
[Authorize(Policy = Peran.PolicyKelolaIku)]
public class NarasiModel(TolokDb db, TimeProvider time) : PageModel, Aturan.IHalamanSatker, Aturan.IHalamanFormulir, Aturan.IFormulirBerversi
{
    [BindProperty(SupportsGet = true, Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [BindProperty(SupportsGet = true, Name = "tahun")] public int Tahun { get; set; } = DatabaseStartup.SeedTahun;

    /// <summary>The posted section, its text as typed and the version it was opened at (kept on a refused save).</summary>
    [BindProperty] public string? Bagian { get; set; }
    [BindProperty] public string? Teks { get; set; }
    [BindProperty] public int? Versi { get; set; }

    public List<NarasiDto> Daftar { get; private set; } = [];

    /// <summary>What a section's box shows: the text just posted for it, else the stored text or draft.</summary>
    public string TeksUntuk(NarasiDto n) => Request.HasFormContentType && Bagian == n.Bagian && Teks is not null ? Teks : n.Teks;

    /// <summary>The version a section's form carries: after a refused save the one the filter gave, else the stored one.</summary>
    public int VersiUntuk(NarasiDto n) => Request.HasFormContentType && Bagian == n.Bagian && Versi is { } v ? v : n.Versi;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var list = await NarasiStore.ListAsync(db, Satker, Tahun, ct);
        if (list is null)
        {
            return NotFound();
        }
        Daftar = list;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (bagian, teks) = (Bagian, Teks);
        var list = await NarasiStore.ListAsync(db, Satker, Tahun, ct);
        if (list is null || list.All(n => n.Bagian != bagian))
        {
            return NotFound();
        }
        if (teks?.Length > 20000)
        {
            ModelState.AddModelError("teks", "Teks paling panjang 20.000 karakter; tidak ada yang disimpan.");
            Daftar = list;
            return Page();
        }
        if (Versi is null)
        {
            ModelState.AddModelError("", Aturan.Versi.PesanTanpaVersi);
            Daftar = list;
            return Page();
        }
        await NarasiStore.SaveAsync(db, Satker, Tahun, bagian!, teks, Versi.Value, User.Identity?.Name, time, ct);
        TempData["Pesan"] = string.IsNullOrWhiteSpace(teks) ? "Bagian dikembalikan ke draf otomatis." : "Bagian disimpan.";
        return Redirect($"/Dokumen/Narasi?satker={Uri.EscapeDataString(Satker)}&tahun={Tahun}#{bagian!.Replace(':', '-')}");
    }

    async Task Aturan.IHalamanFormulir.MuatUlangAsync(CancellationToken ct) =>
        Daftar = await NarasiStore.ListAsync(db, Satker, Tahun, ct) ?? [];
}
