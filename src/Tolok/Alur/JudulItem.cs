using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Alur;

/// <summary>
/// An item's title as people name it ("Laporan RB Semester I 2024", "Sengketa 001/PS.REG/…", "Partisipasi Pemilu
/// 2024 — PPWP"), for every list where items appear (issue 15); one query per kind of item in the list.
/// </summary>
public static class JudulItem
{
    public static async Task<Dictionary<(string Jenis, string Kunci), string>> JudulAsync(
        TolokDb db, int satkerId, IReadOnlyCollection<(string Jenis, string Kunci)> items, CancellationToken ct)
    {
        var result = new Dictionary<(string, string), string>();
        foreach (var group in items.GroupBy(i => i.Jenis))
        {
            var ids = group.Select(i => int.TryParse(i.Kunci, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).Where(n => n > 0).ToList();
            Dictionary<int, string> names = group.Key switch
            {
                "laporan-rb" => await db.LaporanRb.AsNoTracking().Where(x => ids.Contains(x.Id) && x.SatkerId == satkerId).ToDictionaryAsync(x => x.Id, x => "Laporan RB " + x.Nama, ct),
                "laporan-keuangan" => await db.LaporanKeuangan.AsNoTracking().Where(x => ids.Contains(x.Id) && x.SatkerId == satkerId)
                    .ToDictionaryAsync(x => x.Id, x => $"{x.Jenis} tahun anggaran {x.TahunAnggaran}", ct),
                "lhe" => await db.Lhe.AsNoTracking().Where(x => ids.Contains(x.Id) && x.SatkerId == satkerId)
                    .ToDictionaryAsync(x => x.Id, x => $"LHE SAKIP tahun {x.TahunDievaluasi} ({x.Evaluator})", ct),
                "sengketa" => await db.Perkara.AsNoTracking().Where(x => ids.Contains(x.Id) && x.SatkerId == satkerId)
                    .ToDictionaryAsync(x => x.Id, x => $"Sengketa {x.NomorPerkara} ({x.Forum})", ct),
                "layanan-pelaksanaan" => await (from p in db.PelaksanaanLayanan.AsNoTracking()
                                                join l in db.LayananInformasi on p.LayananInformasiId equals l.Id
                                                where ids.Contains(p.Id) && l.SatkerId == satkerId
                                                select new { p.Id, l.Nama, p.Tanggal, p.Perihal }).ToDictionaryAsync(x => x.Id, x => $"Layanan {x.Nama}, {Format.Tanggal(x.Tanggal)}: {Format.Potong(x.Perihal, 60)}", ct),
                "tahapan" => await db.Tahapan.AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => "Tahapan " + x.Nama, ct),
                "anggaran" => await db.AnggaranKegiatan.AsNoTracking().Where(x => ids.Contains(x.Id) && x.SatkerId == satkerId)
                    .ToDictionaryAsync(x => x.Id, x => $"Anggaran {x.Tahun} {x.Kode} {x.Uraian}", ct),
                _ => [],
            };
            foreach (var (jenis, kunci) in group)
            {
                var id = int.TryParse(kunci, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
                result[(jenis, kunci)] = names.TryGetValue(id, out var name) ? name : jenis switch
                {
                    "realisasi" when kunci.Split(':') is [var tahun, var periode, var iku] && int.TryParse(tahun, NumberStyles.None, CultureInfo.InvariantCulture, out var y) =>
                        $"Realisasi IKU {iku}, {(Kinerja.Periode.TryParse(y, periode, out var p) ? p.Judul : periode)} {tahun}",
                    "partisipasi" when kunci.Split(':') is [var slug, var surat] => await PartisipasiAsync(db, slug, surat, ct),
                    "target" => $"Target kinerja dan rencana aksi tahun {kunci}",
                    "lke" => $"Penilaian mandiri LKE SAKIP tahun {kunci}",
                    _ => $"{jenis} {kunci}",
                };
            }
        }
        return result;
    }

    private static async Task<string> PartisipasiAsync(TolokDb db, string slug, string surat, CancellationToken ct)
    {
        var names = await (from p in db.Pemilihan.AsNoTracking()
                           join s in db.SuratSuara on p.Id equals s.PemilihanId
                           where p.Slug == slug && s.Kode == surat
                           select new { Pemilihan = p.Nama, Surat = s.Nama }).FirstOrDefaultAsync(ct);
        return names is null ? $"Partisipasi {slug} {surat}" : $"Partisipasi {names.Pemilihan} — {names.Surat}";
    }
}
