using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Tolok.Partisipasi;
using Tolok.Partisipasi.Impor;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;
using Tolok.Wilayah;

namespace Tolok.Tests.Partisipasi;

/// <summary>A brute-force reading of the roll-up rules, written independently of RekapMath.</summary>
internal static class BruteForce
{
    public static long? Total(int?[] v, string group)
    {
        var l = v[Kolom.IndexOf(group + "_l")];
        var p = v[Kolom.IndexOf(group + "_p")];
        var j = v[Kolom.IndexOf(group + "_j")];
        return j ?? (l is not null && p is not null ? l + p : null);
    }

    public static long? Voted(int?[] v)
    {
        var reported = v[Kolom.IndexOf("pengguna_total_j")];
        if (reported is not null)
        {
            return reported;
        }
        var parts = new[] { "pengguna_dpt", "pengguna_dptb", "pengguna_dpk" }.Select(g => Total(v, g)).Where(x => x is not null).ToList();
        return parts.Count == 0 ? null : parts.Sum();
    }

    public static (long Dpt, long Voted, bool Known) Sum(IEnumerable<int?[]> rows)
    {
        long dpt = 0, voted = 0;
        var knownDpt = false;
        var knownVoted = false;
        foreach (var v in rows)
        {
            if (Total(v, "pemilih_dpt") is { } d)
            {
                dpt += d;
                knownDpt = true;
            }
            if (Voted(v) is { } u)
            {
                voted += u;
                knownVoted = true;
            }
        }
        return (dpt, voted, knownDpt && knownVoted);
    }
}

public class RekapMathPropertyTests
{
    private static readonly Gen<int?[]> Row =
        from values in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant<int?>(null)), (4, Gen.Choose(0, 400).Select(x => (int?)x))), Kolom.Jumlah)
        select values;

    /// <summary>Summing contributions row by row gives the brute-force sums; participation is the ratio of the sums.</summary>
    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property Sums_of_contributions_equal_brute_force_sums()
    {
        return Prop.ForAll(Gen.ListOf(Row).Select(l => l.ToArray()).ToArbitrary(), rows =>
        {
            var semua = new long[RekapMath.Length];
            var valid = new long[RekapMath.Length];
            foreach (var v in rows)
            {
                var raw = v.Select(x => x ?? -1).ToArray();
                RekapMath.Add(raw, StatusTps.Valid, 1, semua, valid);
            }
            var (dpt, voted, known) = BruteForce.Sum(rows);
            Assert.Equal(dpt, semua[RekapMath.Index("pemilih_dpt", 2)]);
            Assert.Equal(voted, semua[RekapMath.Index("pengguna_semua", 2)]);
            var persen = PartisipasiMath.Persen(semua, PartisipasiMath.PenyebutDpt).Total;
            Assert.Equal(known && dpt > 0 ? Math.Round(voted * 100m / dpt, 2, MidpointRounding.AwayFromZero) : null, persen);
            Assert.Equal(rows.Length, semua[RekapMath.TpsDiketahui]);
        });
    }

    /// <summary>Adding a row and taking it away again leaves the roll-up as it was (what a re-import relies on).</summary>
    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property Adding_and_removing_a_row_cancels_out()
    {
        return Prop.ForAll(Row.ToArbitrary(), Gen.Elements(Enum.GetValues<StatusTps>()).ToArbitrary(), (v, status) =>
        {
            var raw = v.Select(x => x ?? -1).ToArray();
            var semua = new long[RekapMath.Length];
            var valid = new long[RekapMath.Length];
            RekapMath.Add(raw, status, 1, semua, valid);
            RekapMath.Add(raw, status, -1, semua, valid);
            Assert.All(semua, x => Assert.Equal(0, x));
            Assert.All(valid, x => Assert.Equal(0, x));
        });
    }

    /// <summary>
    /// The importer's compact vectors (decision 70: "hanya valid" kept apart only once a row breaks an error rule) sum
    /// rows of any status, added, taken away and merged across regions, to what two full vectors give.
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property Compact_vectors_equal_full_vectors()
    {
        var step = from v in Row
                   from status in Gen.Elements(Enum.GetValues<StatusTps>())
                   from node in Gen.Choose(1, 3)
                   from sign in Gen.Elements(1, 1, -1)
                   select (v, status, node: (long)node, sign);
        return Prop.ForAll(Gen.ListOf(step).Select(l => l.ToArray()).ToArbitrary(), steps =>
        {
            var compact = new Dictionary<long, long[]>();
            var semua = new Dictionary<long, long[]>();
            var valid = new Dictionary<long, long[]>();
            foreach (var (v, status, node, sign) in steps)
            {
                var raw = v.Select(x => x ?? -1).ToArray();
                TpsImporter.AddRow(compact, node, raw, status, sign);
                RekapMath.Add(raw, status, sign, Full(semua, node), Full(valid, node));
            }
            // Regions 1–3 merged into region 0, as the roll-up does; the vectors of 1–3 must stay as they were.
            var before = compact.ToDictionary(x => x.Key, x => (long[])x.Value.Clone());
            foreach (var (node, d) in before)
            {
                TpsImporter.AddVector(compact, 0, d, own: false);
                Add(Full(semua, 0), semua[node]);
                Add(Full(valid, 0), valid[node]);
            }
            foreach (var (node, d) in before)
            {
                Assert.Equal(d, compact[node]);
            }
            foreach (var node in semua.Keys)
            {
                Assert.Equal(semua[node], RekapMath.Semua(compact[node]).ToArray());
                Assert.Equal(valid[node], RekapMath.HanyaValid(compact[node]).ToArray());
            }
        });

        static long[] Full(Dictionary<long, long[]> d, long node) => d.TryGetValue(node, out var v) ? v : d[node] = new long[RekapMath.Length];
        static void Add(long[] to, long[] from)
        {
            for (var i = 0; i < to.Length; i++)
            {
                to[i] += from[i];
            }
        }
    }
}

/// <summary>Random TPS sets over Jembrana, imported through the CLI, read through the API.</summary>
public abstract class RollupPropertyTests(TolokFactory app)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Roll_ups_equal_brute_force_sums_and_export_import_round_trips(int seed)
    {
        var random = new Random(seed);
        using var admin = await app.LoginAsync(Peran.Admin);
        var id = $"acak-{Guid.NewGuid():N}"[..16];
        (await admin.PostAsJsonAsync("/api/v1/pemilihan", new { id, nama = "Acak", tanggal = "2024-02-14", suratSuara = new[] { new { kode = "A", nama = "A" }, new { kode = "B", nama = "B" } } })).EnsureSuccessStatusCode();

        var rows = new Dictionary<long, int?[]>();
        foreach (var desa in TpsFiles.DesaJembrana.Where(_ => random.NextDouble() < 0.4))
        {
            for (var n = 1; n <= random.Next(1, 6); n++)
            {
                rows[desa * 1000 + n] = [.. Enumerable.Range(0, Kolom.Jumlah).Select(_ => random.NextDouble() < 0.2 ? (int?)null : random.Next(0, 300))];
            }
        }
        var csv = new StringBuilder("kode," + string.Join(',', Kolom.Semua) + "\n");
        // Seed 1 writes the rows in code order; the others in random order, so a desa's TPS are met several times.
        foreach (var (kode, v) in seed == 1 ? [.. rows] : rows.OrderBy(_ => random.Next()).ToList())
        {
            csv.Append(KodeWilayah.Format(kode)).Append(',').AppendJoin(',', v.Select(x => x?.ToString(CultureInfo.InvariantCulture) ?? "")).Append('\n');
        }
        var file = await TpsFiles.WriteAsync(csv.ToString(), ".csv");
        var import = await app.RunCliAsync("tps", "import", file, "--pemilihan", id, "--surat-suara", "A", "--satker", "51.01");
        Assert.True(import.Exit == 0, import.Error);

        using var client = await app.PembacaAsync();
        var nodes = rows.Keys.SelectMany(k => new[] { KodeWilayah.Induk(k), KodeWilayah.Induk(KodeWilayah.Induk(k)), 5101L }).Distinct();
        foreach (var node in nodes)
        {
            var json = await client.GetFromJsonAsync<JsonElement>($"/api/v1/pemilihan/{id}/partisipasi/{KodeWilayah.Format(node)}?suratSuara=A");
            var below = rows.Where(r => KodeWilayah.DiDalam(r.Key, node)).Select(r => r.Value).ToList();
            var (dpt, voted, known) = BruteForce.Sum(below);
            Assert.Equal(dpt, json.GetProperty("pemilih").GetProperty("dpt").GetProperty("total").GetInt64());
            Assert.Equal(voted, json.GetProperty("pengguna").GetProperty("total").GetProperty("total").GetInt64());
            Assert.Equal(below.Count, json.GetProperty("tps").GetProperty("diketahui").GetInt64());
            var persen = json.GetProperty("partisipasi").GetProperty("total");
            if (known && dpt > 0)
            {
                Assert.Equal(Math.Round(voted * 100m / dpt, 2, MidpointRounding.AwayFromZero), persen.GetDecimal());
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, persen.ValueKind);
            }
        }

        // Export what was stored and import it as ballot B: the same numbers everywhere.
        var exported = await client.GetStringAsync($"/api/v1/pemilihan/{id}/tps/51.01.csv?suratSuara=A");
        var again = await TpsFiles.WriteAsync(exported, ".csv");
        var second = await app.RunCliAsync("tps", "import", again, "--pemilihan", id, "--surat-suara", "B", "--satker", "51.01");
        Assert.True(second.Exit == 0, second.Error);
        foreach (var node in new[] { "51.01" }.Concat(WilayahTree.Nasional.Anak(5101).Select(KodeWilayah.Format)))
        {
            var a = await client.GetFromJsonAsync<JsonElement>($"/api/v1/pemilihan/{id}/partisipasi/{node}?suratSuara=A");
            var b = await client.GetFromJsonAsync<JsonElement>($"/api/v1/pemilihan/{id}/partisipasi/{node}?suratSuara=B");
            foreach (var part in new[] { "pemilih", "pengguna", "partisipasi", "tps", "anak" })
            {
                Assert.Equal(a.GetProperty(part).GetRawText(), b.GetProperty(part).GetRawText());
            }
        }
        File.Delete(file);
        File.Delete(again);
    }
}

public sealed class RollupPropertyTestsSqlite(SqliteFactory app) : RollupPropertyTests(app), IClassFixture<SqliteFactory>;

public sealed class RollupPropertyTestsPostgres(PostgresFactory app) : RollupPropertyTests(app), IClassFixture<PostgresFactory>;
