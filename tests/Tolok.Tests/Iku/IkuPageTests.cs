using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Iku;

public abstract class IkuPageTests(TolokFactory app)
{
    [Fact]
    public async Task Iku_page_renders_the_document_table_with_spanning_sasaran_cells()
    {
        using var client = await app.PembacaAsync();
        var html = await client.GetStringAsync("/Iku?satker=51.01&tahun=2024");

        Assert.Contains("INDIKATOR KINERJA UTAMA DI LINGKUNGAN KOMISI PEMILIHAN UMUM KABUPATEN JEMBRANA TAHUN 2024", html, StringComparison.Ordinal);
        foreach (var header in new[] { "NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA UTAMA", "CARA PENGUKURAN", "SUMBER DATA", "(5)" })
        {
            Assert.Contains($">{header}</th>", html, StringComparison.Ordinal);
        }
        Assert.Contains("rowspan=\"4\" class=\"sasaran\"", html, StringComparison.Ordinal);
        Assert.Contains("rowspan=\"3\" class=\"sasaran\"", html, StringComparison.Ordinal);
        Assert.Contains("Negara, 3 Januari 2024", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_page_leads_to_the_seed_iku()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Iku?satker=51.01&tahun=2024", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Edit_page_sends_visitors_to_login_and_refuses_operators()
    {
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var toLogin = await anonymous.GetAsync("/Iku/Edit?satker=51.01&tahun=2024");
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.StartsWith("/Akun/Masuk", toLogin.Headers.Location?.AbsolutePath ?? toLogin.Headers.Location?.OriginalString, StringComparison.Ordinal);

        using var operatorClient = await app.LoginAsync(Peran.Operator);
        var denied = await operatorClient.GetAsync("/Iku/Edit?satker=51.01&tahun=2024");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/Akun/Ditolak", denied.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Perencana_edits_through_the_form_and_a_new_revision_appears()
    {
        var tahun = app.NewYear();
        using var perencana = await app.LoginAsync(Peran.Perencana);
        var url = $"/Iku/Edit?satker=51.01&tahun={tahun}&handler=Simpan";
        var fields = new Dictionary<string, string>
        {
            ["Input.Ditetapkan.Tempat"] = "Negara",
            ["Input.Ditetapkan.Tanggal"] = $"{tahun}-01-05",
            ["Input.Ditetapkan.Jabatan"] = "Ketua Komisi Pemilihan Umum Kabupaten Jembrana",
            ["Input.Ditetapkan.Nama"] = "I Gede Uji",
            ["Input.Sasaran[0].Uraian"] = "Terwujudnya uji formulir",
            ["Input.Sasaran[0].Indikator[0].Uraian"] = "Persentase formulir yang tersimpan",
            ["Input.Sasaran[0].Indikator[0].CaraPengukuran"] = "",
            ["Input.Sasaran[0].Indikator[0].Satuan"] = "%",
            ["Input.Sasaran[0].Indikator[0].Polaritas"] = "Minimal",
            ["Input.Keterangan"] = "Penyusunan awal",
            ["Versi"] = "0",
        };

        var invalid = await TolokFactory.PostFormAsync(perencana, url,
            new Dictionary<string, string>(fields) { ["Input.Sasaran[0].Uraian"] = "" }, $"/Iku/Edit?satker=51.01&tahun={tahun}");
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("Uraian sasaran 1 wajib diisi.", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var saved = await TolokFactory.PostFormAsync(perencana, url, fields, $"/Iku/Edit?satker=51.01&tahun={tahun}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var iku = await perencana.GetFromJsonAsync<JsonElement>($"/api/v1/satker/51.01/iku/{tahun}");
        Assert.Equal(1, iku.GetProperty("revisi").GetInt32());
        Assert.Equal("I Gede Uji", iku.GetProperty("ditetapkan").GetProperty("nama").GetString());
        var indikator = iku.GetProperty("sasaran")[0].GetProperty("indikator")[0];
        Assert.Equal("minimal", indikator.GetProperty("polaritas").GetString());
        Assert.Equal(JsonValueKind.Null, indikator.GetProperty("caraPengukuran").ValueKind);
        var page = await perencana.GetStringAsync($"/Iku?satker=51.01&tahun={tahun}");
        Assert.Contains("Penyusunan awal", page, StringComparison.Ordinal);
        Assert.Contains($"Negara, 5 Januari {tahun}", page, StringComparison.Ordinal);

        // The same form opened before that save (revision 0) does not overwrite revision 1 unseen.
        var stale = await TolokFactory.PostFormAsync(perencana, url, new Dictionary<string, string>(fields) { ["Input.Keterangan"] = "Dari formulir lama" }, $"/Iku/Edit?satker=51.01&tahun={tahun}");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("telah direvisi orang lain (revisi 1)", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(1, (await perencana.GetFromJsonAsync<JsonElement>($"/api/v1/satker/51.01/iku/{tahun}")).GetProperty("revisi").GetInt32());
    }

    [Fact]
    public async Task Form_posts_without_anti_forgery_token_are_refused()
    {
        using var perencana = await app.LoginAsync(Peran.Perencana);
        perencana.DefaultRequestHeaders.Remove("RequestVerificationToken");
        var response = await perencana.PostAsync("/Iku/Edit?satker=51.01&tahun=2024&handler=Simpan",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Keterangan"] = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Wrong_password_is_answered_in_Indonesian()
    {
        var (name, _) = await app.CreateUserAsync(Peran.Operator);
        using var client = app.CreateClient();

        var response = await TolokFactory.PostFormAsync(client, "/Akun/Masuk", new Dictionary<string, string>
        {
            ["NamaPengguna"] = name,
            ["KataSandi"] = "salah-sekali",
        });

        Assert.Contains("Nama pengguna atau kata sandi salah, atau akun dikunci", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_pages_answer_in_Indonesian_and_unknown_api_paths_with_problem_details()
    {
        using var client = await app.PembacaAsync();

        var page = await client.GetAsync("/tidak/ada");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("Halaman yang Anda cari tidak ada.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        var api = await client.GetAsync("/api/v1/tidak-ada");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unreadable_parameters_and_bodies_are_answered_in_Indonesian()
    {
        using var client = await app.PembacaAsync();
        var query = await client.GetAsync("/api/v1/pemilihan/pemilu-2024/partisipasi/51?hanyaValid=mungkin");
        Assert.Equal(HttpStatusCode.BadRequest, query.StatusCode);
        var problem = await query.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Permintaan tidak valid", problem.GetProperty("title").GetString());
        Assert.Contains("true/false", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var perencana = await app.LoginAsync(Peran.Perencana);
        var body = await perencana.PutAsync("/api/v1/satker/51.01/target/2024", new StringContent("{bukan json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, body.StatusCode);
        Assert.Equal("Permintaan tidak valid", (await body.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Responses_carry_security_headers_and_a_strict_content_security_policy()
    {
        using var client = await app.PembacaAsync();
        var response = await client.GetAsync("/Iku?satker=51.01&tahun=2024");

        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}

public sealed class IkuPageTestsSqlite(SqliteFactory app) : IkuPageTests(app), IClassFixture<SqliteFactory>;

public sealed class IkuPageTestsPostgres(PostgresFactory app) : IkuPageTests(app), IClassFixture<PostgresFactory>;
