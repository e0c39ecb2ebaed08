using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Partisipasi.Impor;
using Tolok.Pengguna;

namespace Tolok.Partisipasi;

/// <summary>Upload of participation data (CSV, XLSX, Sirekap JSON or zip) with a readable report of what was refused.</summary>
[Authorize(Policy = Peran.PolicyKelolaData)]
[RequestSizeLimit(TpsUpload.MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = TpsUpload.MaxBytes)]
public class ImporModel(TolokDb db, TimeProvider time, GerbangImpor gerbang) : PageModel, Aturan.IHalamanSatker, Aturan.IHalamanFormulir
{
    [BindProperty] public string Pemilihan { get; set; } = "pemilu-2024";
    [BindProperty] public string Surat { get; set; } = "PPWP";
    [BindProperty(SupportsGet = true)] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [BindProperty] public bool Sebagian { get; set; }
    [BindProperty] public IFormFile? Berkas { get; set; }
    /// <summary>"data" (TPS results of one ballot) or "daftar" (the election's TPS list: the denominator of coverage).</summary>
    [BindProperty(SupportsGet = true)] public string Jenis { get; set; } = "data";

    public List<Pemilihan.Pemilihan> DaftarPemilihan { get; private set; } = [];
    public List<Satker.Satker> DaftarSatker { get; private set; } = [];
    public HasilImpor? Hasil { get; private set; }
    public IReadOnlyList<GalatImpor>? Galat { get; private set; }
    public DaftarTpsImpor.Hasil? HasilDaftar { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Berkas is null || Berkas.Length == 0)
        {
            ModelState.AddModelError(nameof(Berkas), "Pilih berkas yang akan diimpor.");
            return Page();
        }
        if (Jenis == "daftar")
        {
            (HasilDaftar, Galat) = await TpsUpload.ImportDaftarAsync(db, gerbang, Berkas, Pemilihan, Satker, ct);
            return Page();
        }
        Jenis = "data";
        var (hasil, galat) = await TpsUpload.ImportAsync(db, gerbang, Berkas, Pemilihan, Surat, Satker, Sebagian, User.Identity?.Name, time, ct);
        Hasil = hasil;
        Galat = galat ?? (hasil is { Galat.Count: > 0 } ? hasil.Galat : null);
        return Page();
    }

    Task Aturan.IHalamanFormulir.MuatUlangAsync(CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        DaftarPemilihan = await db.Pemilihan.AsNoTracking().Include(p => p.SuratSuara).OrderBy(p => p.Tanggal).ToListAsync(ct);
        DaftarSatker = await db.Satker.AsNoTracking().OrderBy(s => s.Kode).ToListAsync(ct);
    }
}
