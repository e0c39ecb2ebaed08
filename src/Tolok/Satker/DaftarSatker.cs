using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Satker;

/// <summary>A satker as most requests need it: identity, name and place in the hierarchy.</summary>
public sealed record SatkerRingan(int Id, string Kode, string Nama, int? IndukId, string? KodeInduk);

/// <summary>
/// Every satker (553 on a national installation), read once and kept in the app server's cache under the global change
/// stamp (a satker's name, address or parent is a global change, <see cref="Aturan.PenjagaTulis"/>): the satker list,
/// the read scope and the monitoring's units no longer read the table on every request (issue 17, point 6).
/// </summary>
public sealed class DaftarSatker
{
    private DaftarSatker(List<SatkerRingan> semua)
    {
        Semua = semua;
        PerKode = semua.ToDictionary(s => s.Kode, StringComparer.Ordinal);
        PerId = semua.ToDictionary(s => s.Id);
        Dto = [.. semua.Select(s => new SatkerDto(s.Kode, s.Nama, s.KodeInduk))];
    }

    /// <summary>In code order.</summary>
    public IReadOnlyList<SatkerRingan> Semua { get; }
    public IReadOnlyDictionary<string, SatkerRingan> PerKode { get; }
    public IReadOnlyDictionary<int, SatkerRingan> PerId { get; }
    /// <summary>The list as the API gives it.</summary>
    public IReadOnlyList<SatkerDto> Dto { get; }

    /// <summary>The satker itself and every satker above it, nearest first.</summary>
    public IEnumerable<SatkerRingan> DanAtasnya(SatkerRingan s)
    {
        for (SatkerRingan? a = s; a is not null; a = a.IndukId is { } i ? PerId.GetValueOrDefault(i) : null)
        {
            yield return a;
        }
    }

    /// <summary>Whether <paramref name="s"/> lies below satker <paramref name="indukId"/> (not itself).</summary>
    public bool DiBawah(SatkerRingan s, int indukId) => DanAtasnya(s).Skip(1).Any(a => a.Id == indukId);

    public static async Task<DaftarSatker> AmbilAsync(TolokDb db, CancellationToken ct) =>
        await AmbilAsync(db, await StempelData.GlobalAsync(db, ct), ct);

    /// <summary>The same with the global stamp already read.</summary>
    public static async Task<DaftarSatker> AmbilAsync(TolokDb db, string global, CancellationToken ct) =>
        (await db.Tembolok.AmbilAsync("satker|daftar", global, async () =>
        {
            var rows = await db.Satker.AsNoTracking().OrderBy(s => s.Kode)
                .Select(s => new SatkerRingan(s.Id, s.Kode, s.Nama, s.IndukId, s.Induk == null ? null : s.Induk.Kode)).ToListAsync(ct);
            return new DaftarSatker(rows);
        }))!;
}
