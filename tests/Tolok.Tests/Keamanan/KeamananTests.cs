using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Keamanan;

/// <summary>A database whose sign-in limit is low enough to reach in a test.</summary>
public sealed class SqliteFactoryBatasMasuk : SqliteFactory
{
    protected override int BatasMasuk => 3;
}

public sealed class KeamananTests(SqliteFactoryBatasMasuk app) : IClassFixture<SqliteFactoryBatasMasuk>
{
    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_address_with_an_indonesian_message()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        string last = "";
        for (var i = 0; i < 5; i++)
        {
            var response = await TolokFactory.PostFormAsync(client, "/Akun/Masuk", new Dictionary<string, string> { ["NamaPengguna"] = "tidak-ada", ["KataSandi"] = "salah-salah-1" },
                "/Akun/Masuk");
            statuses.Add(response.StatusCode);
            last = await response.Content.ReadAsStringAsync();
        }
        Assert.Equal(HttpStatusCode.OK, statuses[0]);   // the form again, with "wrong name or password"
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Contains("Terlalu banyak percobaan masuk", last, StringComparison.Ordinal);
    }

}

public sealed class KeamananCookieTests(SqliteFactory app) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task Cookies_are_httponly_and_samesite_and_pages_send_the_security_headers()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetAsync("/Akun/Masuk");
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tolok.af", StringComparison.Ordinal));
        Assert.Contains("httponly", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", antiforgery, StringComparison.OrdinalIgnoreCase);

        var (name, password) = await app.CreateUserAsync(Peran.Operator);
        var login = await TolokFactory.PostFormAsync(client, "/Akun/Masuk", new Dictionary<string, string> { ["NamaPengguna"] = name, ["KataSandi"] = password });
        var auth = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tolok.auth", StringComparison.Ordinal));
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", auth, StringComparison.OrdinalIgnoreCase);

        // A form without its anti-forgery token is refused and saves nothing.
        var forged = await client.PostAsync("/Laporan/Rb?satker=51", new FormUrlEncodedContent(new Dictionary<string, string> { ["satker"] = "51", ["Nama"] = "tanpa token" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }
}
