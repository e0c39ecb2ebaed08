using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Profil;

/// <summary>
/// A satker's profile for its documents (issue 16): letterhead (address, logo), officials, who signs which document of
/// the year where and when, the staffing register and the Renstra. Perencana and Admin edit; the save guard checks scope.
/// </summary>
[Authorize(Policy = Peran.PolicyKelolaIku)]
public class IndexModel(TolokDb db, TimeProvider time) : PageModel, Aturan.IHalamanSatker, Aturan.IHalamanFormulir, Aturan.IFormulirBerversi
{
    [BindProperty(SupportsGet = true, Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [BindProperty(SupportsGet = true, Name = "tahun")] public int Tahun { get; set; } = DatabaseStartup.SeedTahun;
    /// <summary>The official being edited (?pejabat=id), else a new one.</summary>
    [BindProperty(SupportsGet = true, Name = "pejabat")] public int? PejabatId { get; set; }
    [BindProperty] public int? Versi { get; set; }

    [BindProperty] public string? Alamat { get; set; }
    [BindProperty] public PejabatForm Pejabat { get; set; } = new();
    [BindProperty] public string? Dokumen { get; set; }
    [BindProperty] public PenetapanEdit? Penetapan { get; set; }
    [BindProperty] public PegawaiEdit? PegawaiBaru { get; set; }
    [BindProperty] public RenstraEdit? RenstraBaru { get; set; }

    public sealed class PejabatForm
    {
        public string? Nama { get; set; }
        public string? Nip { get; set; }
        public bool TanpaNip { get; set; }
        public string? Jabatan { get; set; }
        public string? Unit { get; set; }
        public int? AtasanId { get; set; }
        public int? Urutan { get; set; }
        public DateOnly? Mulai { get; set; }
        public DateOnly? Selesai { get; set; }

        public PejabatEdit Edit => new(Nama, Nip, TanpaNip, Jabatan, Unit, AtasanId, Urutan, Mulai, Selesai);
    }

    public int SatkerId { get; private set; }
    public string NamaSatker { get; private set; } = "";
    public bool AdaLogo { get; private set; }
    public List<Pejabat> DaftarPejabat { get; private set; } = [];
    public List<Pejabat> PejabatInduk { get; private set; } = [];
    public Dictionary<string, PenetapanDokumen> DaftarPenetapan { get; private set; } = [];
    public List<Pegawai> DaftarPegawai { get; private set; } = [];
    public Renstra? RenstraKini { get; private set; }

    public static string NamaDokumen(string jenis) => jenis switch
    {
        "pk" => "Perjanjian Kinerja",
        "rencana-aksi" => "Rencana Aksi",
        "lkjip" => "LKjIP",
        "partisipasi" => "Laporan partisipasi masyarakat",
        _ => jenis,
    };

    private async Task<bool> MuatAsync(CancellationToken ct)
    {
        var satker = await db.Satker.AsNoTracking().Where(s => s.Kode == Satker).Select(s => new { s.Id, s.Nama, s.Alamat, s.IndukId }).FirstOrDefaultAsync(ct);
        if (satker is null)
        {
            return false;
        }
        SatkerId = satker.Id;
        NamaSatker = satker.Nama;
        if (HttpMethods.IsGet(Request.Method))
        {
            Alamat = satker.Alamat; // on a post the typed address stays, an emptied one included
        }
        AdaLogo = await db.LogoSatker.AnyAsync(l => l.SatkerId == satker.Id, ct);
        DaftarPejabat = await ProfilStore.PejabatAsync(db, satker.Id, ct);
        PejabatInduk = satker.IndukId is { } induk ? await ProfilStore.PejabatAsync(db, induk, ct) : [];
        DaftarPenetapan = await db.PenetapanDokumen.AsNoTracking().Where(p => p.SatkerId == satker.Id && p.Tahun == Tahun).ToDictionaryAsync(p => p.Dokumen, ct);
        DaftarPegawai = await db.Pegawai.AsNoTracking().Where(p => p.SatkerId == satker.Id && p.Tahun == Tahun)
            .OrderBy(p => p.Golongan).ThenBy(p => p.Pendidikan).ThenBy(p => p.JenisKelamin).ToListAsync(ct);
        RenstraKini = await ProfilStore.RenstraAsync(db, satker.Id, Tahun, ct);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await MuatAsync(ct))
        {
            return NotFound();
        }
        if (PejabatId is { } id)
        {
            var p = DaftarPejabat.FirstOrDefault(x => x.Id == id);
            if (p is null)
            {
                return NotFound();
            }
            Pejabat = new PejabatForm { Nama = p.Nama, Nip = p.Nip, TanpaNip = p.TanpaNip, Jabatan = p.Jabatan, Unit = p.Unit, AtasanId = p.AtasanId, Urutan = p.Urutan, Mulai = p.Mulai, Selesai = p.Selesai };
            Versi = p.Versi;
        }
        return Page();
    }

    /// <summary>The stored logo (PNG, re-encoded on upload), for the preview on this page.</summary>
    public async Task<IActionResult> OnGetLogoAsync(CancellationToken ct)
    {
        var png = await db.LogoSatker.AsNoTracking().Where(l => db.Satker.Any(s => s.Id == l.SatkerId && s.Kode == Satker)).Select(l => l.Png).FirstOrDefaultAsync(ct);
        return png is null ? NotFound() : File(png, "image/png");
    }

    private RedirectResult Kembali(string pesan, string jangkar)
    {
        TempData["Pesan"] = pesan;
        return Redirect($"/Profil?satker={Uri.EscapeDataString(Satker)}&tahun={Tahun}#{jangkar}");
    }

    private PageResult Galat(Dictionary<string, string[]> errors, string awalan)
    {
        foreach (var (key, messages) in errors)
        {
            foreach (var m in messages)
            {
                ModelState.AddModelError(awalan + key, m);
            }
        }
        return Page();
    }

    public async Task<IActionResult> OnPostKopAsync(IFormFile? logo, CancellationToken ct)
    {
        if (!await MuatAsync(ct))
        {
            return NotFound();
        }
        if (Alamat?.Length > 300)
        {
            return Galat(new() { ["alamat"] = ["Alamat paling panjang 300 karakter."] }, "");
        }
        byte[]? png = null;
        if (logo is { Length: > 0 })
        {
            if (logo.Length > ProfilStore.LogoMaksByte)
            {
                return Galat(new() { ["logo"] = ["Berkas logo paling besar 1 MB."] }, "");
            }
            using var buffer = new MemoryStream((int)logo.Length);
            await logo.CopyToAsync(buffer, ct);
            var (hasil, galat) = ProfilStore.Logo(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            if (galat is not null)
            {
                return Galat(new() { ["logo"] = [galat] }, "");
            }
            png = hasil;
        }
        await ProfilStore.SimpanKopAsync(db, SatkerId, Alamat, png, time, ct);
        return Kembali("Kop surat disimpan.", "kop");
    }

    public async Task<IActionResult> OnPostPejabatAsync(CancellationToken ct)
    {
        if (!await MuatAsync(ct))
        {
            return NotFound();
        }
        if (PejabatId is { } id && DaftarPejabat.All(p => p.Id != id))
        {
            return NotFound();
        }
        var errors = ProfilStore.Periksa(Pejabat.Edit, DaftarPejabat.ToDictionary(p => p.Id, p => p.AtasanId), PejabatId);
        if (errors.Count > 0)
        {
            return Galat(errors, "Pejabat.");
        }
        if (PejabatId is not null && Versi is null)
        {
            ModelState.AddModelError("", Aturan.Versi.PesanTanpaVersi);
            return Page();
        }
        await ProfilStore.SimpanPejabatAsync(db, SatkerId, PejabatId, Pejabat.Edit, Versi, ct);
        return Kembali(PejabatId is null ? "Pejabat ditambahkan." : "Pejabat disimpan.", "pejabat");
    }

    public async Task<IActionResult> OnPostHapusPejabatAsync(int hapus, CancellationToken ct)
    {
        if (!await MuatAsync(ct))
        {
            return NotFound();
        }
        var row = await db.Pejabat.FirstOrDefaultAsync(p => p.Id == hapus && p.SatkerId == SatkerId, ct);
        if (row is null)
        {
            return NotFound();
        }
        db.Pejabat.Remove(row);
        await db.SaveChangesAsync(ct);
        return Kembali($"{row.Nama} dihapus dari daftar pejabat.", "pejabat");
    }

    public async Task<IActionResult> OnPostPenetapanAsync(CancellationToken ct)
    {
        if (!await MuatAsync(ct))
        {
            return NotFound();
        }
        if (Dokumen is null || !PenetapanDokumen.Jenis.Contains(Dokumen) || Penetapan is null)
        {
            return NotFound();
        }
        var errors = ProfilStore.Periksa(Dokumen, Penetapan, [.. DaftarPejabat.Select(p => p.Id)], [.. PejabatInduk.Select(p => p.Id)]);
        if (errors.Count > 0)
        {
            return Galat(errors, "Penetapan.");
        }
        await ProfilStore.SimpanPenetapanAsync(db, SatkerId, Tahun, Dokumen, Penetapan, Versi, ct);
        return Kembali($"Penanda tangan {NamaDokumen(Dokumen)} disimpan.", "penetapan");
    }

    public async Task<IActionResult> OnPostPegawaiAsync(CancellationToken ct)
    {
        if (!await MuatAsync(ct))
        {
            return NotFound();
        }
        var edit = PegawaiBaru ?? new PegawaiEdit(null, null, null, null);
        var errors = ProfilStore.Periksa(edit);
        if (errors.Count > 0)
        {
            return Galat(errors, "PegawaiBaru.");
        }
        await ProfilStore.SimpanPegawaiAsync(db, SatkerId, Tahun, edit, ct);
        return Kembali("Data pegawai disimpan.", "pegawai");
    }

    public async Task<IActionResult> OnPostRenstraAsync(CancellationToken ct)
    {
        if (!await MuatAsync(ct))
        {
            return NotFound();
        }
        var edit = RenstraBaru ?? new RenstraEdit(null, null, null, null);
        var errors = ProfilStore.Periksa(edit);
        if (errors.Count > 0)
        {
            return Galat(errors, "RenstraBaru.");
        }
        await ProfilStore.SimpanRenstraAsync(db, SatkerId, edit, Versi, ct);
        return Kembali("Renstra disimpan.", "renstra");
    }

    async Task Aturan.IHalamanFormulir.MuatUlangAsync(CancellationToken ct) => await MuatAsync(ct);
}
