using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tolok.Infrastructure;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Keamanan;

/// <summary>API tokens for machine clients, sessions that end when they should, and one sign-in message (issue 14).</summary>
public abstract partial class TokenSesiTests(TolokFactory app)
{
    [GeneratedRegex(@"tolok_[A-Za-z0-9_-]{43}")]
    private static partial Regex TokenRegex();

    private HttpClient Bearer(string token)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task A_token_from_the_cli_acts_as_its_user_until_revoked()
    {
        var (name, _) = await app.CreateUserAsync(Peran.Perencana);
        var (exit, output, error) = await app.RunCliAsync("token", "add", "skrip-provinsi", "--user", name, "--berlaku-hari", "30");
        Assert.True(exit == 0, error);
        var token = TokenRegex().Match(output).Value;
        Assert.NotEmpty(token);

        using var client = Bearer(token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/satker/51.01/kinerja/2024")).StatusCode);
        // The user's roles hold: a Perencana writes registers, with no anti-forgery token (a bearer token is never sent
        // by a browser on its own).
        var tahun = app.NewYear();
        var report = new { nama = "RB lewat token", periodeDari = $"{tahun}-01-01", periodeSampai = $"{tahun}-03-31", jatuhTempo = $"{tahun}-04-10" };
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/satker/51.01/laporan/rb", report)).StatusCode);
        // ... and no more than the user's: the scales are the Admin's.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync("/api/v1/skala/capaian", Array.Empty<object>())).StatusCode);

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            var row = await db.TokenApi.SingleAsync(t => t.NamaPengguna == name);
            Assert.Equal(TokenStore.HashDari(token), row.Hash);
            Assert.DoesNotContain(token, row.Hash + row.Awalan, StringComparison.Ordinal);
            Assert.NotNull(row.TerakhirDipakai);
            Assert.True(await db.JejakAudit.AnyAsync(j => j.Tabel == "TokenApi" && j.Kunci == row.Id.ToString() && j.Aksi == "tambah"));
            var list = await app.RunCliAsync("token", "list");
            Assert.Contains("skrip-provinsi", list.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(token, list.Output, StringComparison.Ordinal);

            Assert.Equal(0, (await app.RunCliAsync("token", "cabut", row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).Exit);
            Assert.True(await db.JejakAudit.AnyAsync(j => j.Tabel == "TokenApi" && j.Kunci == row.Id.ToString() && j.Aksi == "ubah"));
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/satker/51.01/kinerja/2024")).StatusCode);

        using var wrong = Bearer("tolok_" + new string('x', 43));
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/api/v1/satker/51.01/kinerja/2024")).StatusCode);
        Assert.NotEqual(0, (await app.RunCliAsync("token", "add", "x", "--user", "tidak-ada-orangnya")).Exit);
        Assert.NotEqual(0, (await app.RunCliAsync("token", "add", "x", "--user", name, "--berlaku-hari", "0")).Exit);
    }

    [Fact]
    public async Task A_role_changed_after_the_token_was_used_holds_on_its_next_request()
    {
        // The account's claims are kept between requests (issue 17 point 6): a change of role must still hold at once.
        var (name, _) = await app.CreateUserAsync(Peran.Perencana);
        var (exit, output, error) = await app.RunCliAsync("token", "add", "skrip-peran", "--user", name);
        Assert.True(exit == 0, error);
        using var client = Bearer(TokenRegex().Match(output).Value);
        var tahun = app.NewYear();
        var report = new { nama = "RB lewat token", periodeDari = $"{tahun}-01-01", periodeSampai = $"{tahun}-03-31", jatuhTempo = $"{tahun}-04-10" };
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/satker/51.01/laporan/rb", report)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/satker/51.01/laporan/rb", report with { nama = "RB kedua" })).StatusCode);

        var peran = await app.RunCliAsync("user", "peran", name, "--peran", Peran.Verifikator);
        Assert.True(peran.Exit == 0, peran.Error + peran.Output);

        // A Verifikator writes no register, and without an assignment reads no satker's internal data either.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/satker/51.01/laporan/rb", report with { nama = "RB ketiga" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/satker/51.01/kinerja/2024")).StatusCode);
    }

    [Fact]
    public async Task An_expired_token_or_one_of_a_disabled_account_is_refused_but_failed_sign_ins_do_not_stop_it()
    {
        var (name, _) = await app.CreateUserAsync(Peran.Verifikator);
        var token = TokenRegex().Match((await app.RunCliAsync("token", "add", "kedaluwarsa", "--user", name, "--berlaku-hari", "1")).Output).Value;
        using var client = Bearer(token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/satker/51.01/kinerja/2024")).StatusCode);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            // Through a save, as every write of Tolok's own is made (the accounts' stamp changes with it).
            var row = await db.TokenApi.SingleAsync(t => t.NamaPengguna == name);
            row.BerlakuSampai = DateTime.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/satker/51.01/kinerja/2024")).StatusCode);

        var (locked, _) = await app.CreateUserAsync(Peran.Verifikator);
        var second = TokenRegex().Match((await app.RunCliAsync("token", "add", "terkunci", "--user", locked)).Output).Value;
        using var lockedClient = Bearer(second);
        // Anyone can lock an account for 15 minutes by typing wrong passwords: that must not switch its scripts off.
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AkunPengguna>>();
            await users.SetLockoutEndDateAsync((await users.FindByNameAsync(locked))!, DateTimeOffset.UtcNow.AddMinutes(15));
        }
        Assert.Equal(HttpStatusCode.OK, (await lockedClient.GetAsync("/api/v1/satker/51.01/kinerja/2024")).StatusCode);
        // An account an Admin disabled loses its tokens.
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AkunPengguna>>();
            await users.SetLockoutEndDateAsync((await users.FindByNameAsync(locked))!, DateTimeOffset.MaxValue);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await lockedClient.GetAsync("/api/v1/satker/51.01/kinerja/2024")).StatusCode);
    }

    [Fact]
    public async Task The_admin_page_makes_a_token_shown_once_and_revokes_it()
    {
        var (name, _) = await app.CreateUserAsync(Peran.Operator);
        using var admin = await app.LoginAsync(Peran.Admin);
        var made = await TolokFactory.PostFormAsync(admin, "/Pengguna/Token?handler=Buat",
            new Dictionary<string, string> { ["Nama"] = "lembar-kerja", ["NamaPengguna"] = name, ["BerlakuHari"] = "7" }, "/Pengguna/Token");
        var html = await made.Content.ReadAsStringAsync();
        var token = TokenRegex().Match(html).Value;
        Assert.NotEmpty(token);
        var list = await admin.GetStringAsync("/Pengguna/Token");
        Assert.Contains("lembar-kerja", list, StringComparison.Ordinal);
        Assert.DoesNotContain(token, list, StringComparison.Ordinal);

        var bad = await TolokFactory.PostFormAsync(admin, "/Pengguna/Token?handler=Buat",
            new Dictionary<string, string> { ["Nama"] = "x", ["NamaPengguna"] = name, ["BerlakuHari"] = "tujuh" }, "/Pengguna/Token");
        Assert.Contains("bukan bilangan hari", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var client = Bearer(token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/satker/51.01/laporan/rb")).StatusCode);
        int id;
        using (var scope = app.Services.CreateScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<TolokDb>().TokenApi.Where(t => t.Nama == "lembar-kerja" && t.NamaPengguna == name).Select(t => t.Id).SingleAsync();
        }
        var revoked = await TolokFactory.PostFormAsync(admin, "/Pengguna/Token?handler=Cabut", new Dictionary<string, string> { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/Pengguna/Token");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/satker/51.01/laporan/rb")).StatusCode);

        using var operatorClient = await app.LoginAsync(Peran.Operator);
        Assert.Equal(HttpStatusCode.Redirect, (await operatorClient.GetAsync("/Pengguna/Token")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_and_a_password_reset_end_existing_sessions_at_once()
    {
        var (name, password) = await app.CreateUserAsync(Peran.Verifikator);
        var cookie = await CookieMasukAsync(name, password);
        using var copy = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/v1/satker/51.01/kinerja/2024")).StatusCode);

        // A copy of the cookie (stolen, or another tab) no longer works once the user signs out.
        using var client = await app.MasukAsync(name, password);
        var signOut = await TolokFactory.PostFormAsync(client, "/Akun/Keluar", new Dictionary<string, string>(), "/Iku");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/v1/satker/51.01/kinerja/2024")).StatusCode);

        // A password reset ends the sessions opened before it.
        using var before = await app.MasukAsync(name, password);
        Assert.Equal(HttpStatusCode.OK, (await before.GetAsync("/api/v1/satker/51.01/kinerja/2024")).StatusCode);
        Assert.Equal(0, (await app.RunCliAsync("user", "reset-password", name)).Exit);
        Assert.Equal(HttpStatusCode.Unauthorized, (await before.GetAsync("/api/v1/satker/51.01/kinerja/2024")).StatusCode);
    }

    /// <summary>Signs in without a cookie jar and gives the cookies the browser would keep ("tolok.af=…; tolok.auth=…").</summary>
    private async Task<string> CookieMasukAsync(string name, string password)
    {
        using var raw = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var form = await raw.GetAsync("/Akun/Masuk");
        var af = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tolok.af=", StringComparison.Ordinal)).Split(';')[0];
        var token = WebUtility.HtmlDecode(Regex.Match(await form.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Akun/Masuk")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["NamaPengguna"] = name, ["KataSandi"] = password, ["__RequestVerificationToken"] = token }),
        };
        post.Headers.Add("Cookie", af);
        var login = await raw.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var auth = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tolok.auth=", StringComparison.Ordinal)).Split(';')[0];
        return $"{af}; {auth}";
    }

    [Fact]
    public async Task Sign_in_refusals_do_not_tell_which_names_exist()
    {
        var (name, _) = await app.CreateUserAsync(Peran.Operator);
        static string Message(string html) => Regex.Match(html, "Nama pengguna atau kata sandi salah[^<]*").Value;
        var messages = new HashSet<string>();
        foreach (var user in new[] { name, "tidak-ada-" + Guid.NewGuid().ToString("N")[..8] })
        {
            for (var i = 0; i < 6; i++)
            {
                using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
                var response = await TolokFactory.PostFormAsync(client, "/Akun/Masuk", new Dictionary<string, string> { ["NamaPengguna"] = user, ["KataSandi"] = "salah-Salah-1" });
                messages.Add(Message(await response.Content.ReadAsStringAsync()));
            }
        }
        // The known account is locked by now; its answer is the same as for a name that does not exist.
        Assert.Single(messages);
        Assert.Contains("dikunci sementara", messages.Single(), StringComparison.Ordinal);
    }
}

public sealed class TokenSesiTestsSqlite(SqliteFactory app) : TokenSesiTests(app), IClassFixture<SqliteFactory>;

public sealed class TokenSesiTestsPostgres(PostgresFactory app) : TokenSesiTests(app), IClassFixture<PostgresFactory>;
