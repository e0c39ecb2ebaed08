using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Kinerja;

namespace Tolok.Tahapan;

public static class TahapanStore
{
    /// <summary>The stages that count in a year's period (<see cref="TahapanMath.Berlaku"/>), with this satker's record of each.</summary>
    public static async Task<List<TahapanDto>> ListAsync(TolokDb db, string kode, int tahun, string periode, CancellationToken ct)
    {
        var akhir = Periode.Dari(tahun, periode).Akhir;
        var ambang = await AmbangAsync(db, kode, tahun, ct);
        return [.. (await MuatAsync(db, kode, ct))
            .Where(x => TahapanMath.Berlaku(x.Fakta, tahun, akhir))
            .Select(x => new TahapanDto(x.Tahapan.Id, x.Slug, x.Tahapan.Nomor, x.Tahapan.Nama, x.Tahapan.JadwalMulai, x.Tahapan.JadwalSelesai,
                x.Pelaksanaan?.RealisasiMulai, x.Pelaksanaan?.RealisasiSelesai, x.Pelaksanaan?.SesuaiKetentuan, x.Pelaksanaan?.Catatan,
                TahapanMath.SesuaiJadwal(x.Fakta, akhir), TahapanMath.Aman(x.Fakta, ambang),
                [.. (x.Pelaksanaan?.Insiden ?? []).OrderBy(i => i.Tanggal).Select(i => new InsidenDto(i.Id, i.Tanggal, i.Tempat, i.Jenis, i.Keparahan, i.Ditangani, i.Keterangan))],
                x.Pelaksanaan?.Versi ?? 0))];
    }

    private sealed record TahapanSatker(Tahapan Tahapan, string Slug, PelaksanaanTahapan? Pelaksanaan, TahapanFakta Fakta);

    /// <summary>Every stage of every election with the satker's record of it, in order of election day and number.</summary>
    private static async Task<List<TahapanSatker>> MuatAsync(TolokDb db, string kode, CancellationToken ct)
    {
        var satkerId = await db.Satker.Where(s => s.Kode == kode).Select(s => s.Id).FirstAsync(ct);
        var tahapan = await UrutAsync(db, ct);
        var pelaksanaan = await db.PelaksanaanTahapan.AsNoTracking().Include(p => p.Insiden)
            .Where(p => p.SatkerId == satkerId).ToDictionaryAsync(p => p.TahapanId, ct);
        return [.. tahapan.Select(x => new TahapanSatker(x.Tahapan, x.Slug, pelaksanaan.GetValueOrDefault(x.Tahapan.Id), Fakta(x.Tahapan, pelaksanaan.GetValueOrDefault(x.Tahapan.Id))))];
    }

    /// <summary>A stage and the slug of its election.</summary>
    public sealed record TahapanPemilihan(Tahapan Tahapan, string Slug);

    /// <summary>Every stage of every election, in order of election day and number (the same for every satker).</summary>
    public static Task<List<TahapanPemilihan>> UrutAsync(TolokDb db, CancellationToken ct) =>
        (from t in db.Tahapan.AsNoTracking()
         join e in db.Pemilihan.AsNoTracking() on t.PemilihanId equals e.Id
         orderby e.Tanggal, t.Nomor
         select new TahapanPemilihan(t, e.Slug)).ToListAsync(ct);

    /// <summary>The facts of every stage (<see cref="UrutAsync"/>) with a satker's records of them.</summary>
    public static List<TahapanFakta> Fakta(IEnumerable<Tahapan> urut, IEnumerable<PelaksanaanTahapan> pelaksanaan)
    {
        var byTahapan = pelaksanaan.ToDictionary(p => p.TahapanId);
        return [.. urut.Select(t => Fakta(t, byTahapan.GetValueOrDefault(t.Id)))];
    }

    /// <summary>The incident severity from which a stage no longer counts as safe (the 4.1 definition's parameter, default 2).</summary>
    public static int Ambang(IEnumerable<DefinisiUkuran> berlaku) =>
        berlaku.FirstOrDefault(d => d.Register == "tahapan-aman")?.Parameter ?? 2;

    /// <summary>One stage with the satker's record of it (as listed in the year it starts); null when either does not exist.</summary>
    public static async Task<TahapanDto?> GetAsync(TolokDb db, string kode, int tahapanId, CancellationToken ct)
    {
        var mulai = await db.Tahapan.AsNoTracking().Where(t => t.Id == tahapanId).Select(t => (DateOnly?)t.JadwalMulai).FirstOrDefaultAsync(ct);
        return mulai is { } m && await db.Satker.AnyAsync(s => s.Kode == kode, ct)
            ? (await ListAsync(db, kode, m.Year, "tahunan", ct)).FirstOrDefault(t => t.Id == tahapanId)
            : null;
    }

    public static TahapanFakta Fakta(Tahapan t, PelaksanaanTahapan? p) =>
        new(t.JadwalMulai, t.JadwalSelesai, p?.RealisasiMulai, p?.RealisasiSelesai, p?.SesuaiKetentuan, p?.Insiden.Count > 0 ? p.Insiden.Max(i => i.Keparahan) : 0);

    /// <summary>The severity from which an incident makes a stage not safe (the 4.1 definition's parameter; default 2).</summary>
    public static async Task<int> AmbangAsync(TolokDb db, string kode, int tahun, CancellationToken ct) =>
        Ambang(await DefinisiUkuran.BerlakuAsync(db, kode, tahun, ct));

    public static Dictionary<string, string[]> Validate(PelaksanaanEdit e)
    {
        var errors = new Dictionary<string, string[]>();
        if (e.RealisasiMulai is { } m && e.RealisasiSelesai is { } s && s < m)
        {
            errors["realisasiSelesai"] = ["Tanggal selesai tidak boleh sebelum tanggal mulai."];
        }
        if (e.RealisasiSelesai is not null && e.RealisasiMulai is null)
        {
            errors["realisasiMulai"] = ["Isi tanggal mulai bila tanggal selesai diisi."];
        }
        if (e.SesuaiKetentuan == false && string.IsNullOrWhiteSpace(e.Catatan))
        {
            errors["catatan"] = ["Jelaskan pada catatan mengapa tahapan tidak sesuai ketentuan."];
        }
        if (e.Catatan?.Length > 2000)
        {
            errors["catatan"] = ["Catatan paling panjang 2.000 karakter."];
        }
        return errors;
    }

    public static Dictionary<string, string[]> Validate(InsidenEdit e)
    {
        var errors = new Dictionary<string, string[]>();
        if (e.Tanggal is null)
        {
            errors["tanggal"] = ["Tanggal insiden wajib diisi."];
        }
        if (string.IsNullOrWhiteSpace(e.Tempat) || e.Tempat.Length > 300)
        {
            errors["tempat"] = ["Tempat wajib diisi (paling panjang 300 karakter)."];
        }
        if (string.IsNullOrWhiteSpace(e.Jenis) || e.Jenis.Length > 200)
        {
            errors["jenis"] = ["Jenis insiden wajib diisi (paling panjang 200 karakter)."];
        }
        if (e.Keparahan is < 1 or > 3)
        {
            errors["keparahan"] = ["Keparahan 1 (ringan), 2 (sedang) atau 3 (berat)."];
        }
        return errors;
    }

    /// <param name="versi">The version the writer saw (0: not recorded yet); null only for imports.</param>
    public static async Task<bool> SaveAsync(TolokDb db, string kode, int tahapanId, PelaksanaanEdit e, int? versi, CancellationToken ct)
    {
        var satkerId = await db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        if (satkerId is null || !await db.Tahapan.AnyAsync(t => t.Id == tahapanId, ct))
        {
            return false;
        }
        var row = await db.PelaksanaanTahapan.FirstOrDefaultAsync(p => p.SatkerId == satkerId && p.TahapanId == tahapanId, ct);
        if (versi is { } v && (row?.Versi ?? 0) != v)
        {
            throw Aturan.Versi.Usang(row?.Versi ?? 0, await GetAsync(db, kode, tahapanId, ct));
        }
        if (row is not null && versi is { } asli)
        {
            Aturan.Versi.Tandai(db, row, asli);
        }
        if (row is null)
        {
            row = new PelaksanaanTahapan { SatkerId = satkerId.Value, TahapanId = tahapanId };
            db.PelaksanaanTahapan.Add(row);
        }
        row.RealisasiMulai = e.RealisasiMulai;
        row.RealisasiSelesai = e.RealisasiSelesai;
        row.SesuaiKetentuan = e.SesuaiKetentuan;
        row.Catatan = string.IsNullOrWhiteSpace(e.Catatan) ? null : e.Catatan.Trim();
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static async Task<InsidenDto?> AddIncidentAsync(TolokDb db, string kode, int tahapanId, InsidenEdit e, CancellationToken ct)
    {
        var satkerId = await db.Satker.Where(s => s.Kode == kode).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        if (satkerId is null || !await db.Tahapan.AnyAsync(t => t.Id == tahapanId, ct))
        {
            return null;
        }
        var row = await db.PelaksanaanTahapan.FirstOrDefaultAsync(p => p.SatkerId == satkerId && p.TahapanId == tahapanId, ct);
        if (row is null)
        {
            row = new PelaksanaanTahapan { SatkerId = satkerId.Value, TahapanId = tahapanId };
            db.PelaksanaanTahapan.Add(row);
        }
        var insiden = new InsidenTahapan { Tanggal = e.Tanggal!.Value, Tempat = e.Tempat!.Trim(), Jenis = e.Jenis!.Trim(), Keparahan = e.Keparahan, Ditangani = e.Ditangani, Keterangan = e.Keterangan };
        row.Insiden.Add(insiden);
        await db.SaveChangesAsync(ct);
        return new InsidenDto(insiden.Id, insiden.Tanggal, insiden.Tempat, insiden.Jenis, insiden.Keparahan, insiden.Ditangani, insiden.Keterangan);
    }
}
