using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tolok.Partisipasi;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Partisipasi;

/// <summary>The rule that picks a participation IKU's value in a year of several elections (issue 16, point 3).</summary>
public static class AturanNilaiIkuPilihTests
{
    private static readonly Dictionary<string, DateOnly> Tanggal = new()
    {
        ["pemilu-2024"] = new(2024, 2, 14),
        ["pilkada-2024"] = new(2024, 11, 27),
    };

    private static List<SumberPartisipasiIku> Baris(params bool[] utama) =>
    [
        new() { KodeIndikator = "3.1", Ukuran = "total", Penyebut = "dpt", Pemilihan = "pemilu-2024", SuratSuara = "PPWP", Urutan = 1, Utama = utama[0] },
        new() { KodeIndikator = "3.1", Ukuran = "total", Penyebut = "dpt", Pemilihan = "pilkada-2024", SuratSuara = "GUBERNUR", Urutan = 2, Utama = utama[1] },
        new() { KodeIndikator = "3.1", Ukuran = "total", Penyebut = "dpt", Pemilihan = "pilkada-2024", SuratSuara = "BUPATI", Urutan = 3, Utama = utama[2] },
    ];

    [Fact]
    public static void No_mark_means_the_latest_election_held_by_the_period_end()
    {
        var rows = Baris(false, false, false);
        Assert.Equal(AturanNilaiIku.Terbaru, AturanNilaiIku.Dari(rows));
        Assert.Empty(AturanNilaiIku.Pilih(rows, Tanggal, new DateOnly(2024, 1, 31)));
        Assert.Equal("PPWP", Assert.Single(AturanNilaiIku.Pilih(rows, Tanggal, new DateOnly(2024, 3, 31))).SuratSuara);
        Assert.Equal("PPWP", Assert.Single(AturanNilaiIku.Pilih(rows, Tanggal, new DateOnly(2024, 11, 26))).SuratSuara);
        // Two ballots of the same day: the lower order wins.
        Assert.Equal("GUBERNUR", Assert.Single(AturanNilaiIku.Pilih(rows, Tanggal, new DateOnly(2024, 12, 31))).SuratSuara);
    }

    [Fact]
    public static void One_mark_names_the_election_even_before_its_day_several_marks_average_those_held()
    {
        var named = Baris(false, false, true);
        Assert.Equal(AturanNilaiIku.Bernama, AturanNilaiIku.Dari(named));
        Assert.Equal("BUPATI", Assert.Single(AturanNilaiIku.Pilih(named, Tanggal, new DateOnly(2024, 3, 31))).SuratSuara);

        var mean = Baris(true, false, true);
        Assert.Equal(AturanNilaiIku.RataRata, AturanNilaiIku.Dari(mean));
        Assert.Equal("PPWP", Assert.Single(AturanNilaiIku.Pilih(mean, Tanggal, new DateOnly(2024, 6, 30))).SuratSuara);
        Assert.Equal(["PPWP", "BUPATI"], AturanNilaiIku.Pilih(mean, Tanggal, new DateOnly(2024, 12, 31)).Select(s => s.SuratSuara));
        Assert.Equal(76.07m, AturanNilaiIku.Rata([80.92m, null, 71.215m]));
        Assert.Null(AturanNilaiIku.Rata([null]));
    }
}

/// <summary>The rule edited on its page, applied by the API on every period, and locked with the year's targets.</summary>
public abstract class AturanNilaiIkuTests(TolokFactory app)
{
    private const string Url = "/Partisipasi/Aturan?satker=51.01&tahun=2024";

    private static Dictionary<string, string> Form(string aturan, params string[] pilih)
    {
        var form = new Dictionary<string, string> { ["satker"] = "51.01", ["tahun"] = "2024", ["Kode"] = "3.1", ["Aturan"] = aturan };
        for (var i = 0; i < pilih.Length; i++)
        {
            form[$"Pilih[{i}]"] = pilih[i];
        }
        return form;
    }

    private static async Task<JsonElement> Iku31Async(HttpClient client, string satker, string periode) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/satker/{satker}/kinerja/2024?periode={periode}"))
            .GetProperty("indikator").EnumerateArray().Single(i => i.GetProperty("kode").GetString() == "3.1");

    [Fact]
    public async Task Planners_choose_latest_named_or_mean_and_every_period_follows_the_rule()
    {
        Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);
        using var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(Url)).StatusCode);
        using var operatorClient = await app.LoginAsync(Peran.Operator);
        Assert.Contains("/Akun/Ditolak", (await operatorClient.GetAsync(Url)).Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var perencana = await app.LoginAsync(Peran.Perencana);

        // The seeded rule names Pemilu 2024 (presidential ballot): stated on the page and in the API.
        Assert.Contains("pemilihan yang ditetapkan", await perencana.GetStringAsync(Url), StringComparison.Ordinal);
        var named = await Iku31Async(perencana, "51.01", "TW4");
        Assert.Equal(80.92m, named.GetProperty("realisasi").GetDecimal());
        Assert.Contains("Pemilihan Umum 2024", named.GetProperty("keterangan").GetString(), StringComparison.Ordinal);
        var values = (await perencana.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/iku/2024/realisasi-partisipasi"))
            .EnumerateArray().Single(r => r.GetProperty("kode").GetString() == "3.1");
        Assert.Equal("bernama", values.GetProperty("aturan").GetString());
        var byBallot = values.GetProperty("pendamping").EnumerateArray().Append(values.GetProperty("utama"))
            .ToDictionary(v => v.GetProperty("suratSuara").GetString()!, v => v.GetProperty("nilai").GetDecimal());
        Assert.Equal(3, byBallot.Count);

        // Bad choices are named and nothing changes.
        var twoNamed = await TolokFactory.PostFormAsync(perencana, Url, Form("bernama", "pemilu-2024|PPWP", "pilkada-2024|GUBERNUR"), Url);
        Assert.Equal(HttpStatusCode.OK, twoNamed.StatusCode);
        Assert.Contains("pilih tepat satu pemilihan", await twoNamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var foreign = await TolokFactory.PostFormAsync(perencana, Url, Form("rata-rata", "pemilu-2024|PPWP", "pilkada-2024|WALIKOTA"), Url);
        Assert.Contains("tidak termasuk pemilihan IKU 3.1", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unknownRule = await TolokFactory.PostFormAsync(perencana, Url, Form("median"), Url);
        Assert.Contains("Pilih aturan", await unknownRule.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(80.92m, (await Iku31Async(perencana, "51.01", "TW4")).GetProperty("realisasi").GetDecimal());

        // The latest election: Pemilu until the Pilkada is held, then the Pilkada (governor's ballot, listed first).
        Assert.Equal(HttpStatusCode.Redirect, (await TolokFactory.PostFormAsync(perencana, Url, Form("terbaru"), Url)).StatusCode);
        Assert.Equal(byBallot["PPWP"], (await Iku31Async(perencana, "51.01", "TW3")).GetProperty("realisasi").GetDecimal());
        var latest = await Iku31Async(perencana, "51.01", "TW4");
        Assert.Equal(byBallot["GUBERNUR"], latest.GetProperty("realisasi").GetDecimal());
        Assert.Contains("pemilihan terakhir", latest.GetProperty("keterangan").GetString(), StringComparison.Ordinal);
        // Other satker keep the defaults (the province gets the seed's IKU to be measured).
        var file = Path.Combine(Path.GetTempPath(), $"iku-{Guid.NewGuid():N}.txt");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Seed", "iku-kpu-jembrana-2024.txt"), file);
        Assert.Equal(0, (await app.RunCliAsync("iku", "import", file, "--satker", "51", "--tahun", "2024")).Exit);
        File.Delete(file);
        Assert.Equal(80.92m, (await Iku31Async(perencana, "51", "TW4")).GetProperty("realisasi").GetDecimal());

        // The mean of two elections' ratios: no single numerator and denominator; the LKjIP states the rule.
        Assert.Equal(HttpStatusCode.Redirect, (await TolokFactory.PostFormAsync(perencana, Url, Form("rata-rata", "pemilu-2024|PPWP", "pilkada-2024|BUPATI"), Url)).StatusCode);
        var mean = await Iku31Async(perencana, "51.01", "tahunan");
        Assert.Equal(Math.Round((byBallot["PPWP"] + byBallot["BUPATI"]) / 2, 2, MidpointRounding.AwayFromZero), mean.GetProperty("realisasi").GetDecimal());
        Assert.Equal(JsonValueKind.Null, mean.GetProperty("pembilang").ValueKind);
        Assert.Contains("rata-rata rasio", mean.GetProperty("keterangan").GetString(), StringComparison.Ordinal);
        Assert.Equal(byBallot["PPWP"], (await Iku31Async(perencana, "51.01", "TW1")).GetProperty("realisasi").GetDecimal()); // only the Pemilu held by March
        Assert.Contains("rata-rata rasio", await perencana.GetStringAsync("/Kinerja/Rincian?satker=51.01&tahun=2024&periode=tahunan&kode=3.1"), StringComparison.Ordinal);

        // Once the year's targets are submitted, the rule is locked with them.
        Assert.Equal(HttpStatusCode.OK, (await perencana.PostAsJsonAsync("/api/v1/satker/51.01/alur/target/2024/ajukan", new { catatan = (string?)null })).StatusCode);
        var locked = await TolokFactory.PostFormAsync(perencana, Url, Form("terbaru"), Url);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("sedang diperiksa", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("rata-rata rasio", (await Iku31Async(perencana, "51.01", "tahunan")).GetProperty("keterangan").GetString(), StringComparison.Ordinal);
    }
}

public sealed class AturanNilaiIkuTestsSqlite(SqliteFactory app) : AturanNilaiIkuTests(app), IClassFixture<SqliteFactory>;

public sealed class AturanNilaiIkuTestsPostgres(PostgresFactory app) : AturanNilaiIkuTests(app), IClassFixture<PostgresFactory>;
