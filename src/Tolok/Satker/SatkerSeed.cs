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

    public static async Task EnsureAsync(TolokDb db, CancellationToken ct)
    {
        foreach (var (kode, nama, induk) in Awal)
        {
            if (await db.Satker.AnyAsync(s => s.Kode == kode, ct))
            {
                continue;
            }
            var parent = induk is null ? null : await db.Satker.SingleAsync(s => s.Kode == induk, ct);
            db.Satker.Add(new Satker { Kode = kode, Nama = nama, Induk = parent });
            await db.SaveChangesAsync(ct);
        }
    }
}