using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tolok.Alur;
using Tolok.Infrastructure;

namespace Tolok.Kalender;

/// <summary>
/// One occurrence of an obligation: a stable identifier (the iCalendar UID and the reminder's key), whose, what, when,
/// whether it is done (null where Tolok does not track it), overdue, and the page to do it on.
/// </summary>
public sealed record KewajibanDto(string Uid, string Satker, string Kode, string Judul, DateOnly Tanggal, bool? Selesai, bool Terlambat, string Halaman);

/// <summary>An obligation's rule as it applies to a satker: the satker's own or the default.</summary>
public sealed record AturanKewajibanDto(string Kode, string Judul, int Bulan, int? Hari, bool TahunBerikut, bool Aktif, bool MilikSatker, int Versi, string ContohTanggal) : Aturan.IDtoBerversi;

public sealed record AturanKewajibanEdit(string? Judul, int? Bulan, int? Hari, bool? TahunBerikut, bool? Aktif);

/// <summary>
/// The calendar of obligations (issue 18 point 5, decision 124): the yearly rules kept as data (defaults, replaced per
/// satker), the RB reports' due dates from their register and the LHE recommendations' due dates.
/// </summary>
public static class KalenderQuery
{
    /// <summary>The defaults seeded on a new database; "{tahun}" is the obligation's year.</summary>
    public static readonly IReadOnlyList<(string Kode, string Judul, bool TahunBerikut, int Bulan, int? Hari)> Bawaan =
    [
        ("pk", "Perjanjian Kinerja tahun {tahun} ditandatangani", false, 1, 31),
        ("rencana-aksi", "Rencana Aksi tahun {tahun} disusun dan disetujui", false, 1, 31),
        ("pemantauan-tw1", "Pemantauan Rencana Aksi triwulan I {tahun}: realisasi diisi dan diajukan", false, 4, 10),
        ("pemantauan-tw2", "Pemantauan Rencana Aksi triwulan II {tahun}: realisasi diisi dan diajukan", false, 7, 10),
        ("pemantauan-tw3", "Pemantauan Rencana Aksi triwulan III {tahun}: realisasi diisi dan diajukan", false, 10, 10),
        ("pemantauan-tw4", "Pemantauan Rencana Aksi triwulan IV {tahun}: realisasi diisi dan diajukan", true, 1, 10),
        ("lkjip", "LKjIP tahun {tahun} disampaikan", true, 2, null),
        ("lke", "Penilaian mandiri LKE tahun {tahun} diajukan", true, 3, 31),
    ];

    /// <summary>Adds the defaults missing from the database (a changed default is kept).</summary>
    public static async Task SeedAsync(TolokDb db, CancellationToken ct)
    {
        var ada = await db.AturanKewajiban.Where(a => a.SatkerId == null).Select(a => a.Kode).ToListAsync(ct);
        foreach (var b in Bawaan.Where(b => !ada.Contains(b.Kode)))
        {
            db.AturanKewajiban.Add(new AturanKewajiban { Kode = b.Kode, Judul = b.Judul, TahunBerikut = b.TahunBerikut, Bulan = b.Bulan, Hari = b.Hari });
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The due date of an obligation of <paramref name="tahun"/>: day Hari (or the last) of the month, in the year or the next.</summary>
    public static DateOnly Tanggal(int tahun, int bulan, int? hari, bool tahunBerikut)
    {
        var y = tahun + (tahunBerikut ? 1 : 0);
        var akhir = DateTime.DaysInMonth(y, bulan);
        return new DateOnly(y, bulan, Math.Min(hari ?? akhir, akhir));
    }

    private static string Judul(string pola, int tahun) => pola.Replace("{tahun}", tahun.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>The rules that apply to each satker: its own where it has one, else the default.</summary>
    public static async Task<Dictionary<int, List<AturanKewajiban>>> AturanAsync(TolokDb db, IReadOnlyCollection<int> satkerIds, CancellationToken ct)
    {
        var rows = await db.AturanKewajiban.AsNoTracking().Where(a => a.SatkerId == null || satkerIds.Contains(a.SatkerId!.Value)).ToListAsync(ct);
        // One default per obligation: should two servers starting at once both have seeded a default, the first counts.
        var bawaan = rows.Where(a => a.SatkerId is null).OrderBy(a => a.Id).DistinctBy(a => a.Kode).ToList();
        return satkerIds.Distinct().ToDictionary(id => id, id =>
        {
            var milik = rows.Where(a => a.SatkerId == id).ToDictionary(a => a.Kode);
            return bawaan.Select(a => milik.GetValueOrDefault(a.Kode) ?? a).Concat(milik.Values.Where(m => bawaan.All(b => b.Kode != m.Kode))).ToList();
        });
    }

    public static AturanKewajibanDto AsDto(AturanKewajiban a, int tahun) =>
        new(a.Kode, a.Judul, a.Bulan, a.Hari, a.TahunBerikut, a.Aktif, a.SatkerId is not null, a.Versi, Format.Tanggal(Tanggal(tahun, a.Bulan, a.Hari, a.TahunBerikut)));

    /// <summary>
    /// The obligations of the satkers due from <paramref name="dari"/> to <paramref name="sampai"/>, by date: the
    /// rules' occurrences, the RB reports not yet delivered (or delivered: done) and the LHE recommendations.
    /// </summary>
    public static async Task<List<KewajibanDto>> DaftarAsync(TolokDb db, IReadOnlyList<(int Id, string Kode)> satker, DateOnly dari, DateOnly sampai, DateOnly hariIni, CancellationToken ct)
    {
        var ids = satker.Select(s => s.Id).ToList();
        var kodeOf = satker.ToDictionary(s => s.Id, s => s.Kode);
        var aturan = await AturanAsync(db, ids, ct);
        var tahunDari = dari.Year - 1;
        var penetapan = await db.PenetapanDokumen.AsNoTracking()
            .Where(p => ids.Contains(p.SatkerId) && p.Tahun >= tahunDari && p.Tahun <= sampai.Year && p.Tanggal != null)
            .Select(p => new { p.SatkerId, p.Tahun, p.Dokumen, p.Tanggal }).ToListAsync(ct);
        var alur = await db.AlurData.AsNoTracking()
            .Where(a => ids.Contains(a.SatkerId) && (a.Jenis == "target" || a.Jenis == "lke"))
            .Select(a => new { a.SatkerId, a.Jenis, a.Kunci, a.Status }).ToListAsync(ct);
        var hasil = new List<KewajibanDto>();
        foreach (var id in ids.Distinct())
        {
            var kode = kodeOf[id];
            var s = Uri.EscapeDataString(kode);
            foreach (var a in aturan[id].Where(a => a.Aktif))
            {
                for (var tahun = tahunDari; tahun <= sampai.Year; tahun++)
                {
                    var tanggal = Tanggal(tahun, a.Bulan, a.Hari, a.TahunBerikut);
                    if (tanggal < dari || tanggal > sampai)
                    {
                        continue;
                    }
                    var kunci = tahun.ToString(CultureInfo.InvariantCulture);
                    bool? selesai = a.Kode switch
                    {
                        "pk" or "lkjip" => penetapan.Any(p => p.SatkerId == id && p.Tahun == tahun && p.Dokumen == a.Kode && p.Tanggal <= hariIni),
                        "rencana-aksi" => alur.Any(x => x.SatkerId == id && x.Jenis == "target" && x.Kunci == kunci && x.Status == AlurRules.Disetujui),
                        "lke" => alur.Any(x => x.SatkerId == id && x.Jenis == "lke" && x.Kunci == kunci && !AlurRules.BolehDiubah(x.Status)),
                        _ => null,
                    };
                    var halaman = a.Kode switch
                    {
                        "pk" => $"/Kinerja/Target?satker={s}&tahun={tahun}",
                        "rencana-aksi" => $"/Kinerja/RencanaAksi?satker={s}&tahun={tahun}",
                        "lkjip" => $"/Dokumen?satker={s}&tahun={tahun}",
                        "lke" => $"/Evaluasi/Lke?satker={s}&tahun={tahun}",
                        _ when a.Kode.StartsWith("pemantauan-tw", StringComparison.Ordinal) => $"/Kinerja?satker={s}&tahun={tahun}&periode=TW{a.Kode[^1]}",
                        _ => $"/Kalender?satker={s}",
                    };
                    hasil.Add(new KewajibanDto($"{a.Kode}-{kunci}-{kode}@tolok", kode, a.Kode, Judul(a.Judul, tahun), tanggal, selesai, selesai == false && tanggal < hariIni, halaman));
                }
            }
        }
        var rb = await db.LaporanRb.AsNoTracking()
            .Where(r => ids.Contains(r.SatkerId) && r.JatuhTempo >= dari && r.JatuhTempo <= sampai)
            .Select(r => new { r.Id, r.SatkerId, r.Nama, r.JatuhTempo, r.TanggalDisampaikan }).ToListAsync(ct);
        hasil.AddRange(rb.Select(r => new KewajibanDto($"laporan-rb-{r.Id}@tolok", kodeOf[r.SatkerId], "laporan-rb", $"Laporan RB {r.Nama} ({kodeOf[r.SatkerId]})",
            r.JatuhTempo, r.TanggalDisampaikan is not null, r.TanggalDisampaikan is null && r.JatuhTempo < hariIni,
            AlurApi.Halaman(kodeOf[r.SatkerId], "laporan-rb", r.Id.ToString(CultureInfo.InvariantCulture)))));
        var lhe = await db.Lhe.AsNoTracking().Where(l => ids.Contains(l.SatkerId)).Select(l => new { l.Id, l.SatkerId, l.TahunDievaluasi }).ToListAsync(ct);
        var rekomendasi = lhe.Count == 0 ? [] : await Evaluasi.RekomendasiStore.MuatAsync(db, [.. lhe.Select(l => l.Id)], ct);
        foreach (var r in rekomendasi.Where(r => r.JatuhTempo >= dari && r.JatuhTempo <= sampai))
        {
            var l = lhe.First(x => x.Id == r.LheId);
            var selesai = Evaluasi.RekomendasiStore.Status(r) == Evaluasi.RekomendasiStore.Selesai;
            hasil.Add(new KewajibanDto($"rekomendasi-lhe-{r.Id}@tolok", kodeOf[l.SatkerId], "rekomendasi-lhe",
                $"Tindak lanjut rekomendasi {r.Nomor} LHE tahun {l.TahunDievaluasi}: {Format.Potong(r.Uraian, 80)}", r.JatuhTempo, selesai, !selesai && r.JatuhTempo < hariIni,
                $"/Evaluasi/Rekomendasi?satker={Uri.EscapeDataString(kodeOf[l.SatkerId])}&lhe={l.Id}#r{r.Id}"));
        }
        return [.. hasil.OrderBy(k => k.Tanggal).ThenBy(k => k.Satker, StringComparer.Ordinal).ThenBy(k => k.Uid, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The satkers whose obligations a person's calendar and reminders carry: those of their assignments; the
    /// installation's own satker for whoever reads every satker (Admin, an unassigned Perencana, an assignment "*" —
    /// not 553 calendars); nothing for someone who reads nothing yet (a new user without an assignment, decision 87).
    /// </summary>
    public static async Task<List<(int Id, string Kode)>> SatkerPenggunaAsync(TolokDb db, string namaPengguna, CancellationToken ct)
    {
        var penugasan = await db.PenugasanPic.AsNoTracking().Where(p => p.NamaPengguna == namaPengguna).Select(p => p.Satker).Distinct().ToListAsync(ct);
        var kode = penugasan.Where(k => k != "*").ToList();
        if (kode.Count == 0)
        {
            var peran = await (from u in db.Users
                               join ur in db.UserRoles on u.Id equals ur.UserId
                               join r in db.Roles on ur.RoleId equals r.Id
                               where u.UserName == namaPengguna
                               select r.Name).ToListAsync(ct);
            var bacaSemua = penugasan.Contains("*") || peran.Contains(Pengguna.Peran.Admin) || (peran.Contains(Pengguna.Peran.Perencana) && penugasan.Count == 0);
            if (!bacaSemua)
            {
                return [];
            }
            kode = [DatabaseStartup.SeedSatker];
        }
        return [.. (await db.Satker.AsNoTracking().Where(s => kode.Contains(s.Kode)).Select(s => new { s.Id, s.Kode }).ToListAsync(ct)).Select(s => (s.Id, s.Kode))];
    }
}
