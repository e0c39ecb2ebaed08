using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Kinerja;

/// <summary>One IKU's row of the targets form, as typed: numbers stay text until the one input rule reads them.</summary>
public sealed class TargetIsian
{
    public string Kode { get; set; } = "";
    public string? Tahunan { get; set; }
    public string? Tw1 { get; set; }
    public string? Tw2 { get; set; }
    public string? Tw3 { get; set; }
    public string? Tw4 { get; set; }
    public string? Baseline { get; set; }
    public string? Renstra { get; set; }
    public string? Kategori { get; set; }

    public static TargetIsian Dari(TargetDto t) => new()
    {
        Kode = t.Kode,
        Tahunan = Format.Isian(t.Tahunan),
        Tw1 = Format.Isian(t.Tw1),
        Tw2 = Format.Isian(t.Tw2),
        Tw3 = Format.Isian(t.Tw3),
        Tw4 = Format.Isian(t.Tw4),
        Baseline = Format.Isian(t.Baseline),
        Renstra = Format.Isian(t.Renstra),
        Kategori = t.Kategori,
    };
}

/// <summary>Editing the targets of a satker's IKU for a year (Perencana/Admin).</summary>
[Authorize(Policy = Peran.PolicyKelolaIku)]
public class TargetModel(TolokDb db, TimeProvider time, GerbangImpor gerbang, Microsoft.Extensions.Options.IOptions<BatasImpor> batas) : PageModel, Aturan.IHalamanSatker, Aturan.IHalamanFormulir, Aturan.IFormulirBerversi
{
    [BindProperty(SupportsGet = true, Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [BindProperty(SupportsGet = true, Name = "tahun")] public int Tahun { get; set; } = DatabaseStartup.SeedTahun;
    [BindProperty] public List<TargetIsian> Input { get; set; } = [];
    /// <summary>The version of the year's target set the form was opened at.</summary>
    [BindProperty] public int? Versi { get; set; }

    public Iku.IkuDto? Iku { get; private set; }

    public static readonly (string Nama, string Label)[] Kolom =
        [("Tahunan", "PK (tahunan)"), ("Tw1", "TW I"), ("Tw2", "TW II"), ("Tw3", "TW III"), ("Tw4", "TW IV"), ("Baseline", "Baseline"), ("Renstra", "Renstra")];

    /// <summary>The workflow status of the year's targets and Rencana Aksi (one item, issue 16).</summary>
    public async Task<string> StatusTargetAsync() =>
        await db.AlurData.AsNoTracking().Where(a => a.Jenis == "target" && a.Kunci == Tahun.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && db.Satker.Any(s => s.Id == a.SatkerId && s.Kode == Satker)).Select(a => a.Status).FirstOrDefaultAsync() ?? Alur.AlurRules.Draf;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Iku = await Tolok.Iku.IkuStore.LoadAsync(db, Satker, Tahun, null, ct);
        if (Iku is null)
        {
            return NotFound();
        }
        Input = [.. (await TargetStore.LoadAsync(db, Satker, Tahun, ct)).Select(TargetIsian.Dari)];
        Versi = await TargetStore.VersiAsync(db, Satker, Tahun, ct);
        return Page();
    }

    /// <summary>Targets from an XLSX sheet (columns kode, tahunan, tw1–tw4, baseline, renstra, kategori); all or nothing.</summary>
    public async Task<IActionResult> OnPostImporAsync(IFormFile? berkas, CancellationToken ct)
    {
        Iku = await Tolok.Iku.IkuStore.LoadAsync(db, Satker, Tahun, null, ct);
        if (Iku is null)
        {
            return NotFound();
        }
        if (berkas is null || berkas.Length == 0)
        {
            ModelState.AddModelError("berkas", "Pilih berkas XLSX berisi target.");
        }
        else
        {
            using var izin = await gerbang.MasukAsync(ct);
            await using var stream = berkas.OpenReadStream();
            var (targets, errors) = TargetStore.FromXlsx(stream, berkas.FileName, batas.Value.BarisMaksimumRegister);
            if (errors.Count == 0)
            {
                var opini = await db.PeringkatKategori.Where(k => k.Skala == "opini").Select(k => k.Label).ToListAsync(ct);
                errors = TargetStore.Validate(Iku, opini, targets);
            }
            foreach (var (key, messages) in errors)
            {
                ModelState.AddModelError(key, $"{key}: {string.Join(" ", messages)}");
            }
            if (ModelState.IsValid)
            {
                await TargetStore.SaveAsync(db, Satker, Tahun, targets, null, User.Identity?.Name, time, ct);
                TempData["Pesan"] = $"{targets.Count} target diimpor.";
                return RedirectToPage("/Kinerja/Index", new { satker = Satker, tahun = Tahun });
            }
        }
        Input = [.. (await TargetStore.LoadAsync(db, Satker, Tahun, ct)).Select(TargetIsian.Dari)];
        Versi = await TargetStore.VersiAsync(db, Satker, Tahun, ct);
        return Page();
    }

    /// <summary>
    /// Saves the form: every cell read by the one input rule; a cell that cannot be read is named (IKU and column) and
    /// keeps what was typed, and nothing is saved, so no stored target is ever blanked by a refused save.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Iku = await Tolok.Iku.IkuStore.LoadAsync(db, Satker, Tahun, null, ct);
        if (Iku is null)
        {
            return NotFound();
        }
        var targets = new List<TargetDto>();
        for (var i = 0; i < Input.Count; i++)
        {
            var row = Input[i];
            decimal? Baca(string nama, string label, string? text)
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }
                if (Format.TryDesimal(text, out var d))
                {
                    return d;
                }
                ModelState.AddModelError($"Input[{i}].{nama}", $"IKU {row.Kode}, kolom {label}: {Format.GalatDesimal(text)}");
                return null;
            }
            targets.Add(new TargetDto(row.Kode, Baca("Tahunan", "PK (tahunan)", row.Tahunan), Baca("Tw1", "TW I", row.Tw1), Baca("Tw2", "TW II", row.Tw2),
                Baca("Tw3", "TW III", row.Tw3), Baca("Tw4", "TW IV", row.Tw4), Baca("Baseline", "Baseline", row.Baseline), Baca("Renstra", "Renstra", row.Renstra),
                string.IsNullOrWhiteSpace(row.Kategori) ? null : row.Kategori));
        }
        if (ModelState.IsValid)
        {
            var opini = await db.PeringkatKategori.Where(k => k.Skala == "opini").Select(k => k.Label).ToListAsync(ct);
            foreach (var (key, messages) in TargetStore.Validate(Iku, opini, targets))
            {
                ModelState.AddModelError($"Input{key}", string.Join(" ", messages));
            }
        }
        if (Versi is null)
        {
            ModelState.AddModelError("", Aturan.Versi.PesanTanpaVersi);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await TargetStore.SaveAsync(db, Satker, Tahun, targets, Versi, User.Identity?.Name, time, ct);
        TempData["Pesan"] = "Target disimpan.";
        return RedirectToPage("/Kinerja/Index", new { satker = Satker, tahun = Tahun });
    }

    /// <summary>Whether a cell was refused (it is highlighted).</summary>
    public bool Ditolak(int i, string nama) => ModelState.TryGetValue($"Input[{i}].{nama}", out var e) && e.Errors.Count > 0;

    async Task Aturan.IHalamanFormulir.MuatUlangAsync(CancellationToken ct) =>
        Iku = await Tolok.Iku.IkuStore.LoadAsync(db, Satker, Tahun, null, ct);
}
