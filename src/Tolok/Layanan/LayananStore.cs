using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Kinerja;

namespace Tolok.Layanan;

public static class LayananStore
{
    public static async Task<Dictionary<string, string[]>> ValidateAsync(TolokDb db, int satkerId, int? id, LayananEdit e, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(e.Nama) || e.Nama.Length > 300)
        {
            errors["nama"] = ["Nama layanan wajib diisi (paling panjang 300 karakter)."];
        }
        if (e.Tahun is < 2000 or > 2100)
        {
            errors["tahun"] = ["Tahun katalog antara 2000 dan 2100."];
        }
        // A service with records stays in its year: moving it would move its records (and IKU 1.4 of both years).
        if (id is { } x && await db.PelaksanaanLayanan.AnyAsync(p => p.LayananInformasiId == x, ct)
            && await db.LayananInformasi.AnyAsync(l => l.Id == x && l.Tahun != e.Tahun, ct))
        {
            errors["tahun"] = ["Layanan ini sudah memiliki catatan pelaksanaan; tahunnya tidak dapat diubah. Tambahkan layanan baru di katalog tahun lain."];
        }
        if (errors.Count == 0 && await db.LayananInformasi.AnyAsync(l => l.SatkerId == satkerId && l.Id != (id ?? 0) && l.Tahun == e.Tahun && l.Nama == e.Nama!.Trim(), ct))
        {
            errors["nama"] = [$"Layanan \"{e.Nama!.Trim()}\" sudah ada di katalog {e.Tahun}."];
        }
        return errors;
    }

    public static async Task<LayananInformasi> SaveAsync(TolokDb db, int satkerId, int? id, LayananEdit e, int? versi, CancellationToken ct)
    {
        var row = id is null ? null : await db.LayananInformasi.FirstAsync(l => l.Id == id && l.SatkerId == satkerId, ct);
        if (row is not null && versi is { } v)
        {
            Aturan.Versi.Periksa(db, row, v, new LayananEdit(row.Tahun, row.Nama));
        }
        if (row is null)
        {
            row = new LayananInformasi { SatkerId = satkerId, Nama = "" };
            db.LayananInformasi.Add(row);
        }
        row.Tahun = e.Tahun;
        row.Nama = e.Nama!.Trim();
        await db.SaveChangesAsync(ct);
        return row;
    }

    public static Dictionary<string, string[]> Validate(int tahunKatalog, PelaksanaanLayananEdit e)
    {
        var errors = new Dictionary<string, string[]>();
        if (e.Tanggal is null || e.Tanggal.Value.Year != tahunKatalog)
        {
            errors["tanggal"] = [$"Tanggal wajib diisi dan berada pada tahun katalog ({tahunKatalog})."];
        }
        if (string.IsNullOrWhiteSpace(e.Kanal) || string.IsNullOrWhiteSpace(e.JenisPemohon) || string.IsNullOrWhiteSpace(e.Perihal))
        {
            errors["perihal"] = ["Kanal, jenis pemohon dan perihal wajib diisi."];
        }
        else if (e.Kanal.Length > 100 || e.JenisPemohon.Length > 100 || e.Perihal.Length > 500)
        {
            errors["perihal"] = ["Kanal dan jenis pemohon paling panjang 100 karakter, perihal 500."];
        }
        if (e.WaktuResponsJam is < 0 or > 100_000)
        {
            errors["waktuResponsJam"] = ["Waktu respons (jam) antara 0 dan 100.000."];
        }
        return errors;
    }

    public static PelaksanaanLayananDto AsDto(PelaksanaanLayanan p, LayananInformasi layanan) =>
        new(p.Id, layanan.Id, layanan.Nama, p.Tanggal, p.Kanal, p.JenisPemohon, p.Perihal, p.WaktuResponsJam, p.Terpenuhi, p.Versi);

    public static async Task<PelaksanaanLayananDto> SavePelaksanaanAsync(TolokDb db, LayananInformasi layanan, int? id, PelaksanaanLayananEdit e, int? versi, CancellationToken ct)
    {
        // The caller has checked that the entry (id) belongs to the same satker; it may move to another service.
        var row = id is null ? null : await db.PelaksanaanLayanan.FirstAsync(p => p.Id == id, ct);
        if (row is not null && versi is { } v)
        {
            var asal = await db.LayananInformasi.AsNoTracking().FirstAsync(l => l.Id == row.LayananInformasiId, ct);
            Aturan.Versi.Periksa(db, row, v, AsDto(row, asal));
        }
        if (row is null)
        {
            row = new PelaksanaanLayanan { Kanal = "", JenisPemohon = "", Perihal = "" };
            db.PelaksanaanLayanan.Add(row);
        }
        row.LayananInformasiId = layanan.Id;
        row.Tanggal = e.Tanggal!.Value;
        row.Kanal = e.Kanal!.Trim();
        row.JenisPemohon = e.JenisPemohon!.Trim();
        row.Perihal = e.Perihal!.Trim();
        row.WaktuResponsJam = e.WaktuResponsJam;
        row.Terpenuhi = e.Terpenuhi;
        await db.SaveChangesAsync(ct);
        return AsDto(row, layanan);
    }

    public static async Task<List<PelaksanaanLayananDto>> PelaksanaanAsync(TolokDb db, int satkerId, int tahun, CancellationToken ct) =>
        await db.PelaksanaanLayanan.AsNoTracking()
            .Join(db.LayananInformasi.Where(l => l.SatkerId == satkerId && l.Tahun == tahun), p => p.LayananInformasiId, l => l.Id, (p, l) => new { p, l.Nama })
            .OrderBy(x => x.p.Tanggal).ThenBy(x => x.p.Id)
            .Select(x => new PelaksanaanLayananDto(x.p.Id, x.p.LayananInformasiId, x.Nama, x.p.Tanggal, x.p.Kanal, x.p.JenisPemohon, x.p.Perihal, x.p.WaktuResponsJam, x.p.Terpenuhi, x.p.Versi))
            .ToListAsync(ct);

    /// <summary>The year's catalogue; a service is delivered in a period when it was fulfilled at least once by the period's end.</summary>
    public static async Task<List<LayananDto>> ListAsync(TolokDb db, int satkerId, int tahun, string periode, CancellationToken ct)
    {
        var rows = await db.LayananInformasi.AsNoTracking().Include(l => l.Pelaksanaan).Where(l => l.SatkerId == satkerId && l.Tahun == tahun).ToListAsync(ct);
        return Daftar(rows, tahun, periode);
    }

    /// <summary>The catalogue of a year from the satker's services (with their deliveries), in the order entered.</summary>
    public static List<LayananDto> Daftar(IEnumerable<LayananInformasi> rows, int tahun, string periode)
    {
        var p = Periode.Dari(tahun, periode);
        return [.. rows.Where(l => l.Tahun == tahun).OrderBy(l => l.Id).Select(l => new LayananDto(l.Id, l.Tahun, l.Nama, l.Pelaksanaan.Count, l.Pelaksanaan.Count(p => p.Terpenuhi),
            Ukuran.LayananTerlaksana(l.Pelaksanaan.Select(x => (x.Tanggal, x.Terpenuhi)), p), l.Versi))];
    }
}
