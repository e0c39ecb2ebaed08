using Microsoft.EntityFrameworkCore;
using Tolok.Alur;
using Tolok.Aturan;
using Tolok.Infrastructure;

namespace Tolok.Tugas;

/// <summary>An item waiting for the user, or returned to them: what, where, since when, and the page to act on it.</summary>
public sealed record TugasItemDto(string Satker, string Jenis, string Kunci, string Judul, string Status, string? Oleh, DateTime Sejak, string Halaman, string? Catatan = null);

/// <summary>A register the user is PIC of with nothing recorded for the year.</summary>
public sealed record RegisterKosongDto(string Satker, string Register, string Nama, int Tahun, string Halaman);

/// <summary>A deadline: what is due, when, whether it is already late, and where to do it.</summary>
public sealed record TenggatDto(string Judul, DateOnly Tanggal, bool Terlambat, string Halaman);

/// <summary>GET /api/v1/tugas and the start page "Tugas saya".</summary>
public sealed record TugasDto(
    int Tahun, IReadOnlyList<TugasItemDto> MenungguVerifikasi, IReadOnlyList<TugasItemDto> MenungguPersetujuan,
    IReadOnlyList<TugasItemDto> Dikembalikan, IReadOnlyList<RegisterKosongDto> RegisterKosong, IReadOnlyList<TenggatDto> Tenggat);

/// <summary>
/// What the signed-in user should do next, computed from the workflow, the PIC assignments and the calendar of
/// obligations: the same rules that decide whether the action would be accepted decide whether it is listed.
/// </summary>
public static class TugasQuery
{
    private static readonly Dictionary<string, string> NamaRegister = new()
    {
        ["laporan-rb"] = "Laporan RB",
        ["laporan-keuangan"] = "Laporan keuangan",
        ["lhe"] = "LHE SAKIP",
        ["layanan"] = "Layanan informasi",
        ["sengketa"] = "Sengketa",
        ["tahapan"] = "Tahapan",
        ["anggaran"] = "Anggaran",
        ["partisipasi"] = "Partisipasi",
        ["realisasi"] = "Realisasi manual IKU",
    };

    public static async Task<TugasDto> GetAsync(TolokDb db, Pelaku pelaku, int tahun, DateOnly hariIni, string satkerPilihan, CancellationToken ct)
    {
        var terbaca = await Lingkup.TerbacaAsync(db, pelaku, ct);
        var satker = await db.Satker.AsNoTracking().Select(s => new { s.Id, s.Kode }).ToListAsync(ct);
        var kodeOf = satker.ToDictionary(s => s.Id, s => s.Kode);
        var idTerbaca = satker.Where(s => terbaca is null || terbaca.Contains(s.Kode)).Select(s => s.Id).ToList();

        // 1. Items on which my verification or approval is the next step, and items returned to me.
        var alur = await db.AlurData.AsNoTracking()
            .Where(a => idTerbaca.Contains(a.SatkerId) && (a.Status == AlurRules.Diajukan || a.Status == AlurRules.Diverifikasi
                || (a.Status == AlurRules.Dikembalikan && a.DiajukanOleh == pelaku.Nama)))
            .OrderBy(a => a.DiubahPada).Take(500).ToListAsync(ct);
        var verifikasi = new List<AlurData>();
        var setujui = new List<AlurData>();
        var kembali = alur.Where(a => a.Status == AlurRules.Dikembalikan).ToList();
        foreach (var a in alur.Where(a => a.Status != AlurRules.Dikembalikan))
        {
            var aksi = a.Status == AlurRules.Diajukan ? "verifikasi" : "setujui";
            if (AlurRules.Terapkan(a.Status, aksi, pelaku.Nama, pelaku.Punya, a.DiajukanOleh, "catatan", a.DiverifikasiOleh, a.Jenis).Ke is null
                || !await Lingkup.BolehAlurAsync(db, pelaku, kodeOf[a.SatkerId], a.Jenis, aksi, ct))
            {
                continue;
            }
            (aksi == "verifikasi" ? verifikasi : setujui).Add(a);
        }
        var catatanKembali = kembali.Count == 0 ? [] : await db.RiwayatAlur.AsNoTracking()
            .Where(r => kembali.Select(k => k.Id).Contains(r.AlurDataId) && r.Ke == AlurRules.Dikembalikan)
            .GroupBy(r => r.AlurDataId).Select(g => new { g.Key, Catatan = g.OrderByDescending(r => r.Id).Select(r => r.Catatan).First() })
            .ToDictionaryAsync(x => x.Key, x => x.Catatan, ct);
        var judul = new Dictionary<(string, string), string>();
        foreach (var g in alur.GroupBy(a => a.SatkerId))
        {
            foreach (var kv in await JudulItem.JudulAsync(db, g.Key, [.. g.Select(a => (a.Jenis, a.Kunci))], ct))
            {
                judul[(kodeOf[g.Key] + "|" + kv.Key.Jenis, kv.Key.Kunci)] = kv.Value;
            }
        }
        List<TugasItemDto> Item(IEnumerable<AlurData> rows) => [.. rows.Select(a => new TugasItemDto(
            kodeOf[a.SatkerId], a.Jenis, a.Kunci, judul.GetValueOrDefault((kodeOf[a.SatkerId] + "|" + a.Jenis, a.Kunci), $"{a.Jenis} {a.Kunci}"),
            a.Status, a.DiajukanOleh, a.DiubahPada, AlurApi.Halaman(kodeOf[a.SatkerId], a.Jenis, a.Kunci), catatanKembali.GetValueOrDefault(a.Id)))];

        // 2. Registers I am PIC of with nothing recorded for the year ("*" satker: the satker chosen in the header).
        var kosong = new List<RegisterKosongDto>();
        var pic = await db.PenugasanPic.AsNoTracking().Where(p => p.NamaPengguna == pelaku.Nama).ToListAsync(ct);
        foreach (var (kode, register) in pic
                     .SelectMany(p => (p.Register == "*" ? Lingkup.Register : [p.Register]).Select(r => (Kode: p.Satker == "*" ? satkerPilihan : p.Satker, Register: r)))
                     .Distinct().OrderBy(x => x.Kode, StringComparer.Ordinal).ThenBy(x => x.Register, StringComparer.Ordinal))
        {
            if (satker.FirstOrDefault(s => s.Kode == kode) is not { } s || await AdaDataAsync(db, s.Id, kode, register, tahun, ct) is not false)
            {
                continue;
            }
            kosong.Add(new RegisterKosongDto(kode, register, NamaRegister.GetValueOrDefault(register, register), tahun, HalamanRegister(kode, register, tahun)));
        }

        // 3. The next deadlines from the calendar of obligations (its rules, the RB reports, the LHE recommendations):
        //    of the satker chosen (or the first readable), what is due from today and what is late and not done.
        var kodeUtama = terbaca is null || terbaca.Contains(satkerPilihan) ? satkerPilihan : terbaca.Order(StringComparer.Ordinal).FirstOrDefault() ?? satkerPilihan;
        var tenggat = new List<TenggatDto>();
        if (satker.FirstOrDefault(s => s.Kode == kodeUtama) is { } utama)
        {
            tenggat.AddRange((await Kalender.KalenderQuery.DaftarAsync(db, [(utama.Id, utama.Kode)], hariIni.AddDays(-90), hariIni.AddYears(1), hariIni, ct))
                .Where(k => k.Terlambat || (k.Tanggal >= hariIni && k.Selesai != true))
                .Select(k => new TenggatDto(k.Judul, k.Tanggal, k.Terlambat, k.Halaman)));
        }
        tenggat = [.. tenggat.OrderBy(t => t.Tanggal).Take(8)];

        return new TugasDto(tahun, Item(verifikasi), Item(setujui), Item(kembali), kosong, tenggat);
    }

    /// <summary>Whether the register holds anything of the year for the satker; null where the question has no yearly answer.</summary>
    private static async Task<bool?> AdaDataAsync(TolokDb db, int satkerId, string kode, string register, int tahun, CancellationToken ct) => register switch
    {
        "laporan-rb" => await db.LaporanRb.AnyAsync(r => r.SatkerId == satkerId && r.PeriodeDari.Year == tahun, ct),
        "laporan-keuangan" => await db.LaporanKeuangan.AnyAsync(r => r.SatkerId == satkerId && r.TahunAnggaran == tahun, ct),
        "lhe" => await db.Lhe.AnyAsync(r => r.SatkerId == satkerId && r.TahunDievaluasi == tahun - 1, ct),
        "layanan" => await (from p in db.PelaksanaanLayanan
                            join l in db.LayananInformasi on p.LayananInformasiId equals l.Id
                            where l.SatkerId == satkerId && p.Tanggal.Year == tahun
                            select p.Id).AnyAsync(ct),
        "tahapan" => await db.Tahapan.AnyAsync(t => t.JadwalMulai.Year == tahun, ct)
            ? await (from p in db.PelaksanaanTahapan
                     join t in db.Tahapan on p.TahapanId equals t.Id
                     where p.SatkerId == satkerId && t.JadwalMulai.Year == tahun
                     select p.Id).AnyAsync(ct)
            : null,
        "anggaran" => await db.AnggaranKegiatan.AnyAsync(r => r.SatkerId == satkerId && r.Tahun == tahun, ct),
        "realisasi" => await db.RealisasiManual.AnyAsync(r => r.SatkerId == satkerId && r.Tahun == tahun, ct),
        "partisipasi" => await db.Pemilihan.AnyAsync(p => p.Tanggal.Year == tahun, ct)
            ? await (from i in db.ImporTps join p in db.Pemilihan on i.PemilihanId equals p.Id where i.Satker == kode && p.Tanggal.Year == tahun select i.Id).AnyAsync(ct)
            : null,
        // Disputes: a year without a case is normal, so an empty register is not a task.
        _ => null,
    };

    private static string HalamanRegister(string kode, string register, int tahun)
    {
        var s = Uri.EscapeDataString(kode);
        return register switch
        {
            "laporan-rb" => $"/Laporan/Rb?satker={s}&tahun={tahun}",
            "laporan-keuangan" => $"/Laporan/Keuangan?satker={s}",
            "lhe" => $"/Evaluasi?satker={s}",
            "layanan" => $"/Layanan?satker={s}&tahun={tahun}",
            "tahapan" => $"/Tahapan?satker={s}",
            "anggaran" => $"/Lkjip/Anggaran?satker={s}&tahun={tahun}",
            "realisasi" => $"/Kinerja?satker={s}&tahun={tahun}",
            "partisipasi" => $"/Partisipasi/Impor?satker={s}",
            _ => $"/Register?satker={s}",
        };
    }
}