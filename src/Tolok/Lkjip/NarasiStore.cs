using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Lkjip;

public static class NarasiStore
{
    /// <summary>Every section with its stored text or its draft; null when the satker has no IKU that year.</summary>
    public static async Task<List<NarasiDto>?> ListAsync(TolokDb db, string kode, int tahun, CancellationToken ct)
    {
        var bahan = await BahanLaporan.LoadAsync(db, kode, tahun, triwulan: false, tren: true, ct);
        if (bahan is null)
        {
            return null;
        }
        var stored = await db.NarasiLaporan.AsNoTracking().Where(n => n.Tahun == tahun && db.Satker.Any(s => s.Id == n.SatkerId && s.Kode == kode)).ToDictionaryAsync(n => n.Bagian, ct);
        return [.. NarasiDraf.Bagian(bahan).Select(b => stored.TryGetValue(b.Bagian, out var n)
            ? new NarasiDto(b.Bagian, b.Judul, n.Teks, true, n.DiubahPada, n.DiubahOleh, n.Versi)
            : new NarasiDto(b.Bagian, b.Judul, NarasiDraf.Buat(b.Bagian, bahan), false, null, null, 0))];
    }

    /// <summary>Saves a section's text; an empty text removes it, so the section returns to its draft.</summary>
    /// <param name="versi">The version the writer saw (0: the section is still its draft).</param>
    public static async Task SaveAsync(TolokDb db, string kode, int tahun, string bagian, string? teks, int versi, string? oleh, TimeProvider time, CancellationToken ct)
    {
        var satkerId = await db.Satker.Where(s => s.Kode == kode).Select(s => s.Id).FirstAsync(ct);
        var row = await db.NarasiLaporan.FirstOrDefaultAsync(n => n.SatkerId == satkerId && n.Tahun == tahun && n.Bagian == bagian, ct);
        if ((row?.Versi ?? 0) != versi)
        {
            throw Aturan.Versi.Usang(row?.Versi ?? 0, null, row is null ? ["(bagian ini dikembalikan ke draf otomatis)"] : [$"teks: {row.Teks}"]);
        }
        if (row is not null)
        {
            Aturan.Versi.Tandai(db, row, versi);
        }
        if (string.IsNullOrWhiteSpace(teks))
        {
            if (row is not null)
            {
                db.NarasiLaporan.Remove(row);
            }
        }
        else
        {
            if (row is null)
            {
                row = new NarasiLaporan { SatkerId = satkerId, Tahun = tahun, Bagian = bagian, Teks = "" };
                db.NarasiLaporan.Add(row);
            }
            row.Teks = teks.Trim().ReplaceLineEndings("\n");
            row.DiubahPada = time.GetUtcNow().UtcDateTime;
            row.DiubahOleh = oleh;
        }
        await db.SaveChangesAsync(ct);
    }
}
