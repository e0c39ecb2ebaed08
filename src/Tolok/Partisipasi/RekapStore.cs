using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;

namespace Tolok.Partisipasi;

/// <summary>Keeps the stored roll-ups in step with the rows: applies the changes an import computed.</summary>
public static class RekapStore
{
    /// <param name="delta">Per region: change of the "semua" sums, followed by the change of the "hanya valid" sums when they differ (<see cref="TpsImporter.AddRow"/>).</param>
    /// <param name="baru">The rows as they are when none is stored yet (computed beforehand), or null.</param>
    /// <param name="kosong">Nothing of the ballot was stored before this transaction (no query needed).</param>
    public static async Task ApplyAsync(TolokDb db, int suratSuaraId, Dictionary<long, long[]> delta, List<(long Kode, byte[] Semua, byte[] HanyaValid)>? baru, bool kosong, CancellationToken ct)
    {
        if (delta.Count == 0)
        {
            return;
        }
        var query = db.Rekap.AsNoTracking().Where(r => r.SuratSuaraId == suratSuaraId);
        List<Rekap> current;
        if (kosong)
        {
            current = [];
        }
        else if (delta.Count > 2000)
        {
            current = await query.ToListAsync(ct);
        }
        else
        {
            var keys = delta.Keys.ToList();
            current = await query.Where(r => keys.Contains(r.Kode)).ToListAsync(ct);
        }
        var byCode = current.ToDictionary(r => r.Kode);
        var rows = byCode.Count == 0 && baru is not null ? baru : Rows(delta, byCode);
        await TpsBulk.UpsertRekapAsync(db, suratSuaraId, rows, allNew: byCode.Count == 0, ct);
    }

    /// <summary>The stored rows after adding <paramref name="delta"/> to <paramref name="byCode"/> (null: nothing stored), in code order.</summary>
    public static List<(long Kode, byte[] Semua, byte[] HanyaValid)> Rows(Dictionary<long, long[]> delta, Dictionary<long, Rekap>? byCode)
    {
        var rows = new List<(long, byte[], byte[])>(delta.Count);
        foreach (var (kode, d) in delta)
        {
            Rekap? r = null;
            if (byCode is null || !byCode.TryGetValue(kode, out r))
            {
                // Nothing stored yet: the change is the value.
                rows.Add((kode, RekapMath.Encode(RekapMath.Semua(d)), RekapMath.Encode(RekapMath.HanyaValid(d))));
                continue;
            }
            var semua = RekapMath.Decode(r.Semua);
            var valid = RekapMath.Decode(r.HanyaValid);
            var dValid = RekapMath.HanyaValid(d);
            for (var i = 0; i < RekapMath.Length; i++)
            {
                semua[i] += d[i];
                valid[i] += dValid[i];
            }
            rows.Add((kode, RekapMath.Encode(semua), RekapMath.Encode(valid)));
        }
        rows.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return rows;
    }
}
