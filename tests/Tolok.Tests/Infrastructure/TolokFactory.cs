using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tolok.Infrastructure;
using Tolok.Pengguna;

namespace Tolok.Tests.Infrastructure;

/// <summary>
/// The real app on a real, fresh database of one provider, migrations applied by the app's own startup.
/// A test class runs once per provider by deriving twice, with <see cref="SqliteFactory"/> and <see cref="PostgresFactory"/>.
/// </summary>
public abstract partial class TolokFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private int _year = 2040;
    private int _user;

    public abstract string Provider { get; }
    public string ConnectionString { get; protected set; } = "";

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider,
        ["ConnectionStrings:Tolok"] = ConnectionString,
    };

    protected virtual int BatasMasuk => 100_000;

    protected virtual int BatasBuktiMB => 20;

    /// <summary>Evidence files of this test database: a folder of its own.</summary>
    public string FolderBukti { get; } = Path.Combine(Path.GetTempPath(), $"tolok-bukti-{Guid.NewGuid():N}");

    /// <summary>A year no other test of this database uses, for tests that write an IKU set.</summary>
    public int NewYear() => Interlocked.Increment(ref _year);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Tolok", ConnectionString);
        // Tests sign in hundreds of times from one address; the limit itself is tested with its own factory.
        builder.UseSetting("Keamanan:BatasMasukPerMenit", BatasMasuk.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Bukti:Folder", FolderBukti);
        builder.UseSetting("Bukti:BatasMB", BatasBuktiMB.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Hundreds of hosts start in a run: the start-up preparation of the figures' queries (decision 126) is tested
        // with its own factory (PemanasanTests) and in the two-server test.
        builder.UseSetting("Kinerja:Pemanasan", "false");
    }

    protected abstract Task CreateDatabaseAsync();
    protected abstract Task DropDatabaseAsync();

    /// <summary>Only the empty database (no host, no schema): for tests of what a first command does with it.</summary>
    public Task CreateEmptyDatabaseAsync() => CreateDatabaseAsync();

    public Task DropEmptyDatabaseAsync() => DropDatabaseAsync();

    public virtual async Task InitializeAsync()
    {
        await CreateDatabaseAsync();
        _ = Services; // starts the host: migrations and seed run now
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeFixtureAsync();

    protected virtual async Task DisposeFixtureAsync()
    {
        await DisposeAsync();
        await DropDatabaseAsync();
    }

    /// <summary>A user with the given roles and a known password.</summary>
    public Task<(string Name, string Password)> CreateUserAsync(params string[] roles) => CreateUserAsync(true, roles);

    public async Task<(string Name, string Password)> CreateUserAsync(bool pic, params string[] roles)
    {
        var name = $"uji{Interlocked.Increment(ref _user)}-{Guid.NewGuid():N}"[..20];
        const string password = "Rahasia-Uji-123";
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AkunPengguna>>();
        var akun = new AkunPengguna { UserName = name, NamaLengkap = "Pengguna Uji" };
        var result = await users.CreateAsync(akun, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        if (roles.Length > 0)
        {
            Assert.True((await users.AddToRolesAsync(akun, roles)).Succeeded);
        }
        if ((roles.Contains(Peran.Operator) || roles.Contains(Peran.Verifikator) || roles.Contains(Peran.Pimpinan) || roles.Contains(Peran.Inspektorat)) && pic)
        {
            // Test operators, verifiers and heads are assigned everywhere unless a test says otherwise.
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            db.PenugasanPic.Add(new PenugasanPic { NamaPengguna = name, Satker = "*", Register = "*" });
            await db.SaveChangesAsync();
        }
        return (name, password);
    }

    /// <summary>A client logged in through the real login form (anti-forgery token included).</summary>
    public Task<HttpClient> LoginAsync(params string[] roles) => LoginAsync(true, roles);

    /// <summary>A signed-in reader of every satker (Pimpinan, assigned everywhere): internal reads need a sign-in (decision 87).</summary>
    public Task<HttpClient> PembacaAsync() => LoginAsync(true, Peran.Pimpinan);

    public async Task<HttpClient> LoginAsync(bool pic, params string[] roles)
    {
        var (name, password) = await CreateUserAsync(pic, roles);
        return await MasukAsync(name, password);
    }

    /// <summary>A client signed in as an existing user, with the anti-forgery token for API writes; redirects not followed.</summary>
    public async Task<HttpClient> MasukAsync(string name, string password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });
        var response = await PostFormAsync(client, "/Akun/Masuk", new Dictionary<string, string>
        {
            ["NamaPengguna"] = name,
            ["KataSandi"] = password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await TambahTokenAsync(client);
        return client;
    }

    /// <summary>
    /// Gives a signed-in client the anti-forgery token for its API writes, as a page's script would (decision 88):
    /// the token of the layout's sign-out form, bound to this user and to the client's anti-forgery cookie.
    /// </summary>
    public static async Task TambahTokenAsync(HttpClient client)
    {
        client.DefaultRequestHeaders.Remove("RequestVerificationToken");
        client.DefaultRequestHeaders.Add("RequestVerificationToken", await TokenAsync(client, "/Iku"));
    }

    /// <summary>The anti-forgery token of a page's form.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string pageUrl)
    {
        var token = TokenRegex().Match(await client.GetStringAsync(pageUrl));
        Assert.True(token.Success, $"halaman {pageUrl} tidak memuat token anti-forgery");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    /// <summary>GETs the page, takes its anti-forgery token and posts the form to it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, IDictionary<string, string> fields, string? pageUrl = null)
    {
        var page = await client.GetStringAsync(pageUrl ?? url);
        var token = TokenRegex().Match(page);
        Assert.True(token.Success, $"halaman {pageUrl ?? url} tidak memuat token anti-forgery");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    /// <summary>
    /// PUT with the current version of the row as If-Match: its ETag from a GET of <paramref name="getUrl"/> (default
    /// the PUT's own address), or "0" where nothing is stored yet (404).
    /// </summary>
    public static async Task<HttpResponseMessage> PutVersiAsync(HttpClient client, string url, object body, string? getUrl = null)
    {
        var read = await client.GetAsync(getUrl ?? url);
        var etag = read.Headers.ETag?.Tag ?? (read.StatusCode == HttpStatusCode.NotFound ? "\"0\"" : null);
        return await client.SendAsync(Put(url, body, etag));
    }

    /// <summary>A PUT of <paramref name="body"/> as JSON with the given version as If-Match (none when null).</summary>
    public static HttpRequestMessage Put(string url, object body, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = System.Net.Http.Json.JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        }
        return request;
    }

    /// <summary>Runs a CLI verb in process, on this factory's database.</summary>
    public async Task<(int Exit, string Output, string Error)> RunCliAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await Cli.RunAsync(args, Settings, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}

public class SqliteFactory : TolokFactory
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "tolok-tests", $"{Guid.NewGuid():N}.db");

    public override string Provider => "sqlite";

    protected override Task CreateDatabaseAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        ConnectionString = $"Data Source={_path}";
        return Task.CompletedTask;
    }

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
        return Task.CompletedTask;
    }
}

/// <summary>
/// A database of its own on the PostgreSQL server that test.sh starts; the server's address comes from the
/// environment variable TOLOK_TEST_POSTGRES (a connection string without a database name).
/// </summary>
public sealed class PostgresFactory : TolokFactory
{
    private readonly string _database = $"tolok_test_{Guid.NewGuid():N}";

    public override string Provider => "postgres";

    private static string ServerAddress => Environment.GetEnvironmentVariable("TOLOK_TEST_POSTGRES")
        ?? throw new InvalidOperationException(
            "TOLOK_TEST_POSTGRES tidak diisi: jalankan pengujian dengan ./test.sh, yang menyalakan server PostgreSQL uji.");

    protected override async Task CreateDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerAddress) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
        await command.ExecuteNonQueryAsync();
        ConnectionString = new NpgsqlConnectionStringBuilder(ServerAddress) { Database = _database }.ConnectionString;
    }

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerAddress) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
