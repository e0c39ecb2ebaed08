using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Alur;

/// <summary>An item's approval state, its history, and the actions the signed-in user may take on it.</summary>
[Authorize]
[RequestFormLimits(MultipartBodyLengthLimit = 64L * 1024 * 1024)]
public class IndexModel(TolokDb db, TimeProvider time, IOutputCacheStore cache, Bukti.PenyimpananBukti store, IAuthorizationService authorization) : PageModel, Aturan.IHalamanSatker, Aturan.IHalamanFormulir
{
    [BindProperty(SupportsGet = true, Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [BindProperty(SupportsGet = true, Name = "jenis")] public string Jenis { get; set; } = "";
    [BindProperty(SupportsGet = true, Name = "kunci")] public string Kunci { get; set; } = "";

    public AlurDto? Alur { get; private set; }
    public List<(string Aksi, string Label)> AksiTersedia { get; private set; } = [];
    public List<Bukti.BuktiDto> Bukti { get; private set; } = [];
    /// <summary>The audit entries of the row itself (for register rows; for those who may read the audit trail).</summary>
    public List<Audit.JejakAudit> Jejak { get; private set; } = [];
    public bool BolehUnggah { get; private set; }
    /// <summary>The item's title as people name it (<see cref="JudulItem"/>).</summary>
    public string Judul { get; private set; } = "";

    public string HalamanItem => Jenis switch
    {
        "laporan-rb" => $"/Laporan/Rb?satker={Uri.EscapeDataString(Satker)}&id={Kunci}#formulir",
        "laporan-keuangan" => $"/Laporan/Keuangan?satker={Uri.EscapeDataString(Satker)}&id={Kunci}#formulir",
        "lhe" => $"/Evaluasi?satker={Uri.EscapeDataString(Satker)}&id={Kunci}#formulir",
        "sengketa" => $"/Sengketa?satker={Uri.EscapeDataString(Satker)}&id={Kunci}#formulir",
        "target" => $"/Kinerja/Target?satker={Uri.EscapeDataString(Satker)}&tahun={Kunci}",
        "lke" => $"/Evaluasi/Lke?satker={Uri.EscapeDataString(Satker)}&tahun={Kunci}",
        "anggaran" => $"/Lkjip/Anggaran?satker={Uri.EscapeDataString(Satker)}&id={Kunci}#formulir",
        "layanan-pelaksanaan" => $"/Layanan?satker={Uri.EscapeDataString(Satker)}&log={Kunci}#log",
        "realisasi" when Kunci.Split(':') is [var y, var p, var k] => $"/Kinerja/Rincian?satker={Uri.EscapeDataString(Satker)}&tahun={y}&periode={p}&kode={k}",
        _ => $"/Register?satker={Uri.EscapeDataString(Satker)}",
    };

    private static readonly (string Aksi, string Label)[] SemuaAksi =
        [("ajukan", "Ajukan"), ("verifikasi", "Verifikasi"), ("setujui", "Setujui"), ("kembalikan", "Kembalikan"), ("buka", "Buka kembali")];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // The bare address (no item named): the satker's approval queue is where items are chosen.
        if (string.IsNullOrWhiteSpace(Jenis) || string.IsNullOrWhiteSpace(Kunci))
        {
            return Redirect($"/Alur/Antrian?satker={Uri.EscapeDataString(Satker)}");
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(string? aksi, string? catatan, CancellationToken ct)
    {
        if (await AlurApi.ItemAsync(db, Satker, Jenis, Kunci, ct) is not { } satkerId)
        {
            return NotFound();
        }
        var (_, galat) = await AlurApi.TerapkanAsync(db, satkerId, Satker, Jenis, Kunci, aksi ?? "", catatan, time, cache, ct);
        if (galat is not null)
        {
            ModelState.AddModelError("aksi", galat);
            await LoadAsync(ct);
            return Page();
        }
        TempData["Pesan"] = "Status data diperbarui.";
        return Redirect(AlurApi.Halaman(Satker, Jenis, Kunci));
    }

    public async Task<IActionResult> OnPostBuktiAsync(IFormFile? berkas, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Pengguna.Peran.PolicyKelolaData)).Succeeded)
        {
            return Forbid();
        }
        if (await AlurApi.ItemAsync(db, Satker, Jenis, Kunci, ct) is not { } satkerId)
        {
            return NotFound();
        }
        if (berkas is null)
        {
            ModelState.AddModelError("berkas", "Pilih berkas bukti dukung.");
        }
        else if ((await Tolok.Bukti.BuktiStore.SimpanAsync(db, store, satkerId, Jenis, Kunci, berkas, User.Identity?.Name ?? "", time, ct)).Galat is { } galat)
        {
            ModelState.AddModelError("berkas", galat);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        TempData["Pesan"] = "Bukti dukung diunggah.";
        return Redirect(AlurApi.Halaman(Satker, Jenis, Kunci));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await AlurApi.ItemAsync(db, Satker, Jenis, Kunci, ct) is not { } satkerId)
        {
            return false;
        }
        Alur = await AlurStore.GetAsync(db, satkerId, Jenis, Kunci, ct);
        Judul = (await JudulItem.JudulAsync(db, satkerId, [(Jenis, Kunci)], ct))[(Jenis, Kunci)];
        Bukti = await Tolok.Bukti.BuktiStore.ListAsync(db, satkerId, Jenis, Kunci, ct);
        var tabel = Jenis switch
        {
            "laporan-rb" => "LaporanRb",
            "laporan-keuangan" => "LaporanKeuangan",
            "lhe" => "Lhe",
            "layanan-pelaksanaan" => "PelaksanaanLayanan",
            "sengketa" => "Perkara",
            "anggaran" => "AnggaranKegiatan",
            _ => null,
        };
        if (tabel is not null && (await authorization.AuthorizeAsync(User, Pengguna.Peran.PolicyLihatAudit)).Succeeded)
        {
            Jejak = await db.JejakAudit.AsNoTracking().Where(j => j.Tabel == tabel && j.Kunci == Kunci).OrderBy(j => j.Urutan).Take(100).ToListAsync(ct);
        }
        BolehUnggah = AlurRules.BolehDiubah(Alur.Status) && await Aturan.Lingkup.BolehTulisAsync(db, db.Pelaku, Satker, Aturan.Lingkup.RegisterDari(Jenis), ct);
        var name = User.Identity?.Name ?? "";
        // Offer only the actions the rules would accept from this user now (returning and reopening still need a note).
        AksiTersedia = [.. SemuaAksi.Where(a => AlurRules.Terapkan(Alur.Status, a.Aksi, name, User.IsInRole, Alur.DiajukanOleh, "catatan", Alur.DiverifikasiOleh, Jenis).Ke is not null)];
        return true;
    }

    Task Aturan.IHalamanFormulir.MuatUlangAsync(CancellationToken ct) => LoadAsync(ct);
}
