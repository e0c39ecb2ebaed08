using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Kinerja;

namespace Tolok.Laporan;

public static class LaporanStore
{
    public static LaporanRbDto AsDto(LaporanRb l) => new(l.Id, l.Nama, l.PeriodeDari, l.PeriodeSampai, l.JatuhTempo, l.TanggalDisampaikan, l.TepatWaktu, l.Bukti, l.Versi);

    public static LaporanKeuanganDto AsDto(LaporanKeuangan l) => new(l.Id, l.TahunAnggaran, l.Jenis, l.Pemeriksa, l.Hasil, l.TanggalHasil, l.SesuaiSap, l.TanggalDisampaikan, l.BatasWaktu, l.Versi);

    public static Task<List<string>> OpiniAsync(TolokDb db, CancellationToken ct) =>
        db.PeringkatKategori.Where(k => k.Skala == "opini").OrderBy(k => k.Peringkat).Select(k => k.Label).ToListAsync(ct);

    public static async Task<List<LaporanKeuanganDto>> KeuanganAsync(TolokDb db, int satkerId, CancellationToken ct) =>
        [.. (await db.LaporanKeuangan.AsNoTracking().Where(l => l.SatkerId == satkerId).OrderBy(l => l.TahunAnggaran).ThenBy(l => l.Id).ToListAsync(ct)).Select(AsDto)];

    /// <summary>Adds (id null) or updates a report of the satker; the caller has validated the edit.</summary>
    public static async Task<LaporanRbDto> SaveRbAsync(TolokDb db, int satkerId, int? id, LaporanRbEdit e, int? versi, CancellationToken ct)
    {
        var row = id is null ? null : await db.LaporanRb.FirstAsync(l => l.Id == id && l.SatkerId == satkerId, ct);
        if (row is not null && versi is { } v)
        {
            Aturan.Versi.Periksa(db, row, v, AsDto(row));
        }
        if (row is null)
        {
            row = new LaporanRb { SatkerId = satkerId, Nama = "" };
            db.LaporanRb.Add(row);
        }
        row.Nama = e.Nama!.Trim();
        row.PeriodeDari = e.PeriodeDari!.Value;
        row.PeriodeSampai = e.PeriodeSampai!.Value;
        row.JatuhTempo = e.JatuhTempo!.Value;
        row.TanggalDisampaikan = e.TanggalDisampaikan;
        row.Bukti = string.IsNullOrWhiteSpace(e.Bukti) ? null : e.Bukti.Trim();
        await db.SaveChangesAsync(ct);
        return AsDto(row);
    }

    public static async Task<LaporanKeuanganDto> SaveKeuanganAsync(TolokDb db, int satkerId, int? id, LaporanKeuanganEdit e, int? versi, CancellationToken ct)
    {
        var row = id is null ? null : await db.LaporanKeuangan.FirstAsync(l => l.Id == id && l.SatkerId == satkerId, ct);
        if (row is not null && versi is { } v)
        {
            Aturan.Versi.Periksa(db, row, v, AsDto(row));
        }
        if (row is null)
        {
            row = new LaporanKeuangan { SatkerId = satkerId, Jenis = "", Pemeriksa = "" };
            db.LaporanKeuangan.Add(row);
        }
        row.TahunAnggaran = e.TahunAnggaran;
        row.Jenis = e.Jenis!.Trim();
        row.Pemeriksa = e.Pemeriksa!.Trim();
        row.Hasil = string.IsNullOrWhiteSpace(e.Hasil) ? null : e.Hasil.Trim().ToUpperInvariant();
        row.TanggalHasil = e.TanggalHasil;
        row.SesuaiSap = e.SesuaiSap;
        row.TanggalDisampaikan = e.TanggalDisampaikan;
        row.BatasWaktu = e.BatasWaktu;
        await db.SaveChangesAsync(ct);
        return AsDto(row);
    }

    /// <summary>RB reports; with a year, those due from 1 January up to the period's end.</summary>
    public static async Task<List<LaporanRbDto>> RbAsync(TolokDb db, int satkerId, int? tahun, string periode, CancellationToken ct)
    {
        var rows = await db.LaporanRb.AsNoTracking().Where(l => l.SatkerId == satkerId).ToListAsync(ct);
        return Rb(rows, tahun, periode);
    }

    /// <summary>Of a satker's RB reports, those due in the period (every one when no year), by due date.</summary>
    public static List<LaporanRbDto> Rb(IEnumerable<LaporanRb> rows, int? tahun, string periode) =>
        [.. rows.OrderBy(l => l.JatuhTempo).ThenBy(l => l.Id).Where(l => tahun is not { } y || Ukuran.RbDihitung(l.JatuhTempo, Periode.Dari(y, periode))).Select(AsDto)];

    /// <summary>Of a satker's reports, the one whose result gives the period's value (<see cref="Ukuran.Terakhir"/>).</summary>
    public static LaporanKeuangan? Hasil(IEnumerable<LaporanKeuangan> rows, Periode p) =>
        Ukuran.Terakhir(rows.Where(l => l.Hasil != null), l => l.TanggalHasil, l => l.Id, p);

    public static Dictionary<string, string[]> Validate(LaporanRbEdit e)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(e.Nama) || e.Nama.Length > 300)
        {
            errors["nama"] = ["Nama laporan wajib diisi (paling panjang 300 karakter)."];
        }
        if (e.PeriodeDari is null || e.PeriodeSampai is null || e.PeriodeSampai < e.PeriodeDari)
        {
            errors["periodeSampai"] = ["Isi periode yang dilaporkan (dari ≤ sampai)."];
        }
        if (e.JatuhTempo is null)
        {
            errors["jatuhTempo"] = ["Tanggal jatuh tempo wajib diisi."];
        }
        if (e.Bukti?.Length > 500)
        {
            errors["bukti"] = ["Bukti paling panjang 500 karakter (nomor dokumen atau tautan)."];
        }
        return errors;
    }

    public static Dictionary<string, string[]> Validate(LaporanKeuanganEdit e, IReadOnlyList<string> opini)
    {
        var errors = new Dictionary<string, string[]>();
        if (e.TahunAnggaran is < 2000 or > 2100)
        {
            errors["tahunAnggaran"] = ["Tahun anggaran antara 2000 dan 2100."];
        }
        if (string.IsNullOrWhiteSpace(e.Jenis) || string.IsNullOrWhiteSpace(e.Pemeriksa))
        {
            errors["jenis"] = ["Jenis laporan dan pemeriksa/pereviu wajib diisi."];
        }
        if (e.Hasil is not null && !opini.Contains(e.Hasil.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            errors["hasil"] = [$"Hasil harus salah satu dari: {string.Join(", ", opini)}."];
        }
        if ((e.Hasil is null) != (e.TanggalHasil is null))
        {
            errors["tanggalHasil"] = ["Hasil dan tanggal hasil diisi bersama."];
        }
        return errors;
    }
}
