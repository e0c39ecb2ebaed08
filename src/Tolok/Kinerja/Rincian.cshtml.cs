using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Kinerja;

/// <summary>
/// The rows behind one IKU's realisation for a period: the definition in words, the numbers, and the register rows
/// (each marked whether it counts in the numerator).
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize]
[Tolok.Pengguna.KirimMembutuhkan(Tolok.Pengguna.Peran.PolicyKelolaData, Handler = "Manual")]
public class RincianModel(TolokDb db, IAuthorizationService authorization, TimeProvider time) : PageModel, Aturan.IHalamanSatker, Aturan.IHalamanFormulir, Aturan.IFormulirBerversi
{
    [BindProperty(SupportsGet = true, Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [BindProperty(SupportsGet = true, Name = "tahun")] public int Tahun { get; set; } = DatabaseStartup.SeedTahun;
    [BindProperty(SupportsGet = true, Name = "periode")] public string Periode { get; set; } = "tahunan";
    [BindProperty(SupportsGet = true, Name = "kode")] public string Kode { get; set; } = "";

    /// <summary>The version of the stored manual value the form was opened at (0: none stored yet).</summary>
    [BindProperty] public int? Versi { get; set; }
    [BindProperty] public string? NilaiManual { get; set; }
    [BindProperty] public string? KategoriManual { get; set; }
    [BindProperty] public string? Justifikasi { get; set; }
    [BindProperty] public string? Bukti { get; set; }

    /// <summary>No register computes this IKU: a manual value may be entered (data roles).</summary>
    public bool BolehManual { get; private set; }
    public List<TitikTren> Tren { get; private set; } = [];
    public string? StatusRealisasi { get; private set; }

    public IndikatorKinerjaDto? Indikator { get; private set; }
    public string? Definisi { get; private set; }
    /// <summary>For a participation IKU: which election(s) give the value in this period, by the rule kept as data.</summary>
    public string? AturanPartisipasi { get; private set; }
    public bool BolehAturan { get; private set; }
    public List<string> Kolom { get; private set; } = [];
    public List<(bool Dihitung, List<string> Sel)> Baris { get; private set; } = [];

    public async Task<IActionResult> OnPostManualAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Peran.PolicyKelolaData)).Succeeded)
        {
            return Forbid();
        }
        var satkerId = await db.Satker.Where(s => s.Kode == Satker).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        if (satkerId is null)
        {
            return NotFound();
        }
        decimal? nilai = null;
        if (!string.IsNullOrWhiteSpace(NilaiManual))
        {
            if (Format.TryDesimal(NilaiManual, out var d))
            {
                nilai = d;
            }
            else
            {
                ModelState.AddModelError(nameof(NilaiManual), $"Nilai realisasi: {Format.GalatDesimal(NilaiManual)}");
            }
        }
        var edit = new RealisasiManualEdit(Periode, nilai, string.IsNullOrWhiteSpace(KategoriManual) ? null : KategoriManual, Justifikasi, Bukti);
        foreach (var (key, messages) in await RealisasiManualStore.ValidateAsync(db, Satker, Tahun, Kode, edit, ct))
        {
            ModelState.AddModelError(key, string.Join(" ", messages));
        }
        if (Versi is null)
        {
            ModelState.AddModelError("", Aturan.Versi.PesanTanpaVersi);
        }
        if (!ModelState.IsValid)
        {
            return await OnGetAsync(ct);
        }
        await RealisasiManualStore.SaveAsync(db, satkerId.Value, Tahun, Kode, edit, Versi!.Value, User.Identity?.Name, time, ct);
        TempData["Pesan"] = $"Realisasi manual IKU {Kode} disimpan.";
        return Redirect($"/Kinerja/Rincian?satker={Uri.EscapeDataString(Satker)}&tahun={Tahun}&periode={Periode}&kode={Uri.EscapeDataString(Kode)}");
    }

    /// <summary>A post must name its form (handler); one that does not is refused.</summary>
    public IActionResult OnPost() => BadRequest();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Periode = Kinerja.Periode.Dari(Tahun, Periode).Nama;
        ViewData["Tahun"] = Tahun;
        var kinerja = await KinerjaQuery.GetAsync(db, Satker, Tahun, Periode, ct);
        Indikator = kinerja?.Indikator.FirstOrDefault(i => i.Kode == Kode);
        if (Indikator is null)
        {
            // No IKU chosen (the bare address), or no IKU set for this satker and year: the dashboard is the chooser.
            return string.IsNullOrWhiteSpace(Kode) || kinerja is null
                ? Redirect($"/Kinerja?satker={Uri.EscapeDataString(Satker)}&tahun={Tahun}&periode={Uri.EscapeDataString(Periode)}")
                : NotFound();
        }
        Tren = (await KinerjaQuery.TrenAsync(db, Satker, Tahun, [Kode], 3, ct))[Kode];
        StatusRealisasi = await db.AlurData.AsNoTracking()
            .Where(a => a.Jenis == "realisasi" && a.Kunci == $"{Tahun}:{Periode}:{Kode}" && db.Satker.Any(s => s.Id == a.SatkerId && s.Kode == Satker))
            .Select(a => a.Status).FirstOrDefaultAsync(ct);
        BolehManual = !await KinerjaQuery.PunyaRegisterAsync(db, Satker, Tahun, Kode, ct)
            && await Aturan.Lingkup.BolehTulisAsync(db, db.Pelaku, Satker, "realisasi", ct);
        if (!Request.HasFormContentType)
        {
            Versi = await db.RealisasiManual.AsNoTracking()
                .Where(m => m.Tahun == Tahun && m.Periode == Periode && m.KodeIndikator == Kode && db.Satker.Any(s => s.Id == m.SatkerId && s.Kode == Satker))
                .Select(m => m.Versi).FirstOrDefaultAsync(ct);
        }
        if (BolehManual && !Request.HasFormContentType && Indikator.Manual)
        {
            (NilaiManual, KategoriManual, Justifikasi, Bukti) = (Indikator.Realisasi is decimal v ? Format.Ringkas(v) : null,
                Indikator.Realisasi as string, Indikator.Justifikasi, Indikator.Bukti);
        }
        var definisi = (await DefinisiUkuran.BerlakuAsync(db, Satker, Tahun, ct)).FirstOrDefault(d => d.KodeIndikator == Kode);
        Definisi = definisi?.Uraian;
        if (Definisi is null && (await Partisipasi.AturanNilaiIku.BerlakuAsync(db, Satker, Tahun, ct)).FirstOrDefault(g => g[0].KodeIndikator == Kode) is { } sumber)
        {
            var kelompok = sumber[0].Ukuran switch { "perempuan" => "perempuan ", "disabilitas" => "disabilitas ", _ => "" };
            var penyebut = sumber[0].Penyebut == Partisipasi.PartisipasiMath.PenyebutSemua ? "DPT + DPTb + DPK" : "DPT";
            Definisi = $"Pemilih {kelompok}yang menggunakan hak pilih ÷ pemilih {kelompok}dalam {penyebut} × 100, dijumlahkan atas seluruh TPS di wilayah satker, " +
                $"untuk setiap pemilihan tahun ini ({string.Join(", ", sumber.Select(x => $"{x.Pemilihan} {x.SuratSuara}"))}); " +
                $"aturan nilai IKU: {Partisipasi.AturanNilaiIku.Nama(Partisipasi.AturanNilaiIku.Dari(sumber))}.";
            AturanPartisipasi = Indikator.Keterangan;
            BolehAturan = await Aturan.Lingkup.BolehTulisAsync(db, db.Pelaku, Satker, "target", ct);
        }
        var satkerId = await db.Satker.Where(s => s.Kode == Satker).Select(s => s.Id).FirstAsync(ct);
        switch (Indikator.Sumber?.Register)
        {
            case "tahapan":
                Kolom = ["Tahapan", "Jadwal", "Pelaksanaan", "Insiden"];
                foreach (var t in await Tahapan.TahapanStore.ListAsync(db, Satker, Tahun, Periode, ct))
                {
                    var counts = definisi?.Register == "tahapan-aman" ? t.Aman : t.SesuaiJadwal;
                    Baris.Add((counts, [$"{t.Pemilihan} · {t.Nomor} {t.Nama}", $"{Format.Tanggal(t.JadwalMulai)} – {Format.Tanggal(t.JadwalSelesai)}",
                        t.RealisasiMulai is null ? "belum dicatat" : $"{Format.Tanggal(t.RealisasiMulai)} – {Format.Tanggal(t.RealisasiSelesai) ?? "berjalan"}",
                        string.Join("; ", t.Insiden.Select(i => $"{i.Jenis} (keparahan {i.Keparahan})"))]));
                }
                break;
            case "sengketa":
                Kolom = ["Perkara", "Peran KPU", "Putusan"];
                foreach (var p in await Sengketa.SengketaStore.ListAsync(db, Satker, Tahun, Periode, ct))
                {
                    Baris.Add((p.Menang == true, [$"{p.Forum} {p.NomorPerkara}", p.PeranKpu, $"{p.Putusan}, {Format.Tanggal(p.TanggalPutusan)}"]));
                }
                break;
            case "laporan-rb":
                Kolom = ["Laporan", "Jatuh tempo", "Disampaikan"];
                foreach (var l in await Laporan.LaporanStore.RbAsync(db, satkerId, Tahun, Periode, ct))
                {
                    Baris.Add((l.TepatWaktu, [l.Nama, Format.Tanggal(l.JatuhTempo), Format.Tanggal(l.TanggalDisampaikan) ?? "belum"]));
                }
                break;
            case "layanan":
                Kolom = ["Layanan", "Dilaksanakan", "Terpenuhi"];
                foreach (var l in await Layanan.LayananStore.ListAsync(db, satkerId, Tahun, Periode, ct))
                {
                    Baris.Add((l.TerlaksanaPadaPeriode, [l.Nama, Format.Bilangan(l.Dilaksanakan), Format.Bilangan(l.Terpenuhi)]));
                }
                break;
            case "lhe":
                Kolom = ["Evaluator", "Tahun dievaluasi", "Tanggal LHE", "Nilai", "Predikat"];
                // The row marked is the one that gives the value: the latest LHE issued in the period, by the same rule.
                var dipakai = await Evaluasi.LheStore.TerakhirAsync(db, satkerId, Tahun, Periode, ct);
                foreach (var l in await Evaluasi.LheStore.ListAsync(db, satkerId, ct))
                {
                    Baris.Add((l.Id == dipakai?.Id, [l.Evaluator, l.TahunDievaluasi.ToString(System.Globalization.CultureInfo.InvariantCulture), Format.Tanggal(l.TanggalLhe), Format.Bilangan(l.Nilai, 2), l.Predikat ?? "—"]));
                }
                break;
            case "laporan-keuangan":
                Kolom = ["Tahun anggaran", "Laporan", "Pemeriksa", "Hasil", "Tanggal hasil"];
                var laporan = await db.LaporanKeuangan.AsNoTracking().Where(l => l.SatkerId == satkerId).OrderBy(l => l.TanggalHasil).ToListAsync(ct);
                var hasil = Laporan.LaporanStore.Hasil(laporan, Kinerja.Periode.Dari(Tahun, Periode));
                foreach (var l in laporan)
                {
                    Baris.Add((l.Id == hasil?.Id, [l.TahunAnggaran.ToString(System.Globalization.CultureInfo.InvariantCulture), l.Jenis, l.Pemeriksa, l.Hasil ?? "belum", Format.Tanggal(l.TanggalHasil) ?? "—"]));
                }
                break;
            default:
                break;
        }
        return Page();
    }

    Task Aturan.IHalamanFormulir.MuatUlangAsync(CancellationToken ct) => OnGetAsync(ct);
}
