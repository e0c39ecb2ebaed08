using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Lke;
using Tolok.Pengguna;

namespace Tolok.Evaluasi;

/// <summary>
/// The SAKIP self-assessment of a satker and year evaluated (issue 18): the score by komponen beside the last LHE, and
/// every kriteria with Tolok's suggestion, its reason and evidence, and a form to answer it (planners of the satker).
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize]
[KirimMembutuhkan(Peran.PolicyKelolaIku)]
public class LkeModel(TolokDb db, TimeProvider time, Microsoft.AspNetCore.Authorization.IAuthorizationService authorization) : PageModel, Aturan.IHalamanSatker, Aturan.IHalamanFormulir, Aturan.IFormulirBerversi
{
    [BindProperty(SupportsGet = true, Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [BindProperty(SupportsGet = true, Name = "tahun")] public int Tahun { get; set; } = DatabaseStartup.SeedTahun;
    [BindProperty] public int? Versi { get; set; }
    [BindProperty] public string? Kriteria { get; set; }
    [BindProperty] public string? Jawaban { get; set; }
    [BindProperty] public string? Catatan { get; set; }
    [BindProperty] public string? AlasanBeda { get; set; }
    [BindProperty] public string? Bukti { get; set; }

    public LkeDto? Lke { get; private set; }
    public bool BolehUbah { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await MuatAsync(ct);
        return Lke is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Peran.PolicyKelolaIku)).Succeeded)
        {
            return Forbid();
        }
        var satkerId = await db.Satker.Where(s => s.Kode == Satker).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        if (satkerId is null || string.IsNullOrEmpty(Kriteria))
        {
            return NotFound();
        }
        if (Versi is null)
        {
            ModelState.AddModelError("", Aturan.Versi.PesanTanpaVersi);
            await MuatAsync(ct);
            return Page();
        }
        var bukti = (Bukti ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var errors = await LkeStore.SimpanAsync(db, satkerId.Value, Satker, Tahun, Kriteria, new JawabanLkeEdit(Jawaban, Catatan, AlasanBeda, bukti), Versi.Value, time, ct);
        if (errors is { Count: > 0 })
        {
            foreach (var (key, messages) in errors)
            {
                ModelState.AddModelError(key, $"{Kriteria}: {string.Join(" ", messages)}");
            }
            await MuatAsync(ct);
            return Page();
        }
        TempData["Pesan"] = $"Jawaban kriteria {Kriteria} disimpan.";
        return Redirect($"/Evaluasi/Lke?satker={Uri.EscapeDataString(Satker)}&tahun={Tahun}#k-{Uri.EscapeDataString(Kriteria)}");
    }

    private async Task MuatAsync(CancellationToken ct)
    {
        Lke = await LkeQuery.GetAsync(db, Satker, Tahun, ct);
        if (Lke is not null)
        {
            // A failed post keeps the version it was made on (or the one the rules' filter gives after a stale save).
            Versi = HttpMethods.IsGet(Request.Method) ? Lke.Versi : Versi ?? Lke.Versi;
            BolehUbah = await Aturan.Lingkup.BolehTulisAsync(db, db.Pelaku, Satker, "lke", ct)
                && Alur.AlurRules.BolehDiubah(Lke.Status);
        }
    }

    Task Aturan.IHalamanFormulir.MuatUlangAsync(CancellationToken ct) => MuatAsync(ct);
}
