using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.AspNetCore.Mvc.Testing;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Partisipasi;

public abstract partial class PartisipasiPageTests(TolokFactory app)
{
    private async Task DemoAsync() => Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);

    [Fact]
    public async Task Participation_page_shows_figures_charts_and_drill_down()
    {
        await DemoAsync();
        using var client = await app.PembacaAsync();
        var html = await client.GetStringAsync("/Partisipasi?pemilihan=pilkada-2024&surat=GUBERNUR&kode=51.01");

        Assert.Contains("Data contoh", html, StringComparison.Ordinal);
        Assert.Contains("244.978", html, StringComparison.Ordinal);
        Assert.Matches(MelayaRegex(), html);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Perempuan dan laki-laki", html, StringComparison.Ordinal);
        var kecamatan = Regex.Match(html, "href=\"(/Partisipasi\\?[^\"]*kode=51\\.01\\.04[^\"]*)\"").Groups[1].Value;
        var drill = await client.GetStringAsync(WebUtility.HtmlDecode(kecamatan));
        Assert.Contains("Melaya", drill, StringComparison.Ordinal);
        Assert.Contains("51.01.04.", drill, StringComparison.Ordinal); // its desa

        var desa = TpsFiles.DesaJembrana.First(d => Tolok.Wilayah.KodeWilayah.Induk(d) == 510104);
        var tps = await client.GetStringAsync($"/Partisipasi?pemilihan=pilkada-2024&surat=GUBERNUR&kode={TpsFiles.Tps(desa, 1)}");
        Assert.Contains("Nilai yang dilaporkan", tps, StringComparison.Ordinal);
        Assert.Contains("pemilih dpt", tps, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Iku_page_shows_the_participation_realisation_from_tps_data()
    {
        await DemoAsync();
        using var client = await app.PembacaAsync();
        var html = await client.GetStringAsync("/Iku?satker=51.01&tahun=2024");

        Assert.Contains("Realisasi dari data TPS", html, StringComparison.Ordinal);
        Assert.Contains("pemilu-2024 PPWP", html, StringComparison.Ordinal);
        Assert.Contains("pilkada-2024 GUBERNUR</a>: 71,26%", html, StringComparison.Ordinal);
        Assert.Contains("data contoh", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anomaly_page_lists_broken_rules_and_tables_download()
    {
        await DemoAsync();
        using var client = await app.PembacaAsync();
        var html = await client.GetStringAsync("/Partisipasi/Anomali?pemilihan=pilkada-2024&surat=GUBERNUR&kode=51.01");
        Assert.Contains("tidak-valid", html, StringComparison.Ordinal);
        Assert.Contains("seharusnya", html, StringComparison.Ordinal);

        var xlsx = await client.GetByteArrayAsync("/api/v1/pemilihan/pilkada-2024/partisipasi/51.01/tabel.xlsx?suratSuara=GUBERNUR");
        using var stream = new MemoryStream(xlsx);
        using var doc = SpreadsheetDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var csv = await client.GetStringAsync("/api/v1/pemilihan/pilkada-2024/partisipasi/51.01/tabel.csv?suratSuara=GUBERNUR");
        Assert.Equal(6, csv.Trim().Split('\n').Length); // header + 5 kecamatan
    }

    [Fact]
    public async Task Upload_page_needs_a_data_role_and_reports_refused_rows()
    {
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/Partisipasi/Impor")).StatusCode);

        using var operatorClient = await app.LoginAsync(Peran.Operator);
        var page = await operatorClient.GetStringAsync("/Partisipasi/Impor");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var file = new ByteArrayContent("kode,pemilih_dpt_l\n51.01.01.9999.001,5\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent("pemilu-2024"), "Pemilihan" },
            { new StringContent("DPD"), "Surat" },
            { new StringContent("51.01"), "Satker" },
            { file, "Berkas", "rusak.csv" },
        };

        var response = await operatorClient.PostAsync("/Partisipasi/Impor", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Impor ditolak; tidak ada data yang disimpan", html, StringComparison.Ordinal);
        Assert.Contains("kode tidak dikenal", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("Melaya")]
    private static partial Regex MelayaRegex();
}

public sealed class PartisipasiPageTestsSqlite(SqliteFactory app) : PartisipasiPageTests(app), IClassFixture<SqliteFactory>;

public sealed class PartisipasiPageTestsPostgres(PostgresFactory app) : PartisipasiPageTests(app), IClassFixture<PostgresFactory>;
