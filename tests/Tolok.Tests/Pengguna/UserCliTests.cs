using System.Net;
using System.Text.RegularExpressions;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Pengguna;

public abstract partial class UserCliTests(TolokFactory app)
{
    [Fact]
    public async Task Added_user_can_log_in_with_the_printed_password_and_reset_replaces_it()
    {
        var name = $"perencana{Guid.NewGuid():N}"[..16];
        var added = await app.RunCliAsync("user", "add", name, "--peran", "Perencana", "--nama", "Ni Luh Uji");
        Assert.True(added.Exit == 0, added.Error);
        var password = PasswordRegex().Match(added.Output).Groups[1].Value;

        Assert.Equal(HttpStatusCode.Redirect, (await LoginAsync(name, password)).StatusCode);

        var reset = await app.RunCliAsync("user", "reset-password", name);
        Assert.Equal(0, reset.Exit);
        var newPassword = PasswordRegex().Match(reset.Output).Groups[1].Value;
        Assert.NotEqual(password, newPassword);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(name, password)).StatusCode); // form shown again: refused
        Assert.Equal(HttpStatusCode.Redirect, (await LoginAsync(name, newPassword)).StatusCode);

        var list = await app.RunCliAsync("user", "list");
        Assert.Contains(name, list.Output, StringComparison.Ordinal);
        Assert.Contains("Perencana", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_role_and_unknown_user_are_errors()
    {
        var badRole = await app.RunCliAsync("user", "add", "someone", "--peran", "Raja");
        Assert.NotEqual(0, badRole.Exit);

        var missing = await app.RunCliAsync("user", "reset-password", "tidak-ada");
        Assert.Equal(1, missing.Exit);
        Assert.Contains("\"tidak-ada\" tidak ditemukan", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task First_start_created_an_admin_and_no_default_password_exists()
    {
        var list = await app.RunCliAsync("user", "list");
        Assert.Contains("admin", list.Output, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync("admin", "admin")).StatusCode);
    }

    private async Task<HttpResponseMessage> LoginAsync(string name, string password)
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return await TolokFactory.PostFormAsync(client, "/Akun/Masuk", new Dictionary<string, string> { ["NamaPengguna"] = name, ["KataSandi"] = password });
    }

    [GeneratedRegex(@"ditampilkan sekali\): (\S+)")]
    private static partial Regex PasswordRegex();
}

public sealed class UserCliTestsSqlite(SqliteFactory app) : UserCliTests(app), IClassFixture<SqliteFactory>;

public sealed class UserCliTestsPostgres(PostgresFactory app) : UserCliTests(app), IClassFixture<PostgresFactory>;
