using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Sengketa;

public abstract class SengketaTests(TolokFactory app)
{
    [Fact]
    public async Task Rulings_won_over_rulings_decided_give_iku_4_2()
    {
        Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);
        using var client = await app.PembacaAsync();

        var decided = await client.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/sengketa?tahun=2024");
        Assert.Equal(3, decided.GetArrayLength()); // the pending MK case is not a ruling yet
        Assert.Equal([true, true, false], decided.EnumerateArray().Select(p => p.GetProperty("menang").GetBoolean()));

        var kinerja = await client.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/kinerja/2024");
        var iku42 = kinerja.GetProperty("indikator").EnumerateArray().Single(i => i.GetProperty("kode").GetString() == "4.2");
        Assert.Equal(2, iku42.GetProperty("pembilang").GetInt32());
        Assert.Equal(3, iku42.GetProperty("penyebut").GetInt32());
        Assert.Equal(66.67m, iku42.GetProperty("realisasi").GetDecimal());

        // In the first quarter only the Bawaslu and PTUN rulings were decided.
        var tw1 = await client.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/kinerja/2024?periode=TW1");
        Assert.Equal(100m, tw1.GetProperty("indikator").EnumerateArray().Single(i => i.GetProperty("kode").GetString() == "4.2").GetProperty("realisasi").GetDecimal());
    }

    [Fact]
    public async Task Cases_are_recorded_by_data_roles_and_checked()
    {
        using var anonymous = app.CreateClient();
        using var operatorClient = await app.LoginAsync(Peran.Operator);
        var body = new { forum = "Bawaslu", nomorPerkara = $"U-{Guid.NewGuid():N}"[..12], pihak = "A melawan KPU", peranKpu = "termohon", pokok = "uji", tanggalRegistrasi = "2024-03-01" };

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/satker/51/sengketa", body)).StatusCode);
        var bad = await operatorClient.PostAsJsonAsync("/api/v1/satker/51/sengketa", new { forum = "", putusan = "menang", tanggalRegistrasi = "2024-03-01" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("forum", out _));
        Assert.Contains("ditolak", errors.GetProperty("putusan")[0].GetString(), StringComparison.Ordinal);

        var created = await operatorClient.PostAsJsonAsync("/api/v1/satker/51/sengketa", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.BadRequest, (await operatorClient.PostAsJsonAsync("/api/v1/satker/51/sengketa", body)).StatusCode); // duplicate number
        var decided = await TolokFactory.PutVersiAsync(operatorClient, $"/api/v1/satker/51/sengketa/{id}", new
        {
            body.forum,
            body.nomorPerkara,
            body.pihak,
            body.peranKpu,
            body.pokok,
            body.tanggalRegistrasi,
            tanggalPutusan = "2024-04-01",
            putusan = "dikabulkan",
        });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.False((await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("menang").GetBoolean());
    }
}

public abstract class SengketaPageTests(TolokFactory app)
{
    [Fact]
    public async Task Register_page_lists_cases_and_an_operator_adds_one_through_the_form()
    {
        using var operatorClient = await app.LoginAsync(Peran.Operator);
        var nomor = $"P-{Guid.NewGuid():N}"[..12];
        var saved = await TolokFactory.PostFormAsync(operatorClient, "/Sengketa?satker=51", new Dictionary<string, string>
        {
            ["satker"] = "51",
            ["Forum"] = "PTUN",
            ["NomorPerkara"] = nomor,
            ["Pihak"] = "B melawan KPU Provinsi Bali",
            ["PeranKpu"] = "tergugat",
            ["Pokok"] = "uji halaman",
            ["TanggalRegistrasi"] = "2024-06-01",
            ["Putusan"] = "ditolak",
            ["TanggalPutusan"] = "2024-07-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var html = await operatorClient.GetStringAsync("/Sengketa?satker=51");
        Assert.Contains(nomor, html, StringComparison.Ordinal);
        Assert.Contains("dimenangkan KPU", html, StringComparison.Ordinal);

        using var anonymous = app.CreateClient();
        using var reader = await app.PembacaAsync(); // internal reads need a sign-in (decision 87)
        var page = await reader.GetStringAsync("/Sengketa?satker=51");
        Assert.Contains(nomor, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Catat perkara baru", page, StringComparison.Ordinal);
    }
}

public sealed class SengketaPageTestsSqlite(SqliteFactory app) : SengketaPageTests(app), IClassFixture<SqliteFactory>;

public sealed class SengketaTestsSqlite(SqliteFactory app) : SengketaTests(app), IClassFixture<SqliteFactory>;

public sealed class SengketaTestsPostgres(PostgresFactory app) : SengketaTests(app), IClassFixture<PostgresFactory>;
