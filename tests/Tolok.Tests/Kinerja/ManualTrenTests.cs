using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Kinerja;

public abstract class ManualTrenTests(TolokFactory app)
{
    /// <summary>An IKU set of five sasaran with one indicator each: codes 1.1 … 5.1; 5.1 has no register.</summary>
    private static object FiveSasaran() => new
    {
        keterangan = "uji nilai manual",
        ditetapkan = new { tempat = "Negara", tanggal = "2030-01-02", jabatan = "Ketua" },
        sasaran = Enumerable.Range(1, 5).Select(n => new
        {
            uraian = $"Sasaran {n}",
            indikator = new[] { new { uraian = n == 5 ? "Indeks kepuasan layanan" : $"Indikator {n}", satuan = "%", polaritas = "Maksimal" } },
        }).ToArray(),
    };

    [Fact]
    public async Task A_manual_value_needs_an_iku_without_register_a_justification_and_evidence_and_shows_as_manual()
    {
        var tahun = app.NewYear();
        using var perencana = await app.LoginAsync(Peran.Perencana);
        var put = await TolokFactory.PutVersiAsync(perencana, $"/api/v1/satker/51.01/iku/{tahun}", FiveSasaran());
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var url = $"/api/v1/satker/51.01/kinerja/{tahun}/manual";

        var onRegister = await TolokFactory.PutVersiAsync(perencana, $"{url}/1.1", new { periode = "tahunan", nilai = 4, justifikasi = "Dihitung sendiri dari arsip surat keluar.", bukti = "ND-1/2030" });
        Assert.Equal(HttpStatusCode.BadRequest, onRegister.StatusCode);
        Assert.Contains("dihitung dari register", (await onRegister.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("kode")[0].GetString(), StringComparison.Ordinal);

        var bare = await TolokFactory.PutVersiAsync(perencana, $"{url}/5.1", new { periode = "tahunan", nilai = 87.5 });
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        var errors = (await bare.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("justifikasi", out _) && errors.TryGetProperty("bukti", out _));
        var before = await perencana.GetFromJsonAsync<JsonElement>($"/api/v1/satker/51.01/kinerja/{tahun}");
        var empty = before.GetProperty("indikator").EnumerateArray().Single(i => i.GetProperty("kode").GetString() == "5.1");
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("realisasi").ValueKind);

        using var anonymous = app.CreateClient();
        using var reader = await app.PembacaAsync(); // internal reads need a sign-in (decision 87)
        Assert.Equal(HttpStatusCode.Unauthorized, (await TolokFactory.PutVersiAsync(anonymous, $"{url}/5.1", new { periode = "tahunan", nilai = 1 })).StatusCode);

        var ok = await TolokFactory.PutVersiAsync(perencana, $"{url}/5.1", new { periode = "tahunan", nilai = 87.5, justifikasi = "Survei kepuasan tahunan oleh pihak ketiga; belum ada register survei.", bukti = "Laporan survei No. 12/2030" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var kinerja = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/satker/51.01/kinerja/{tahun}");
        var x = kinerja.GetProperty("indikator").EnumerateArray().Single(i => i.GetProperty("kode").GetString() == "5.1");
        Assert.True(x.GetProperty("manual").GetBoolean());
        Assert.Equal(87.5m, x.GetProperty("realisasi").GetDecimal());
        Assert.Equal("manual", x.GetProperty("sumber").GetProperty("register").GetString());
        Assert.Equal("Laporan survei No. 12/2030", x.GetProperty("bukti").GetString());
        // Only the annual value was entered: the first quarter stays without a value.
        var tw1 = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/satker/51.01/kinerja/{tahun}?periode=TW1");
        Assert.Equal(JsonValueKind.Null, tw1.GetProperty("indikator").EnumerateArray().Single(i => i.GetProperty("kode").GetString() == "5.1").GetProperty("realisasi").ValueKind);

        var page = await reader.GetStringAsync($"/Kinerja/Rincian?satker=51.01&tahun={tahun}&kode=5.1");
        Assert.Contains("Survei kepuasan tahunan", page, StringComparison.Ordinal);
        Assert.Contains(">manual<", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Isi realisasi manual", page, StringComparison.Ordinal);

        // The form on the drill-down page: a number that is not one is explained, nothing is saved.
        using var operatorClient = await app.LoginAsync(Peran.Operator);
        var pageUrl = $"/Kinerja/Rincian?satker=51.01&tahun={tahun}&periode=TW2&kode=5.1";
        var bad = await TolokFactory.PostFormAsync(operatorClient, pageUrl + "&handler=Manual", new Dictionary<string, string>
        {
            ["satker"] = "51.01",
            ["tahun"] = tahun.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["periode"] = "TW2",
            ["kode"] = "5.1",
            ["Versi"] = "0",
            ["NilaiManual"] = "tinggi",
            ["Justifikasi"] = "Survei semester pertama oleh pihak ketiga.",
            ["Bukti"] = "Laporan survei No. 7/2030",
        }, pageUrl);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("bukan angka", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var good = await TolokFactory.PostFormAsync(operatorClient, pageUrl + "&handler=Manual", new Dictionary<string, string>
        {
            ["satker"] = "51.01",
            ["tahun"] = tahun.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["periode"] = "TW2",
            ["kode"] = "5.1",
            ["Versi"] = "0",
            ["NilaiManual"] = "84,25",
            ["Justifikasi"] = "Survei semester pertama oleh pihak ketiga.",
            ["Bukti"] = "Laporan survei No. 7/2030",
        }, pageUrl);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var tw2 = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/satker/51.01/kinerja/{tahun}?periode=TW2");
        Assert.Equal(84.25m, tw2.GetProperty("indikator").EnumerateArray().Single(i => i.GetProperty("kode").GetString() == "5.1").GetProperty("realisasi").GetDecimal());
    }

    [Fact]
    public async Task The_trend_gives_earlier_years_from_the_registers_and_no_data_as_null()
    {
        Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);
        using var anonymous = app.CreateClient();
        using var reader = await app.PembacaAsync(); // internal reads need a sign-in (decision 87)
        var tren = await reader.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/kinerja/2024/tren?jumlahTahun=2");
        JsonElement Year(string kode, int tahun) => tren.GetProperty(kode).EnumerateArray().Single(t => t.GetProperty("tahun").GetInt32() == tahun).GetProperty("realisasi");

        Assert.Equal(68.10m, Year("1.2", 2023).GetDecimal());            // the LHE issued in 2023
        Assert.Equal(4, Year("1.1", 2023).GetInt32());                   // four RB reports due in 2023, all on time
        Assert.Equal("WTP", Year("1.3", 2023).GetString());
        Assert.Equal(75m, Year("1.4", 2023).GetDecimal());               // three of four services delivered
        Assert.Equal(JsonValueKind.Null, Year("3.1", 2023).ValueKind);   // no voting day in 2023: no data, not 0
        Assert.Equal(JsonValueKind.Null, Year("1.2", 2022).ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync("/api/v1/satker/51.01/kinerja/2024/tren?jumlahTahun=50")).StatusCode);

        var dashboard = await reader.GetStringAsync("/Kinerja?satker=51.01&tahun=2024");
        Assert.Contains("Realisasi IKU 1.2 2021–2024", dashboard, StringComparison.Ordinal);
        Assert.Contains("2023: WTP", dashboard, StringComparison.Ordinal);
    }
}

public sealed class ManualTrenTestsSqlite(SqliteFactory app) : ManualTrenTests(app), IClassFixture<SqliteFactory>;

public sealed class ManualTrenTestsPostgres(PostgresFactory app) : ManualTrenTests(app), IClassFixture<PostgresFactory>;
