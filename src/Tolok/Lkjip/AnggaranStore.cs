using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Lkjip;

public static class AnggaranStore
{
    public static AnggaranDto AsDto(AnggaranKegiatan a) =>
        new(a.Id, a.Tahun, a.Kode, a.Uraian, a.Pagu, a.Realisasi, Kinerja.Ukuran.Serapan(a.Pagu, a.Realisasi), a.Iku, a.Versi);

    public static async Task<List<AnggaranDto>> ListAsync(TolokDb db, int satkerId, int tahun, CancellationToken ct) =>
        [.. (await db.AnggaranKegiatan.AsNoTracking().Where(a => a.SatkerId == satkerId && a.Tahun == tahun).OrderBy(a => a.Kode).ToListAsync(ct)).Select(AsDto)];

    public static async Task<Dictionary<string, string[]>> ValidateAsync(TolokDb db, int satkerId, int? id, AnggaranEdit e, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (e.Tahun is < 2000 or > 2100)
        {
            errors["tahun"] = ["Tahun anggaran antara 2000 dan 2100."];
        }
        if (string.IsNullOrWhiteSpace(e.Kode) || e.Kode.Length > 50)
        {
            errors["kode"] = ["Kode program/kegiatan wajib diisi (paling panjang 50 karakter), mis. 076.01.WA."];
        }
        if (string.IsNullOrWhiteSpace(e.Uraian) || e.Uraian.Length > 500)
        {
            errors["uraian"] = ["Uraian program/kegiatan wajib diisi (paling panjang 500 karakter)."];
        }
        if (e.Pagu is null or < 0)
        {
            errors["pagu"] = ["Pagu wajib diisi dan tidak boleh negatif."];
        }
        if (e.Realisasi is null or < 0)
        {
            errors["realisasi"] = ["Realisasi wajib diisi dan tidak boleh negatif."];
        }
        if (e.Iku?.Length > 100 || PohonAnggaran.Alokasi(e.Iku) is null)
        {
            errors["iku"] = ["Kolom IKU berisi kode IKU dipisahkan koma, boleh dengan porsi persen: 3.1,3.2 (dibagi rata) atau 3.1:60,3.2:40; jumlah porsi paling banyak 100."];
        }
        if (errors.Count == 0 && await db.AnggaranKegiatan.AnyAsync(a => a.SatkerId == satkerId && a.Id != (id ?? 0) && a.Tahun == e.Tahun && a.Kode == e.Kode!.Trim(), ct))
        {
            errors["kode"] = [$"Kode {e.Kode!.Trim()} sudah tercatat untuk tahun {e.Tahun}."];
        }
        return errors;
    }

    public static async Task<AnggaranDto> SaveAsync(TolokDb db, int satkerId, int? id, AnggaranEdit e, int? versi, CancellationToken ct)
    {
        var row = id is null ? null : await db.AnggaranKegiatan.FirstAsync(a => a.Id == id && a.SatkerId == satkerId, ct);
        if (row is not null && versi is { } v)
        {
            Aturan.Versi.Periksa(db, row, v, AsDto(row));
        }
        if (row is null)
        {
            row = new AnggaranKegiatan { SatkerId = satkerId, Kode = "", Uraian = "" };
            db.AnggaranKegiatan.Add(row);
        }
        row.Tahun = e.Tahun;
        row.Kode = e.Kode!.Trim();
        row.Uraian = e.Uraian!.Trim();
        row.Pagu = e.Pagu!.Value;
        row.Realisasi = e.Realisasi!.Value;
        row.Iku = string.IsNullOrWhiteSpace(e.Iku) ? null : string.Join(",", e.Iku.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(k => k.Replace(" ", "", StringComparison.Ordinal)));
        await db.SaveChangesAsync(ct);
        return AsDto(row);
    }
}
