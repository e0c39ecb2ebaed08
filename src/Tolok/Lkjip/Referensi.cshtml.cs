using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Lkjip;

/// <summary>
/// The reference figures the LKjIP compares with (issue 16): national figures and the satker's earlier results, each
/// with its citation (issuer, document, number/date) as users enter it. The citation is printed in the documents, so
/// internal names (note files, register keys, the product's name) are refused.
/// </summary>
[Authorize(Policy = Peran.PolicyKelolaIku)]
public class ReferensiModel(TolokDb db) : PageModel, Aturan.IHalamanSatker, Aturan.IHalamanFormulir
{
    [BindProperty(SupportsGet = true, Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [BindProperty(SupportsGet = true, Name = "tahun")] public int Tahun { get; set; } = DatabaseStartup.SeedTahun;
    [BindProperty(SupportsGet = true, Name = "id")] public int? Id { get; set; }

    [BindProperty] public string? KodeIndikator { get; set; }
    [BindProperty] public int? TahunAngka { get; set; }
    [BindProperty] public string? Jenis { get; set; }
    [BindProperty] public string? Label { get; set; }
    [BindProperty] public string? Nilai { get; set; }
    [BindProperty] public string? Sumber { get; set; }

    public List<AngkaReferensi> Daftar { get; private set; } = [];
    public List<string> KodeIku { get; private set; } = [];

    private async Task<bool> MuatAsync(CancellationToken ct)
    {
        if (!await db.Satker.AnyAsync(s => s.Kode == Satker, ct))
        {
            return false;
        }
        Daftar = await db.AngkaReferensi.AsNoTracking().Where(a => a.Satker == Satker || a.Satker == "RI")
            .OrderBy(a => a.KodeIndikator).ThenBy(a => a.Tahun).ThenBy(a => a.Jenis).ToListAsync(ct);
        KodeIku = (await Iku.IkuStore.LoadAsync(db, Satker, Tahun, null, ct))?.SemuaIndikator.Select(i => i.Kode).ToList() ?? [];
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await MuatAsync(ct))
        {
            return NotFound();
        }
        if (Id is { } id)
        {
            if (Daftar.FirstOrDefault(a => a.Id == id) is not { } a)
            {
                return NotFound();
            }
            (KodeIndikator, TahunAngka, Jenis, Label, Nilai, Sumber) = (a.KodeIndikator, a.Tahun, a.Jenis, a.Label, Format.Isian(a.Nilai), a.Sumber);
        }
        return Page();
    }

    /// <summary>Words that name Tolok's own files or keys rather than a source an evaluator can look up.</summary>
    private static readonly string[] NamaInternal = [".md", ".csv", "tolok", "facts", "glossary", "register "];

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await MuatAsync(ct))
        {
            return NotFound();
        }
        var row = Id is { } id ? await db.AngkaReferensi.FirstOrDefaultAsync(a => a.Id == id && (a.Satker == Satker || a.Satker == "RI"), ct) : null;
        if (Id is not null && row is null)
        {
            return NotFound();
        }
        if (KodeIndikator is null || !KodeIku.Contains(KodeIndikator))
        {
            ModelState.AddModelError(nameof(KodeIndikator), "Pilih IKU dari IKU tahun ini.");
        }
        if (TahunAngka is not (>= 2000 and <= 2100))
        {
            ModelState.AddModelError(nameof(TahunAngka), "Tahun angka pembanding antara 2000 dan 2100.");
        }
        if (Jenis is not ("nasional" or "sebelumnya"))
        {
            ModelState.AddModelError(nameof(Jenis), "Jenis: angka nasional atau hasil sebelumnya satker ini.");
        }
        if (string.IsNullOrWhiteSpace(Label) || Label.Trim().Length > 200)
        {
            ModelState.AddModelError(nameof(Label), "Tuliskan keterangan angka, mis. \"Partisipasi nasional Pemilu 2024\" (paling panjang 200 karakter).");
        }
        if (!Format.TryDesimal(Nilai, out var nilai) || Math.Abs(nilai) >= 100_000_000_000_000m)
        {
            ModelState.AddModelError(nameof(Nilai), $"Nilai \"{Format.Potong(Nilai ?? "")}\" bukan angka; tulis dengan koma desimal, mis. 81,78.");
        }
        if (string.IsNullOrWhiteSpace(Sumber) || Sumber.Trim().Length is < 15 or > 300)
        {
            ModelState.AddModelError(nameof(Sumber), "Sumber wajib diisi lengkap (15–300 karakter): penerbit, dokumen, nomor dan tanggal, mis. \"Keputusan KPU Nomor 360 Tahun 2024, 20 Maret 2024\".");
        }
        else if (NamaInternal.FirstOrDefault(n => Sumber.Contains(n, StringComparison.OrdinalIgnoreCase)) is { } internalName)
        {
            ModelState.AddModelError(nameof(Sumber), $"Sumber menyebut \"{internalName.Trim()}\", bukan dokumen yang dapat ditelusuri pembaca; sebutkan penerbit, dokumen, nomor dan tanggalnya.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var satker = Jenis == "nasional" ? "RI" : Satker;
        var duplicate = await db.AngkaReferensi.AnyAsync(a => a.Id != (Id ?? 0) && a.KodeIndikator == KodeIndikator && a.Tahun == TahunAngka && a.Jenis == Jenis && a.Satker == satker, ct);
        if (duplicate)
        {
            ModelState.AddModelError(nameof(TahunAngka), $"Angka {Jenis} IKU {KodeIndikator} tahun {TahunAngka} sudah ada; ubah yang ada.");
            return Page();
        }
        if (row is null)
        {
            row = new AngkaReferensi { KodeIndikator = "", Jenis = "", Satker = "", Label = "", Sumber = "" };
            db.AngkaReferensi.Add(row);
        }
        row.KodeIndikator = KodeIndikator!;
        row.Tahun = TahunAngka!.Value;
        row.Jenis = Jenis!;
        row.Satker = satker;
        row.Label = Label!.Trim();
        row.Nilai = nilai;
        row.Sumber = Sumber!.Trim();
        await db.SaveChangesAsync(ct);
        TempData["Pesan"] = "Angka pembanding disimpan.";
        return Redirect($"/Dokumen/Referensi?satker={Uri.EscapeDataString(Satker)}&tahun={Tahun}");
    }

    async Task Aturan.IHalamanFormulir.MuatUlangAsync(CancellationToken ct) => await MuatAsync(ct);
}
