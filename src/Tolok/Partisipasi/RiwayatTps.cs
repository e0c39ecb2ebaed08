using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Partisipasi;

/// <summary>One earlier version of a TPS (or region) row: its values as they were, and the import that replaced them.</summary>
public sealed record BarisRiwayat(long Kode, int?[] Nilai, StatusTps Status, string? Pelanggaran, int? ImporId, DateTime DiubahPada);

/// <summary>
/// The history of a row, from both forms it is kept in: one row per replaced row (<see cref="RiwayatDataTps"/>, imports
/// before decision 109) and one row per block of replaced rows (<see cref="RiwayatBlokTps"/>).
/// </summary>
public static class RiwayatTps
{
    /// <summary>The earlier versions of the row <paramref name="kode"/> of a ballot, oldest first.</summary>
    public static async Task<List<BarisRiwayat>> BarisAsync(TolokDb db, int suratSuaraId, long kode, CancellationToken ct)
    {
        var result = (await db.RiwayatDataTps.AsNoTracking().Where(r => r.SuratSuaraId == suratSuaraId && r.Kode == kode).ToListAsync(ct))
            .Select(r => new BarisRiwayat(r.Kode, BlokCodec.DecodeNilai(r.NilaiMentah), r.Status, r.Pelanggaran, r.ImporId, r.DiubahPada))
            .ToList();
        var blok = BlokCodec.BlokOf(kode);
        foreach (var r in await db.RiwayatBlokTps.AsNoTracking().Where(r => r.SuratSuaraId == suratSuaraId && r.Kode == blok).ToListAsync(ct))
        {
            foreach (var e in BlokCodec.Decode(blok, r.Isi).Where(e => e.Kode == kode))
            {
                result.Add(new BarisRiwayat(e.Kode, [.. e.Nilai.Select(v => v < 0 ? (int?)null : v)], e.Status, e.Pelanggaran, r.ImporId, r.DiubahPada));
            }
        }
        return [.. result.OrderBy(r => r.DiubahPada).ThenBy(r => r.ImporId)];
    }
}
