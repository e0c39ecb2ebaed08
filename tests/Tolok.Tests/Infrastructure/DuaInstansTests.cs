using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace Tolok.Tests.Infrastructure;

/// <summary>
/// Two app servers over one PostgreSQL database (issue 17 point 8), each a real `tolok serve` process: a sign-in
/// cookie made by A is accepted by B (data-protection keys in the database), an approval on A refreshes B's cached
/// public portal within a second (LISTEN/NOTIFY), and the sign-in limit counts the attempts made on both.
/// </summary>
public sealed partial class DuaInstansTests : IAsyncLifetime
{
    private readonly string _database = $"tolok_dua_{Guid.NewGuid():N}";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("tolok-dua-");
    private readonly List<Process> _servers = [];
    private readonly List<StringBuilder> _logs = [];
    private string _connection = "";

    private static string ServerAddress => Environment.GetEnvironmentVariable("TOLOK_TEST_POSTGRES")
        ?? throw new InvalidOperationException("TOLOK_TEST_POSTGRES tidak diisi: jalankan pengujian dengan ./test.sh.");

    public async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerAddress) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
        await command.ExecuteNonQueryAsync();
        _connection = new NpgsqlConnectionStringBuilder(ServerAddress) { Database = _database, Pooling = true }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        foreach (var p in _servers)
        {
            if (!p.HasExited)
            {
                p.Kill(entireProcessTree: true);
                await p.WaitForExitAsync();
            }
            p.Dispose();
        }
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerAddress) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
        _folder.Delete(recursive: true);
    }

    private ProcessStartInfo Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = _folder.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tolok.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        info.Environment["Database__Provider"] = "postgres";
        info.Environment["ConnectionStrings__Tolok"] = _connection;
        info.Environment["Keamanan__BatasMasukPerMenit"] = "4";
        info.Environment["Bukti__Folder"] = Path.Combine(_folder.FullName, "bukti");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment.Remove("DataProtection__KeysPath");
        return info;
    }

    private async Task<string> CliAsync(params string[] args)
    {
        using var p = Process.Start(Start(args))!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.True(p.ExitCode == 0, $"tolok {string.Join(' ', args)}: {await error}");
        return await output;
    }

    private async Task<Uri> ServeAsync()
    {
        var port = FreePort();
        var info = Start("serve");
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        var p = Process.Start(info)!;
        _servers.Add(p);
        var log = new StringBuilder();
        _logs.Add(log);
        p.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        p.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        var address = new Uri($"http://127.0.0.1:{port}");
        using var probe = new HttpClient { BaseAddress = address };
        for (var i = 0; i < 240; i++)
        {
            try
            {
                if ((await probe.GetAsync("/api/v1/pemilihan")).IsSuccessStatusCode)
                {
                    return address;
                }
            }
            catch (HttpRequestException)
            {
            }
            Assert.False(p.HasExited, $"server berhenti: {log}");
            await Task.Delay(250);
        }
        throw new TimeoutException($"server tidak siap: {log}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<(string Name, string Password, string Token)> UserAsync(string name, string peran)
    {
        var added = await CliAsync("user", "add", name, "--peran", peran);
        var password = PasswordLine().Match(added).Groups[1].Value.Trim();
        await CliAsync("user", "pic", name, "--satker", "*", "--register", "*");
        var token = (await CliAsync("token", "add", $"token-{name}", "--user", name)).Trim().Split('\n')[^1].Trim();
        return (name, password, token);
    }

    [GeneratedRegex(@"Kata sandi \(hanya ditampilkan sekali\): (.+)")]
    private static partial Regex PasswordLine();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgery();

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password)
    {
        var form = await client.GetStringAsync("/Akun/Masuk");
        var token = WebUtility.HtmlDecode(AntiForgery().Match(form).Groups[1].Value);
        return await client.PostAsync("/Akun/Masuk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["NamaPengguna"] = name,
            ["KataSandi"] = password,
        }));
    }

    private static int BelumDisetujui(string page) => Regex.Count(page, "belum disetujui");

    [Fact]
    public async Task Two_servers_share_sessions_portal_refreshes_and_the_sign_in_limit()
    {
        await CliAsync("demo");
        var perencana = await UserAsync("dua-perencana", "Perencana");
        var verifikator = await UserAsync("dua-verifikator", "Verifikator");
        var pimpinan = await UserAsync("dua-pimpinan", "Pimpinan");
        // One server migrates at start; the second starts on the migrated database.
        var a = await ServeAsync();
        var b = await ServeAsync();
        // Each prepared the figures' queries on PostgreSQL before it took requests (decision 126), without a failure.
        foreach (var log in _logs)
        {
            string text;
            lock (log)
            {
                text = log.ToString();
            }
            var siap = text.IndexOf("Kueri kinerja dan monitoring disiapkan", StringComparison.Ordinal);
            Assert.True(siap >= 0 && siap < text.IndexOf("Now listening on", StringComparison.Ordinal), text);
            Assert.DoesNotContain("Penyiapan kueri kinerja gagal", text, StringComparison.Ordinal);
        }

        // A cookie made by A is a valid session on B.
        var cookies = new CookieContainer();
        using var onA = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = a };
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(onA, pimpinan.Name, pimpinan.Password)).StatusCode);
        var cookie = cookies.GetCookieHeader(a);
        Assert.Contains("tolok.auth=", cookie, StringComparison.Ordinal);
        using var onB = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = b };
        var request = new HttpRequestMessage(HttpMethod.Get, "/Kinerja?satker=51.01&tahun=2024");
        request.Headers.Add("Cookie", cookie);
        var page = await onB.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(pimpinan.Name, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // B serves the portal from its cache; an approval on A reaches it within a second.
        const string portal = "/Publik?satker=51.01&tahun=2024";
        var before = BelumDisetujui(await onB.GetStringAsync(portal));
        Assert.Equal(before, BelumDisetujui(await onB.GetStringAsync(portal)));
        Assert.True(before >= 1, "the demo's IKU are not approved yet");
        const string item = "/api/v1/satker/51.01/alur/realisasi/2024:tahunan:4.2";
        foreach (var (token, aksi) in new[] { (perencana.Token, "ajukan"), (verifikator.Token, "verifikasi"), (pimpinan.Token, "setujui") })
        {
            using var api = new HttpClient { BaseAddress = a };
            api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            var response = await api.PostAsync($"{item}/{aksi}", new StringContent("{}", Encoding.UTF8, "application/json"));
            Assert.True(response.IsSuccessStatusCode, $"{aksi}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        var clock = Stopwatch.StartNew();
        int after;
        do
        {
            after = BelumDisetujui(await onB.GetStringAsync(portal));
            if (after < before)
            {
                break;
            }
            await Task.Delay(20);
        }
        while (clock.Elapsed < TimeSpan.FromSeconds(1));
        Assert.True(after == before - 1, $"B shows the approval after {clock.ElapsedMilliseconds} ms ({before} → {after} \"belum disetujui\")");

        // The sign-in limit (4 per minute here) counts the posts made on both servers. Alternating B, A, B, A, B, each
        // server alone sees at most three; shared, the fifth (or the fourth, when A's sign-in above fell in the same
        // minute) is refused. Started early in a minute so that the window does not roll over midway.
        while (DateTime.UtcNow.Second > 45)
        {
            await Task.Delay(500);
        }
        using var strangerB = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = b };
        using var strangerA = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = a };
        var statuses = new List<HttpStatusCode>();
        foreach (var client in new[] { strangerB, strangerA, strangerB, strangerA, strangerB })
        {
            statuses.Add((await SignInAsync(client, "tidak-ada", "salah-" + Guid.NewGuid())).StatusCode);
        }
        var first = statuses.IndexOf(HttpStatusCode.TooManyRequests);
        Assert.True(first is 3 or 4, $"attempts: {string.Join(", ", statuses.Select(x => (int)x))}");
    }
}