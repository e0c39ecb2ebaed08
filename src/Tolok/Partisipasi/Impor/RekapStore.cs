using Tolok.Infrastructure;

namespace Tolok.Partisipasi.Impor;

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
        if (kosong)
        {
            await TpsBulk.UpsertRekapAsync(db, suratSuaraId, baru ?? Rows(delta, null), allNew: true, ct);
            return;
        }
        // The stored rows of the regions changed (all of the ballot's for a national file), a range of codes at a time so
        // that only a slice of them is in memory (decision 109); in plain SQL: as a LINQ query it was compiled cold at
        // every CLI start, most of a kecamatan re-import's roll-up step (decision 68).
        foreach (var potong in delta.Keys.Order().Chunk(8192))
        {
            var byCode = new Dictionary<long, Rekap>();
            await using (var command = await SqlMentah.CommandAsync(db, "SELECT kode, semua, hanya_valid FROM rekap WHERE surat_suara_id = @s AND " + TpsBulk.KodeDalam(potong),
                ct, TpsBulk.ParameterKode(suratSuaraId, potong)))
            {
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    var kode = reader.GetInt64(0);
                    if (delta.ContainsKey(kode))
                    {
                        byCode[kode] = new Rekap { SuratSuaraId = suratSuaraId, Kode = kode, Semua = (byte[])reader.GetValue(1), HanyaValid = (byte[])reader.GetValue(2) };
                    }
                }
            }
            var bagian = potong.ToDictionary(k => k, k => delta[k]);
            await TpsBulk.UpsertRekapAsync(db, suratSuaraId, Rows(bagian, byCode), allNew: byCode.Count == 0, ct);
        }
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
