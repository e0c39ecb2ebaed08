using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Keamanan;

/// <summary>
/// Who sees what (issue 14, decision 87): visitors see the public portal and the signed IKU and nothing unapproved;
/// a signed-in user reads the satkers of their scope and what lies below them; years outside 2000–2100 are a 400.
/// </summary>
public abstract class AksesTests(TolokFactory app)
{
    [Fact]
    public async Task Visitors_see_the_portal_and_the_signed_iku_and_nothing_internal()
    {
        Assert.Equal(0, (await app.RunCliAsync("demo")).Exit); // participation data of Jembrana, not approved
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        // The signed IKU is public; the realisation computed from unapproved TPS data is not.
        Assert.DoesNotContain("Realisasi dari data TPS", await anonymous.GetStringAsync("/Iku?satker=51.01&tahun=2024"), StringComparison.Ordinal);
        using (var reader = await app.PembacaAsync())
        {
            Assert.Contains("Realisasi dari data TPS", await reader.GetStringAsync("/Iku?satker=51.01&tahun=2024"), StringComparison.Ordinal);
        }
        foreach (var page in new[] { "/Kinerja?satker=51.01&tahun=2024", "/Laporan/Rb?satker=51.01", "/Sengketa?satker=51.01", "/Tahapan?satker=51.01&tahun=2024",
                     "/Partisipasi?pemilihan=pemilu-2024&kode=51.01", "/Register?satker=51.01", "/Dokumen?satker=51.01&tahun=2024", "/Kinerja/Rincian?satker=51.01&tahun=2024&kode=1.1" })
        {
            var response = await anonymous.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Akun/Masuk", StringComparison.Ordinal),
                $"{page}: {(int)response.StatusCode} {response.Headers.Location}");
        }
        foreach (var api in new[] { "/api/v1/satker/51.01/kinerja/2024", "/api/v1/pemilihan/pemilu-2024/partisipasi/51.01?suratSuara=PPWP",
                     "/api/v1/satker/51.01/dokumen/lkjip/2024.pdf", "/api/v1/satker/51.01/dokumen/pk/2024.docx", "/api/v1/satker/51.01/laporan/rb",
                     "/api/v1/satker/51.01/target/2024", "/api/v1/satker/51.01/alur", "/api/v1/pemilihan/pemilu-2024/tps/51.01.csv?suratSuara=PPWP" })
        {
            Assert.True((await anonymous.GetAsync(api)).StatusCode == HttpStatusCode.Unauthorized, api);
        }
        foreach (var open in new[] { "/Publik?satker=51.01&tahun=2024", "/Iku?satker=51.01&tahun=2024", "/api/v1/satker", "/api/v1/satker/51.01/iku/2024",
                     "/api/v1/publik/satker/51.01/kinerja/2024.json", "/api/v1/publik/satker/51.01/kinerja/2024.csv", "/api/v1/satker/51.01/dokumen/iku/2024.pdf" })
        {
            var response = await anonymous.GetAsync(open);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{open}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_user_reads_the_satker_of_their_scope_and_below_it_and_nothing_else()
    {
        var (name, password) = await app.CreateUserAsync(false, Peran.Verifikator);
        Assert.Equal(0, (await app.RunCliAsync("user", "pic", name, "--satker", "51.01", "--register", "*")).Exit);
        using var jembrana = await app.MasukAsync(name, password);
        foreach (var ok in new[] { "/api/v1/satker/51.01/kinerja/2024", "/api/v1/satker/51.01/laporan/rb", "/api/v1/pemilihan/pemilu-2024/partisipasi/51.01?suratSuara=PPWP",
                     "/api/v1/pemilihan/pemilu-2024/partisipasi/51.01.01?suratSuara=PPWP", "/api/v1/satker/51.01/iku/2024" })
        {
            var response = await jembrana.GetAsync(ok);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{ok}: {(int)response.StatusCode}");
        }
        foreach (var refused in new[] { "/api/v1/satker/51/kinerja/2024", "/api/v1/satker/RI/laporan/rb", "/api/v1/satker/51/alur",
                     "/api/v1/pemilihan/pemilu-2024/partisipasi/51?suratSuara=PPWP", "/api/v1/pemilihan/pemilu-2024/partisipasi/51.02?suratSuara=PPWP",
                     "/api/v1/satker/51/target/2024" })
        {
            var response = await jembrana.GetAsync(refused);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{refused}: {(int)response.StatusCode}");
        }
        // The signed IKU of any satker is public, to them too (51 has none for 2024: a 404, not a 403).
        Assert.Equal(HttpStatusCode.NotFound, (await jembrana.GetAsync("/api/v1/satker/51/iku/2024")).StatusCode);
        var problem = await (await jembrana.GetAsync("/api/v1/satker/51/kinerja/2024")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Di luar lingkup Anda", problem.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, (await jembrana.GetAsync("/Kinerja?satker=51.01&tahun=2024")).StatusCode);
        foreach (var page in new[] { "/Kinerja?satker=51&tahun=2024", "/Laporan/Rb?satker=RI", "/Alur/Antrian?satker=51", "/Partisipasi?pemilihan=pemilu-2024&kode=51", "/Audit" })
        {
            var response = await jembrana.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Akun/Ditolak", StringComparison.Ordinal),
                $"{page}: {(int)response.StatusCode} {response.Headers.Location}");
        }

        // A KPU Provinsi's user reads its kabupaten too, not the nation.
        var (bali, baliPassword) = await app.CreateUserAsync(false, Peran.Pimpinan);
        Assert.Equal(0, (await app.RunCliAsync("user", "pic", bali, "--satker", "51", "--register", "*")).Exit);
        using var provinsi = await app.MasukAsync(bali, baliPassword);
        Assert.Equal(HttpStatusCode.OK, (await provinsi.GetAsync("/api/v1/satker/51.01/kinerja/2024")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await provinsi.GetAsync("/api/v1/satker/51/laporan/rb")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provinsi.GetAsync("/api/v1/satker/RI/kinerja/2024")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await provinsi.GetAsync("/api/v1/pemilihan/pemilu-2024/partisipasi/51?suratSuara=PPWP")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provinsi.GetAsync("/api/v1/pemilihan/pemilu-2024/partisipasi/RI?suratSuara=PPWP")).StatusCode);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("1999")]
    [InlineData("100000")]
    public async Task Years_outside_2000_to_2100_are_a_400_in_indonesian(string tahun)
    {
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var reader = await app.PembacaAsync();
        foreach (var (client, url) in new[] { (anonymous, $"/api/v1/satker/51.01/iku/{tahun}"), (reader, $"/api/v1/satker/51.01/kinerja/{tahun}"),
                     (reader, $"/api/v1/satker/51.01/laporan/rb?tahun={tahun}"), (anonymous, $"/api/v1/publik/satker/51.01/kinerja/{tahun}.json") })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode}");
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Tahun tidak valid", problem.GetProperty("title").GetString());
            Assert.Contains("2000–2100", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        var page = await reader.GetAsync($"/Kinerja?satker=51.01&tahun={tahun}");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("2000–2100", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_verb_prints_the_usage_in_indonesian_and_exits_2()
    {
        var (exit, _, error) = await app.RunCliAsync("tokn", "add");
        Assert.Equal(2, exit);
        Assert.Contains("perintah atau argumen \"tokn\" tidak dikenal", error, StringComparison.Ordinal);
        Assert.Contains("Pemakaian: tolok", error, StringComparison.Ordinal);
        Assert.Contains("token", error, StringComparison.Ordinal);
        var (missing, _, missingError) = await app.RunCliAsync("token", "add", "skrip");
        Assert.Equal(2, missing);
        Assert.Contains("opsi --user wajib diisi", missingError, StringComparison.Ordinal);

        // The binary itself: a word that is no verb never starts the web server.
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "tolok.dll"), "tokn", "add"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetTempPath(),
        })!;
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("Pemakaian", await stderr, StringComparison.Ordinal);
    }
}

public sealed class AksesTestsSqlite(SqliteFactory app) : AksesTests(app), IClassFixture<SqliteFactory>;

public sealed class AksesTestsPostgres(PostgresFactory app) : AksesTests(app), IClassFixture<PostgresFactory>;
