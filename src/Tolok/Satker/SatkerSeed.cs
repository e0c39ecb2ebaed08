using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Satker;

/// <summary>The KPU hierarchy Tolok starts with: KPU RI → KPU Provinsi Bali → KPU Kabupaten Jembrana.</summary>
public static class SatkerSeed
{
    private static readonly (string Kode, string Nama, string? Induk)[] Awal =
    [
        ("RI", "Komisi Pemilihan Umum Republik Indonesia", null),
        ("51", "Komisi Pemilihan Umum Provinsi Bali", "RI"),
        ("51.01", "Komisi Pemilihan Umum Kabupaten Jembrana", "51"),
    ];

    /// <param name="baru">The database was just created: nothing to look up.</param>
    public static async Task EnsureAsync(TolokDb db, bool baru, CancellationToken ct)
    {
        var codes = Awal.Select(a => a.Kode).ToList();
        var known = baru ? [] : await db.Satker.Where(s => codes.Contains(s.Kode)).ToDictionaryAsync(s => s.Kode, ct);
        foreach (var (kode, nama, induk) in Awal)
        {
            if (!known.ContainsKey(kode))
            {
                // Parents come first in the list, so a missing parent was just added.
                known[kode] = db.Satker.Add(new Satker { Kode = kode, Nama = nama, Induk = induk is null ? null : known[induk] }).Entity;
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
