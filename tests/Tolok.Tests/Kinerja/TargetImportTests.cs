using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Kinerja;

public abstract class TargetImportTests(TolokFactory app)
{
    private static byte[] Workbook(params string[][] rows) => Xlsx.Workbook([.. rows.Select(r => r.Cast<object>().ToArray())]);

    private static MultipartFormDataContent Form(byte[] xlsx) => Xlsx.Form(xlsx, "target.xlsx");

    [Fact]
    public async Task Targets_import_from_a_sheet_and_a_bad_cell_stores_nothing()
    {
        using var perencana = await app.LoginAsync(Peran.Perencana);
        var url = "/api/v1/satker/51.01/target/2024/impor";

        var bad = await perencana.PostAsync(url, Form(Workbook(["Kode", "TAHUNAN", "TW1"], ["3.1", "delapan puluh", "80"], ["1.3", "", ""])));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("target.xlsx baris 2, kolom tahunan", out _), errors.GetRawText());
        var unchanged = await perencana.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/target/2024");
        Assert.Equal(JsonValueKind.Null, unchanged.EnumerateArray().Single(t => t.GetProperty("kode").GetString() == "1.3").GetProperty("kategori").ValueKind);

        var ok = await perencana.PostAsync(url, Form(Workbook(["kode", "tahunan", "tw1", "tw2", "tw3", "tw4", "kategori"], ["3.1", "81,5", "81,5", "81,5", "81,5", "81,5", ""], ["1.3", "", "", "", "", "", "WTP"])));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var stored = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(81.5m, stored.EnumerateArray().Single(t => t.GetProperty("kode").GetString() == "3.1").GetProperty("tahunan").GetDecimal());

        var unknown = await perencana.PostAsync(url, Form(Workbook(["kode", "sasaran"], ["3.1", "x"])));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("kolom tidak dikenal: sasaran", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync(url, Form(Workbook(["kode"], ["3.1"])))).StatusCode);
    }
}

public abstract class TargetPageImportTests(TolokFactory app)
{
    [Fact]
    public async Task The_targets_page_imports_a_sheet_and_shows_errors_by_row()
    {
        var tahun = app.NewYear();
        using var perencana = await app.LoginAsync(Peran.Perencana);
        Assert.Equal(HttpStatusCode.OK, (await perencana.PutAsJsonAsync($"/api/v1/satker/51.01/iku/{tahun}", Iku.IkuApiTests.Edit("Sasaran", "Indikator impor"))).StatusCode);
        var page = $"/Kinerja/Target?satker=51.01&tahun={tahun}";
        async Task<HttpResponseMessage> PostAsync(byte[] xlsx)
        {
            var form = Xlsx.Form(xlsx, "target.xlsx");
            form.Add(new StringContent(await TolokFactory.TokenAsync(perencana, page)), "__RequestVerificationToken");
            form.Add(new StringContent("51.01"), "satker");
            form.Add(new StringContent(tahun.ToString(System.Globalization.CultureInfo.InvariantCulture)), "tahun");
            return await perencana.PostAsync(page + "&handler=Impor", form);
        }
        var bad = await PostAsync(Xlsx.Workbook(["kode", "tahunan"], ["1.1", "banyak"]));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("baris 2, kolom tahunan", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(Xlsx.Workbook(["kode", "tahunan"], ["1.1", "12"]))).StatusCode);
        var stored = await perencana.GetFromJsonAsync<JsonElement>($"/api/v1/satker/51.01/target/{tahun}");
        Assert.Equal(12m, stored[0].GetProperty("tahunan").GetDecimal());
    }
}

public sealed class TargetPageImportTestsSqlite(SqliteFactory app) : TargetPageImportTests(app), IClassFixture<SqliteFactory>;

public sealed class TargetImportTestsSqlite(SqliteFactory app) : TargetImportTests(app), IClassFixture<SqliteFactory>;

public sealed class TargetImportTestsPostgres(PostgresFactory app) : TargetImportTests(app), IClassFixture<PostgresFactory>;
