using System.Net.Http.Json;
using System.Text.Json;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Partisipasi;

public abstract class DataContohTests(TolokFactory app)
{
    private async Task<JsonElement> GetAsync(string pemilihan, string surat, string kode = "51.01")
    {
        using var client = await app.PembacaAsync();
        return await client.GetFromJsonAsync<JsonElement>($"/api/v1/pemilihan/{pemilihan}/partisipasi/{kode}?suratSuara={surat}");
    }

    [Fact]
    public async Task Demo_data_match_the_published_figures_of_Jembrana()
    {
        var first = await app.RunCliAsync("demo");
        var again = await app.RunCliAsync("demo");
        Assert.True(first.Exit == 0, first.Error);
        Assert.Contains("sudah ada", again.Output, StringComparison.Ordinal);

        var ppwp = await GetAsync("pemilu-2024", "PPWP");
        Assert.Equal(898, ppwp.GetProperty("tps").GetProperty("diketahui").GetInt64());
        var dpt = ppwp.GetProperty("pemilih").GetProperty("dpt");
        Assert.Equal((243_796, 120_395, 123_401), (dpt.GetProperty("total").GetInt64(), dpt.GetProperty("l").GetInt64(), dpt.GetProperty("p").GetInt64()));
        Assert.True(ppwp.GetProperty("dataContoh").GetBoolean());

        foreach (var (surat, persen) in new[] { ("GUBERNUR", 71.26m), ("BUPATI", 71.23m) })
        {
            var pilkada = await GetAsync("pilkada-2024", surat);
            var p = pilkada.GetProperty("pemilih").GetProperty("dpt");
            Assert.Equal((244_978, 120_881, 124_097), (p.GetProperty("total").GetInt64(), p.GetProperty("l").GetInt64(), p.GetProperty("p").GetInt64()));
            Assert.Equal(486, pilkada.GetProperty("tps").GetProperty("diketahui").GetInt64());
            Assert.InRange(pilkada.GetProperty("partisipasi").GetProperty("total").GetDecimal(), persen - 0.01m, persen + 0.01m);
            var kecamatan = pilkada.GetProperty("anak").EnumerateArray().ToDictionary(a => a.GetProperty("nama").GetString()!, a => a.GetProperty("partisipasi").GetProperty("total").GetDecimal());
            Assert.Equal("Melaya", kecamatan.MinBy(k => k.Value).Key);
            Assert.Equal("Pekutatan", kecamatan.MaxBy(k => k.Value).Key);
        }

        var published = new Dictionary<string, long> { ["Negara"] = 72_358, ["Mendoyo"] = 53_433, ["Jembrana"] = 47_753, ["Melaya"] = 47_603, ["Pekutatan"] = 23_831 };
        foreach (var child in (await GetAsync("pilkada-2024", "GUBERNUR")).GetProperty("anak").EnumerateArray())
        {
            var kec = await GetAsync("pilkada-2024", "GUBERNUR", child.GetProperty("kode").GetString()!);
            Assert.Equal(published[kec.GetProperty("nama").GetString()!], kec.GetProperty("pemilih").GetProperty("dpt").GetProperty("total").GetInt64());
        }

        using var client = await app.PembacaAsync();
        var realisasi = await client.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/iku/2024/realisasi-partisipasi");
        Assert.Equal(["3.1", "3.2", "3.3"], realisasi.EnumerateArray().Select(r => r.GetProperty("kode").GetString()));
        var iku31 = realisasi[0];
        Assert.Equal("pemilu-2024", iku31.GetProperty("utama").GetProperty("pemilihan").GetString());
        Assert.Equal(ppwp.GetProperty("partisipasi").GetProperty("total").GetDecimal(), iku31.GetProperty("utama").GetProperty("nilai").GetDecimal());
        Assert.Equal(243_796, iku31.GetProperty("utama").GetProperty("penyebut").GetInt64());
        Assert.Equal(["GUBERNUR", "BUPATI"], iku31.GetProperty("pendamping").EnumerateArray().Select(p => p.GetProperty("suratSuara").GetString()));
        Assert.InRange(iku31.GetProperty("pendamping")[0].GetProperty("nilai").GetDecimal(), 71.25m, 71.27m);
        Assert.Equal(ppwp.GetProperty("partisipasi").GetProperty("perempuan").GetDecimal(), realisasi[1].GetProperty("utama").GetProperty("nilai").GetDecimal());
        Assert.Equal(ppwp.GetProperty("partisipasi").GetProperty("disabilitas").GetDecimal(), realisasi[2].GetProperty("utama").GetProperty("nilai").GetDecimal());
        Assert.True(iku31.GetProperty("utama").GetProperty("dataContoh").GetBoolean());

        var anomalies = await client.GetFromJsonAsync<JsonElement>("/api/v1/pemilihan/pilkada-2024/anomali/51.01?suratSuara=GUBERNUR");
        Assert.InRange(anomalies.GetArrayLength(), 3, 10);
    }
}

public sealed class DataContohTestsSqlite(SqliteFactory app) : DataContohTests(app), IClassFixture<SqliteFactory>;

public sealed class DataContohTestsPostgres(PostgresFactory app) : DataContohTests(app), IClassFixture<PostgresFactory>;
