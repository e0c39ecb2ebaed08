using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Iku;

/// <summary>
/// Editing the IKU catalog (Perencana/Admin, see WebApp). Saving never changes a stored revision: it stores the
/// next one. Rows are added and removed by posting the form back, so the page works without script.
/// </summary>
public class EditModel(TolokDb db, TimeProvider time) : PageModel, Aturan.IHalamanSatker
{
    // Bound from the query on GET and from hidden fields on POST, so that every button of the form (whose
    // formaction carries only its handler) still edits the satker and year the form was opened for.
    [BindProperty(SupportsGet = true, Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [BindProperty(SupportsGet = true, Name = "tahun")] public int Tahun { get; set; } = DatabaseStartup.SeedTahun;

    [BindProperty] public IkuEdit Input { get; set; } = new();
    /// <summary>The revision the form was opened at (0: no set yet): a revision saved since is not overwritten unseen.</summary>
    [BindProperty] public int? Versi { get; set; }

    public string? NamaSatker { get; private set; }
    /// <summary>The parent satker's IKU of the same year, which an IKU here may support (cascading).</summary>
    public IReadOnlyList<IndikatorDto> IkuInduk { get; private set; } = [];
    public int? RevisiTerakhir { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadSatkerAsync(ct))
        {
            return NotFound();
        }
        var latest = await IkuStore.LoadAsync(db, Satker, Tahun, null, ct);
        Input = latest is null ? Blank() : IkuEditRules.FromDto(latest);
        Versi = latest?.Revisi ?? 0;
        return Page();
    }

    public async Task<IActionResult> OnPostSimpanAsync(CancellationToken ct)
    {
        if (!await LoadSatkerAsync(ct))
        {
            return NotFound();
        }
        if (Versi != (RevisiTerakhir ?? 0))
        {
            ModelState.AddModelError("", Versi is null
                ? Aturan.Versi.PesanTanpaVersi
                : $"IKU ini telah direvisi orang lain (revisi {RevisiTerakhir}) sejak Anda membukanya pada revisi {Versi}. Buka revisi terbaru, lalu terapkan lagi perubahan Anda; isian Anda masih tampil di bawah.");
        }
        foreach (var (key, messages) in IkuEditRules.Validate(Input))
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError($"{nameof(Input)}.{key}", message);
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (penetapan, sasaran) = IkuEditRules.Normalize(Input);
        int revisi;
        bool baru;
        try
        {
            (revisi, baru) = await IkuStore.SaveRevisionAsync(db, Satker, Tahun, penetapan, sasaran, Input.Keterangan!.Trim(), User.Identity?.Name, time, ct);
        }
        catch (IkuException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
        TempData["Pesan"] = baru ? $"Perubahan disimpan sebagai revisi {revisi}." : $"Tidak ada perubahan dibandingkan revisi {revisi}; tidak ada revisi baru.";
        return RedirectToPage("/Iku/Index", new { satker = Satker, tahun = Tahun });
    }

    /// <summary>Creates the year's first revision from a template (the parent's set, a sibling's, or last year's).</summary>
    public async Task<IActionResult> OnPostTemplatAsync(string? sumber, string? saudara, CancellationToken ct)
    {
        if (!await LoadSatkerAsync(ct))
        {
            return NotFound();
        }
        try
        {
            var iku = await Cascading.DariTemplatAsync(db, Satker, Tahun, new TemplatIkuDto(sumber, saudara?.Trim()), User.Identity?.Name, time, ct);
            TempData["Pesan"] = $"IKU tahun {Tahun} dibuat dari templat sebagai revisi {iku.Revisi}; periksa dan lengkapi penetapannya.";
            return RedirectToPage("/Iku/Index", new { satker = Satker, tahun = Tahun });
        }
        catch (IkuException e)
        {
            ModelState.AddModelError("", e.Message);
            Input = Blank();
            return Page();
        }
    }

    public Task<IActionResult> OnPostTambahSasaranAsync(CancellationToken ct) => Rebuild(() =>
        Input.Sasaran.Add(new SasaranEdit { Indikator = [new IndikatorEdit()] }), ct);

    public Task<IActionResult> OnPostTambahIndikatorAsync(int s, CancellationToken ct) => Rebuild(() =>
    {
        if (s >= 0 && s < Input.Sasaran.Count)
        {
            Input.Sasaran[s].Indikator.Add(new IndikatorEdit());
        }
    }, ct);

    public Task<IActionResult> OnPostHapusSasaranAsync(int s, CancellationToken ct) => Rebuild(() =>
    {
        if (s >= 0 && s < Input.Sasaran.Count)
        {
            Input.Sasaran.RemoveAt(s);
        }
    }, ct);

    public Task<IActionResult> OnPostHapusIndikatorAsync(int s, int i, CancellationToken ct) => Rebuild(() =>
    {
        if (s >= 0 && s < Input.Sasaran.Count && i >= 0 && i < Input.Sasaran[s].Indikator.Count)
        {
            Input.Sasaran[s].Indikator.RemoveAt(i);
        }
    }, ct);

    /// <summary>Changes the form's rows and shows it again; nothing is saved.</summary>
    private async Task<IActionResult> Rebuild(Action change, CancellationToken ct)
    {
        if (!await LoadSatkerAsync(ct))
        {
            return NotFound();
        }
        change();
        // The posted values are re-rendered from Input, not from the posted form, because indexes moved.
        ModelState.Clear();
        return Page();
    }

    private async Task<bool> LoadSatkerAsync(CancellationToken ct)
    {
        NamaSatker = await db.Satker.Where(s => s.Kode == Satker).Select(s => s.Nama).FirstOrDefaultAsync(ct);
        RevisiTerakhir = (await IkuStore.RevisionsAsync(db, Satker, Tahun, ct)).FirstOrDefault()?.Revisi;
        var induk = await db.Satker.Where(s => s.Kode == Satker).Select(s => s.Induk == null ? null : s.Induk.Kode).FirstOrDefaultAsync(ct);
        IkuInduk = induk is null ? [] : (await IkuStore.LoadAsync(db, induk, Tahun, null, ct))?.SemuaIndikator.ToList() ?? [];
        ViewData["Tahun"] = Tahun;
        return NamaSatker is not null;
    }

    private static IkuEdit Blank() => new() { Sasaran = [new SasaranEdit { Indikator = [new IndikatorEdit()] }] };
}
