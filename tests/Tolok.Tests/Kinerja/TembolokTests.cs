using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tolok.Infrastructure;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;
using Tolok.Tests.Partisipasi;

namespace Tolok.Tests.Kinerja;

/// <summary>
/// Computed figures are cached and recomputed exactly when a write changes them (issue 17, point 6): the change
/// stamps live in the database, so a write through any context — another app server's included — and the TPS import
/// in plain SQL invalidate, and a write to another satker does not.
/// </summary>
public abstract class TembolokTests(TolokFactory app)
{
    private static async Task<Dictionary<string, JsonElement>> KinerjaAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/kinerja/2024")).GetProperty("indikator").EnumerateArray()
            .ToDictionary(i => i.GetProperty("kode").GetString()!);

    [Fact]
    public async Task A_read_is_served_from_cache_until_a_write_changes_its_figures_on_any_path()
    {
        Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);
        var tembolok = app.Services.GetRequiredService<Tembolok>();
        using var reader = await app.PembacaAsync();
        var first = await KinerjaAsync(reader);
        Assert.Equal(3m, first["1.1"].GetProperty("realisasi").GetDecimal());
        var (kena, hitung) = (tembolok.Kena, tembolok.Hitung);
        await KinerjaAsync(reader);
        Assert.True(tembolok.Kena > kena, "the second read comes from the cache");
        Assert.Equal(hitung, tembolok.Hitung);

        // Another satker's write leaves Jembrana's figures cached.
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            var tabanan = await db.Satker.Where(s => s.Kode == "51.02").Select(s => s.Id).SingleAsync();
            db.Lhe.Add(new Tolok.Evaluasi.Lhe { SatkerId = tabanan, TahunDievaluasi = 2023, Evaluator = "Inspektorat uji", TanggalLhe = new DateOnly(2024, 8, 1), Nilai = 70 });
            await db.SaveChangesAsync();
        }
        hitung = tembolok.Hitung;
        await KinerjaAsync(reader);
        Assert.Equal(hitung, tembolok.Hitung);

        // A write through a context of its own (as another app server would write) to Jembrana's register: the late
        // report is now on time, and the next read says so.
        using (var scope = app.Services.CreateScope())
        {
            var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<TolokDb>>();
            await using var other = new TolokDb(options);
            var late = await other.LaporanRb.SingleAsync(l => other.Satker.Any(s => s.Id == l.SatkerId && s.Kode == "51.01") && l.TanggalDisampaikan > l.JatuhTempo);
            late.TanggalDisampaikan = late.JatuhTempo;
            await other.SaveChangesAsync();
        }
        Assert.Equal(4m, (await KinerjaAsync(reader))["1.1"].GetProperty("realisasi").GetDecimal());

        // The TPS import writes in plain SQL: one TPS of Jembrana corrected, and IKU 3.1 follows.
        var before = first["3.1"].GetProperty("pembilang").GetDecimal();
        using var admin = await app.LoginAsync(Peran.Admin);
        var desa = TpsFiles.DesaJembrana[0];
        var csv = TpsFiles.Csv([TpsFiles.Consistent(TpsFiles.Tps(desa, 1), 100, 110, 80, 90)]);
        var impor = await admin.PostAsync("/api/v1/pemilihan/pemilu-2024/tps/impor?suratSuara=PPWP&satker=51.01&partial=true",
            new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "berkas", "koreksi.csv" } });
        Assert.Equal(HttpStatusCode.OK, impor.StatusCode);
        Assert.NotEqual(before, (await KinerjaAsync(reader))["3.1"].GetProperty("pembilang").GetDecimal());
    }

    [Fact]
    public async Task The_dashboard_page_is_kept_per_user_until_what_it_shows_or_the_users_rights_change()
    {
        Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);
        const string url = "/Kinerja?satker=51.01&tahun=2024";
        var (nama, sandi) = await app.CreateUserAsync(Peran.Pimpinan);
        using var reader = await app.MasukAsync(nama, sandi);
        static async Task<(string Html, bool DariCache)> GetAsync(HttpClient client)
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadAsStringAsync(), response.Headers.Age is not null);
        }
        // The page as the cache serves it: a request that renews the sign-in cookie (after any account changed) is not
        // kept, the next one is, the one after it comes from the cache.
        static async Task<string> DariCacheAsync(HttpClient client)
        {
            for (var i = 0; i < 3; i++)
            {
                var (html, hit) = await GetAsync(client);
                if (hit)
                {
                    return html;
                }
            }
            Assert.Fail("halaman tidak pernah dilayani dari cache");
            return "";
        }
        var (first, _) = await GetAsync(reader);
        var again = await DariCacheAsync(reader);
        Assert.Equal(first, again);
        Assert.Contains(nama, again, StringComparison.Ordinal);
        Assert.DoesNotContain("Ubah target", again, StringComparison.Ordinal);

        // Another user gets a page of their own (their name, their rights), never the first user's.
        using var admin = await app.LoginAsync(Peran.Admin);
        var adminPage = await DariCacheAsync(admin);
        Assert.DoesNotContain(nama, adminPage, StringComparison.Ordinal);
        Assert.Contains("Ubah target", adminPage, StringComparison.Ordinal);

        // A write to what the page shows, through a context of its own (as another app server would): the next request
        // is computed again and shows it. (Undone at the end: the other test of this class reads the same report.)
        (int Id, DateOnly? Asli)? diubah = null;
        async Task TepatWaktuAsync(bool tepat)
        {
            using var scope = app.Services.CreateScope();
            await using var other = new TolokDb(scope.ServiceProvider.GetRequiredService<DbContextOptions<TolokDb>>());
            if (tepat)
            {
                var late = await other.LaporanRb.Where(l => other.Satker.Any(s => s.Id == l.SatkerId && s.Kode == "51.01") && l.TanggalDisampaikan > l.JatuhTempo).OrderBy(l => l.Id).FirstAsync();
                diubah = (late.Id, late.TanggalDisampaikan);
                late.TanggalDisampaikan = late.JatuhTempo;
            }
            else if (diubah is { } d)
            {
                (await other.LaporanRb.SingleAsync(l => l.Id == d.Id)).TanggalDisampaikan = d.Asli;
            }
            await other.SaveChangesAsync();
        }
        await DariCacheAsync(reader);
        await TepatWaktuAsync(true);
        try
        {
            var (changed, fromCache) = await GetAsync(reader);
            Assert.False(fromCache);
            Assert.NotEqual(first, changed);

            // The user's rights change (a role added, the session kept): the page made under the old ones is not served.
            using (var scope = app.Services.CreateScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AkunPengguna>>();
                Assert.True((await users.AddToRoleAsync((await users.FindByNameAsync(nama))!, Peran.Perencana)).Succeeded);
            }
            var (withRole, _) = await GetAsync(reader);
            Assert.Contains("Ubah target", withRole, StringComparison.Ordinal);

            // The sign-out form of a page from the cache carries a token that still works.
            var cached = await DariCacheAsync(reader);
            var token = System.Text.RegularExpressions.Regex.Match(cached, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
            Assert.True(token.Success);
            var keluar = await reader.PostAsync("/Akun/Keluar", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token.Groups[1].Value) }));
            Assert.Equal(HttpStatusCode.Redirect, keluar.StatusCode);
            // Signed out: the page asks for a sign-in again instead of the kept copy.
            using var after = await reader.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        }
        finally
        {
            await TepatWaktuAsync(false);
        }
    }
}

public sealed class TembolokTestsSqlite(SqliteFactory app) : TembolokTests(app), IClassFixture<SqliteFactory>;

public sealed class TembolokTestsPostgres(PostgresFactory app) : TembolokTests(app), IClassFixture<PostgresFactory>;
