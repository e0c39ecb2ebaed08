using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Kinerja;

/// <summary>
/// The rows behind one IKU's realisation for a period: the definition in words, the numbers, and the register rows
/// (each marked whether it counts in the numerator).
/// </summary>
public class RincianModel(TolokDb db) : PageModel
{
    [FromQuery(Name = "satker")] public string Satker { get; set; } = DatabaseStartup.SeedSatker;
    [FromQuery(Name = "tahun")] public int Tahun { get; set; } = DatabaseStartup.SeedTahun;
    [FromQuery(Name = "periode")] public string Periode { get; set; } = "tahunan";
    [FromQuery(Name = "kode")] public string Kode { get; set; } = "";

    public IndikatorKinerjaDto? Indikator { get; private set; }
    public string? Definisi { get; private set; }
    public List<string> Kolom { get; private set; } = [];
    public List<(bool Dihitung, List<string> Sel)> Baris { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Periode = KinerjaQuery.Periode.Contains(Periode) ? Periode : "tahunan";
        ViewData["Tahun"] = Tahun;
        var kinerja = await KinerjaQuery.GetAsync(db, Satker, Tahun, Periode, ct);
        Indikator = kinerja?.Indikator.FirstOrDefault(i => i.Kode == Kode);
        if (Indikator is null)
        {
            return NotFound();
        }
        var definisi = (await DefinisiUkuran.BerlakuAsync(db, Satker, Tahun, ct)).FirstOrDefault(d => d.KodeIndikator == Kode);
        Definisi = definisi?.Uraian;
        if (Definisi is null && Indikator.Sumber?.Register == "partisipasi")
        {
            var sumber = await db.SumberPartisipasiIku.AsNoTracking()
                .Where(x => x.Tahun == Tahun && x.KodeIndikator == Kode && x.Utama && (x.Satker == Satker || x.Satker == null))
                .OrderByDescending(x => x.Satker).FirstOrDefaultAsync(ct);
            if (sumber is not null)
            {
                var kelompok = sumber.Ukuran switch { "perempuan" => "perempuan ", "disabilitas" => "disabilitas ", _ => "" };
                var penyebut = sumber.Penyebut == Partisipasi.PartisipasiMath.PenyebutSemua ? "DPT + DPTb + DPK" : "DPT";
                Definisi = $"Pemilih {kelompok}yang menggunakan hak pilih ÷ pemilih {kelompok}dalam {penyebut} × 100, dijumlahkan atas seluruh TPS di wilayah satker, " +
                    $"untuk {sumber.Pemilihan} surat suara {sumber.SuratSuara}; pemilihan lain tahun ini ditampilkan di sampingnya pada API.";
            }
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
                foreach (var l in await Evaluasi.LheStore.ListAsync(db, satkerId, ct))
                {
                    Baris.Add((l.Nilai == Indikator.Realisasi as decimal?, [l.Evaluator, l.TahunDievaluasi.ToString(System.Globalization.CultureInfo.InvariantCulture), Format.Tanggal(l.TanggalLhe), Format.Bilangan(l.Nilai, 2), l.Predikat ?? "—"]));
                }
                break;
            case "laporan-keuangan":
                Kolom = ["Tahun anggaran", "Laporan", "Pemeriksa", "Hasil", "Tanggal hasil"];
                foreach (var l in await db.LaporanKeuangan.AsNoTracking().Where(l => l.SatkerId == satkerId).OrderBy(l => l.TanggalHasil).ToListAsync(ct))
                {
                    Baris.Add((l.Hasil is not null && l.Hasil == Indikator.Realisasi as string, [l.TahunAnggaran.ToString(System.Globalization.CultureInfo.InvariantCulture), l.Jenis, l.Pemeriksa, l.Hasil ?? "belum", Format.Tanggal(l.TanggalHasil) ?? "—"]));
                }
                break;
            default:
                break;
        }
        return Page();
    }
}
