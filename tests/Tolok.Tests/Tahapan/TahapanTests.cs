using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tolok.Pengguna;
using Tolok.Tahapan;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Tahapan;

public class TahapanMathTests
{
    private static readonly DateOnly Akhir2024 = new(2024, 12, 31);

    [Fact]
    public void A_stage_spanning_two_years_counts_in_both()
    {
        var t = new TahapanFakta(new DateOnly(2023, 11, 28), new DateOnly(2024, 2, 10), new DateOnly(2023, 11, 28), new DateOnly(2024, 2, 10), true, 0);
        Assert.True(TahapanMath.Berlaku(t, 2023, new DateOnly(2023, 12, 31)));
        Assert.True(TahapanMath.Berlaku(t, 2024, Akhir2024));
        Assert.False(TahapanMath.Berlaku(t, 2025, new DateOnly(2025, 12, 31)));
        // In 2023 it is not due yet: started on time and following the rules is enough.
        var unfinished = t with { RealisasiSelesai = null };
        Assert.True(TahapanMath.SesuaiJadwal(unfinished, new DateOnly(2023, 12, 31)));
        Assert.False(TahapanMath.SesuaiJadwal(unfinished, Akhir2024));
    }

    [Theory]
    [InlineData(0, 0, true, true)]    // on time, per rules
    [InlineData(1, 0, true, false)]   // started a day late
    [InlineData(0, 5, true, false)]   // finished five days late
    [InlineData(0, -3, true, true)]   // finished early
    [InlineData(0, 0, false, false)]  // not per rules
    public void On_schedule_means_not_late_and_per_rules(int startLate, int endLate, bool perRules, bool expected)
    {
        var start = new DateOnly(2024, 3, 1);
        var end = new DateOnly(2024, 3, 20);
        var t = new TahapanFakta(start, end, start.AddDays(startLate), end.AddDays(endLate), perRules, 0);
        Assert.Equal(expected, TahapanMath.SesuaiJadwal(t, Akhir2024));
    }

    [Fact]
    public void Ratios_and_safety_threshold()
    {
        var start = new DateOnly(2024, 3, 1);
        var end = new DateOnly(2024, 3, 20);
        var ok = new TahapanFakta(start, end, start, end, true, 0);
        var list = new[] { ok, ok with { KeparahanTertinggi = 1 }, ok with { KeparahanTertinggi = 2 }, ok with { SesuaiKetentuan = null } };

        var (jadwal, aman) = TahapanMath.Hitung(list, 2024, Akhir2024, ambangKeparahan: 2);

        Assert.Equal((3, 4), jadwal);
        Assert.Equal((3, 4), aman);
        Assert.Equal((2, 4), TahapanMath.Hitung(list, 2024, Akhir2024, ambangKeparahan: 1).Aman);
    }
}

public abstract class TahapanApiTests(TolokFactory app)
{
    [Fact]
    public async Task Stages_are_seeded_and_the_stage_iku_are_computed_from_them()
    {
        Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);
        using var client = await app.PembacaAsync();

        var stages = await client.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/tahapan/2024");
        var list = stages.EnumerateArray().ToList();
        Assert.Contains(list, t => t.GetProperty("pemilihan").GetString() == "pemilu-2024");
        Assert.Contains(list, t => t.GetProperty("pemilihan").GetString() == "pilkada-2024");
        var onSchedule = list.Count(t => t.GetProperty("sesuaiJadwal").GetBoolean());
        var safe = list.Count(t => t.GetProperty("aman").GetBoolean());

        var kinerja = await client.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/kinerja/2024");
        var byKode = kinerja.GetProperty("indikator").EnumerateArray().ToDictionary(i => i.GetProperty("kode").GetString()!);
        Assert.Equal(onSchedule, byKode["2.1"].GetProperty("pembilang").GetInt32());
        Assert.Equal(list.Count, byKode["2.1"].GetProperty("penyebut").GetInt32());
        Assert.Equal(Math.Round(onSchedule * 100m / list.Count, 2), byKode["2.1"].GetProperty("realisasi").GetDecimal());
        Assert.Equal(safe, byKode["4.1"].GetProperty("pembilang").GetInt32());
        Assert.True(onSchedule < list.Count && safe < list.Count, "the demo data carry a late stage and an incident");
        Assert.Equal("tahapan", byKode["4.1"].GetProperty("sumber").GetProperty("register").GetString());
    }

    [Fact]
    public async Task Recording_a_stage_needs_a_data_role_and_valid_dates()
    {
        using var anonymous = app.CreateClient();
        using var reader = await app.PembacaAsync(); // internal reads need a sign-in (decision 87)
        var stages = await reader.GetFromJsonAsync<JsonElement>("/api/v1/satker/51/tahapan/2024");
        var id = stages[0].GetProperty("id").GetInt32();
        var url = $"/api/v1/satker/51/tahapan/pelaksanaan/{id}";
        using var verifikator = await app.LoginAsync(Peran.Verifikator);
        using var operatorClient = await app.LoginAsync(Peran.Operator);

        Assert.Equal(HttpStatusCode.Unauthorized, (await TolokFactory.PutVersiAsync(anonymous, url, new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await TolokFactory.PutVersiAsync(verifikator, url, new { })).StatusCode);
        var bad = await TolokFactory.PutVersiAsync(operatorClient, url, new { realisasiMulai = "2024-05-10", realisasiSelesai = "2024-05-01", sesuaiKetentuan = false });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("realisasiSelesai", out _));
        Assert.True(errors.TryGetProperty("catatan", out _));

        var start = stages[0].GetProperty("jadwalMulai").GetString();
        var end = stages[0].GetProperty("jadwalSelesai").GetString();
        Assert.Equal(HttpStatusCode.OK, (await TolokFactory.PutVersiAsync(operatorClient, url, new { realisasiMulai = start, realisasiSelesai = end, sesuaiKetentuan = true })).StatusCode);
        var incident = await operatorClient.PostAsJsonAsync(url + "/insiden", new { tanggal = start, tempat = "Negara", jenis = "Unjuk rasa", keparahan = 3, ditangani = true });
        Assert.Equal(HttpStatusCode.Created, incident.StatusCode);

        var after = (await reader.GetFromJsonAsync<JsonElement>("/api/v1/satker/51/tahapan/2024")).EnumerateArray().Single(t => t.GetProperty("id").GetInt32() == id);
        Assert.True(after.GetProperty("sesuaiJadwal").GetBoolean());
        Assert.False(after.GetProperty("aman").GetBoolean());
        Assert.Equal("Unjuk rasa", after.GetProperty("insiden")[0].GetProperty("jenis").GetString());
    }
}

public abstract class TahapanPageTests(TolokFactory app)
{
    [Fact]
    public async Task Stage_page_lists_the_stages_and_a_data_role_records_one()
    {
        using var anonymous = app.CreateClient();
        using var reader = await app.PembacaAsync(); // internal reads need a sign-in (decision 87)
        var page = await reader.GetStringAsync("/Tahapan?satker=RI&tahun=2024");
        Assert.Contains("Pemungutan suara", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<summary>Catat</summary>", page, StringComparison.Ordinal);

        using var operatorClient = await app.LoginAsync(Peran.Operator);
        var stages = await reader.GetFromJsonAsync<JsonElement>("/api/v1/satker/RI/tahapan/2024");
        var first = stages[0];
        var response = await TolokFactory.PostFormAsync(operatorClient, "/Tahapan?satker=RI&tahun=2024", new Dictionary<string, string>
        {
            ["satker"] = "RI",
            ["tahun"] = "2024",
            ["TahapanId"] = first.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Versi"] = first.GetProperty("versi").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RealisasiMulai"] = first.GetProperty("jadwalMulai").GetString()!,
            ["Sesuai"] = "tidak",
            ["Catatan"] = "",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // shown again with the error
        Assert.Contains("Jelaskan pada catatan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class TahapanPageTestsSqlite(SqliteFactory app) : TahapanPageTests(app), IClassFixture<SqliteFactory>;

public sealed class TahapanApiTestsSqlite(SqliteFactory app) : TahapanApiTests(app), IClassFixture<SqliteFactory>;

public sealed class TahapanApiTestsPostgres(PostgresFactory app) : TahapanApiTests(app), IClassFixture<PostgresFactory>;
