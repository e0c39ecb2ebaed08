using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Keamanan;

/// <summary>
/// Every route of the app, for every role: each endpoint must carry an explicit rule (anonymous allowed, or a policy
/// or role requirement), and the server must enforce it. A new endpoint without a rule fails here.
/// </summary>
public sealed partial class RuteTests(SqliteFactory app) : IClassFixture<SqliteFactory>
{
    private static readonly string[] Peran = ["", Tolok.Pengguna.Peran.Admin, Tolok.Pengguna.Peran.Perencana, Tolok.Pengguna.Peran.Operator, Tolok.Pengguna.Peran.Verifikator, Tolok.Pengguna.Peran.Pimpinan, Tolok.Pengguna.Peran.Inspektorat];

    private static readonly Dictionary<string, string[]> Kebijakan = new()
    {
        [Tolok.Pengguna.Peran.PolicyKelolaIku] = [Tolok.Pengguna.Peran.Admin, Tolok.Pengguna.Peran.Perencana],
        [Tolok.Pengguna.Peran.PolicyKelolaData] = [Tolok.Pengguna.Peran.Admin, Tolok.Pengguna.Peran.Perencana, Tolok.Pengguna.Peran.Operator],
        [Tolok.Pengguna.Peran.PolicyLihatAudit] = [Tolok.Pengguna.Peran.Admin, Tolok.Pengguna.Peran.Pimpinan, Tolok.Pengguna.Peran.Verifikator, Tolok.Pengguna.Peran.Inspektorat],
        [Tolok.Pengguna.Peran.PolicyVerifikasi] = [Tolok.Pengguna.Peran.Verifikator],
        [Tolok.Pengguna.Peran.PolicySetujui] = [Tolok.Pengguna.Peran.Pimpinan],
        [Tolok.Pengguna.Peran.PolicyBukaKembali] = [Tolok.Pengguna.Peran.Admin, Tolok.Pengguna.Peran.Pimpinan],
    };

    private sealed record Rute(string Metode, string Pola, string? Kebijakan, string[]? PeranWajib, bool Anonim, bool Masuk, bool Multipart, KirimMembutuhkanAttribute? Kirim);

    private List<Rute> Routes()
    {
        var result = new List<Rute>();
        foreach (var e in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + (e.RoutePattern.RawText ?? "").TrimStart('/');
            var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            var authorize = e.Metadata.GetOrderedMetadata<IAuthorizeData>();
            var anonymous = e.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policy = authorize.Select(a => a.Policy).FirstOrDefault(p => p is not null);
            var roles = authorize.Select(a => a.Roles).FirstOrDefault(r => r is not null)?.Split(',', StringSplitOptions.TrimEntries);
            var multipart = e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes.Contains("multipart/form-data") == true;
            var kirim = e.Metadata.GetMetadata<KirimMembutuhkanAttribute>();
            foreach (var m in methods)
            {
                result.Add(new Rute(m, pattern, policy, roles, anonymous, authorize.Count > 0, multipart, kirim));
            }
        }
        return result;
    }

    [Fact]
    public void Every_route_has_an_explicit_rule()
    {
        var missing = Routes().Where(r => !r.Anonim && !r.Masuk).Select(r => $"{r.Metode} {r.Pola}").Distinct().ToList();
        Assert.True(missing.Count == 0, "Rute tanpa aturan otorisasi ([AllowAnonymous] atau [Authorize]/RequireAuthorization):\n" + string.Join("\n", missing));
        Assert.True(Routes().Count > 60, "the enumeration found the app's routes");
    }

    /// <summary>Sample values for route parameters: they need not name existing rows (authorisation comes first).</summary>
    private static string Fill(string pattern) => Parameter().Replace(pattern, m => m.Groups[1].Value switch
    {
        "kode" => "51.01",
        "tahun" => "2024",
        "id" or "layananId" or "tahapanId" or "rid" => "1",
        "kewajiban" => "lkjip",
        "jenis" => "laporan-rb",
        "kunci" => "1",
        "aksi" => "ajukan",
        "bagian" => "kata-pengantar",
        "kodeIku" => "3.1",
        "kodeWilayah" => "51.01",
        "format" => "json",
        "documentName" => "v1",
        _ => "x",
    }).Replace("/{**path}", "", StringComparison.Ordinal);

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z]+)(:[^}]*)?\??\}")]
    private static partial Regex Parameter();

    [Fact]
    public async Task Every_internal_read_of_a_satker_or_region_outside_the_users_scope_is_refused()
    {
        // One user per role (Perencana included), assigned to Jembrana (51.01) only; each internal GET naming Bali (51) must answer 403.
        var users = new Dictionary<string, HttpClient>();
        async Task<HttpClient> As(string role)
        {
            if (!users.TryGetValue(role, out var client))
            {
                var (name, password) = await app.CreateUserAsync(false, role);
                Assert.Equal(0, (await app.RunCliAsync("user", "pic", name, "--satker", "51.01", "--register", "*")).Exit);
                users[role] = client = await app.MasukAsync(name, password);
            }
            return client;
        }
        var failures = new List<string>();
        var checkedRoutes = 0;
        foreach (var r in Routes().Where(r => r.Metode == "GET" && r.Masuk && !r.Anonim && r.Pola.StartsWith("/api/", StringComparison.Ordinal)
                     && (r.Pola.Contains("{kode}", StringComparison.Ordinal) || r.Pola.Contains("{kodeWilayah}", StringComparison.Ordinal))).DistinctBy(r => r.Pola))
        {
            var allowed = r.PeranWajib ?? (r.Kebijakan is null ? [Tolok.Pengguna.Peran.Verifikator] : Kebijakan[r.Kebijakan]);
            // Admin reads every satker; a Perencana assigned to a satker reads only it and what lies below (decision 106).
            var role = allowed.FirstOrDefault(a => a is not Tolok.Pengguna.Peran.Admin);
            if (role is null)
            {
                continue;
            }
            var url = Fill(r.Pola).Replace("/51.01", "/51", StringComparison.Ordinal) + (r.Pola.Contains("pemilihan", StringComparison.Ordinal) ? "?suratSuara=PPWP" : "");
            var response = await (await As(role)).GetAsync(url);
            checkedRoutes++;
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"GET {r.Pola} sebagai {role} lingkup 51.01 → {url}: {(int)response.StatusCode}");
            }
        }
        foreach (var c in users.Values)
        {
            c.Dispose();
        }
        Assert.True(checkedRoutes > 20, $"the enumeration found the internal reads ({checkedRoutes})");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task No_write_to_a_satker_outside_the_users_scope_succeeds_by_any_api_route()
    {
        // One user per writing role, assigned to Jembrana (51.01) only; every unsafe API route naming Bali (51), with
        // an empty and a plausible body, must not succeed. Refusal may come from validation, but never a 2xx.
        var failures = new List<string>();
        var refused = 0;
        var checkedRoutes = 0;
        var users = new Dictionary<string, HttpClient>();
        foreach (var r in Routes().Where(r => r.Metode is "POST" or "PUT" or "DELETE" && r.Masuk && !r.Anonim && r.Pola.StartsWith("/api/", StringComparison.Ordinal)
                     && r.Pola.Contains("{kode}", StringComparison.Ordinal)).DistinctBy(r => (r.Metode, r.Pola)))
        {
            var allowed = r.PeranWajib ?? (r.Kebijakan is null ? [Tolok.Pengguna.Peran.Operator] : Kebijakan[r.Kebijakan]);
            foreach (var role in allowed.Where(a => a is not Tolok.Pengguna.Peran.Admin))
            {
                if (!users.TryGetValue(role, out var client))
                {
                    var (name, password) = await app.CreateUserAsync(false, role);
                    Assert.Equal(0, (await app.RunCliAsync("user", "pic", name, "--satker", "51.01", "--register", "*")).Exit);
                    users[role] = client = await app.MasukAsync(name, password);
                }
                var url = Fill(r.Pola).Replace("/51.01", "/51", StringComparison.Ordinal);
                foreach (var body in new[] { "{}", """{"sumber":"induk","teks":"uji","nama":"uji","uraian":"uji","keterangan":"uji"}""" })
                {
                    var request = new HttpRequestMessage(new HttpMethod(r.Metode), url)
                    {
                        Content = r.Multipart
                            ? new MultipartFormDataContent { { new ByteArrayContent("kode_tps\n"u8.ToArray()), "berkas", "x.csv" } }
                            : new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
                    };
                    var response = await client.SendAsync(request);
                    checkedRoutes++;
                    if (response.IsSuccessStatusCode)
                    {
                        failures.Add($"{r.Metode} {r.Pola} sebagai {role} lingkup 51.01 → {url}: {(int)response.StatusCode}");
                    }
                    refused += response.StatusCode == HttpStatusCode.Forbidden ? 1 : 0;
                }
            }
        }
        foreach (var c in users.Values)
        {
            c.Dispose();
        }
        Assert.True(checkedRoutes > 30, $"the enumeration found the unsafe routes ({checkedRoutes})");
        Assert.True(refused > 10, $"most refusals name the scope ({refused} of {checkedRoutes})");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Every_unsafe_request_with_the_cookie_and_no_anti_forgery_token_is_refused()
    {
        // A page of another site posting with the victim's cookie: no token (it cannot read one), a foreign Origin.
        using var victim = await app.LoginAsync(Tolok.Pengguna.Peran.Admin, Tolok.Pengguna.Peran.Pimpinan, Tolok.Pengguna.Peran.Verifikator);
        victim.DefaultRequestHeaders.Remove("RequestVerificationToken");
        victim.DefaultRequestHeaders.Add("Origin", "https://penyerang.example");
        var failures = new List<string>();
        var checkedRoutes = 0;
        foreach (var r in Routes().Where(r => r.Metode is "POST" or "PUT" or "PATCH" or "DELETE").DistinctBy(r => (r.Metode, r.Pola)))
        {
            if (r.Pola.StartsWith("/Akun/Masuk", StringComparison.Ordinal))
            {
                continue; // signing in has no session to abuse (and is token-checked as a page)
            }
            foreach (var body in new HttpContent?[] { null, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
                         new MultipartFormDataContent { { new ByteArrayContent("kode\n"u8.ToArray()), "berkas", "x.csv" } },
                         new FormUrlEncodedContent(new Dictionary<string, string> { ["satker"] = "51.01" }) })
            {
                var request = new HttpRequestMessage(new HttpMethod(r.Metode), Fill(r.Pola)) { Content = body };
                var response = await victim.SendAsync(request);
                checkedRoutes++;
                if (response.StatusCode != HttpStatusCode.BadRequest)
                {
                    failures.Add($"{r.Metode} {r.Pola} ({body?.Headers.ContentType?.MediaType ?? "tanpa isi"}): {(int)response.StatusCode}");
                }
                else if (r.Pola.StartsWith("/api/", StringComparison.Ordinal))
                {
                    var text = await response.Content.ReadAsStringAsync();
                    if (!text.Contains("anti-pemalsuan", StringComparison.Ordinal))
                    {
                        failures.Add($"{r.Metode} {r.Pola}: 400 bukan karena token: {text[..Math.Min(200, text.Length)]}");
                    }
                }
            }
        }
        Assert.True(checkedRoutes > 100, "the enumeration found the unsafe routes");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Every_protected_route_refuses_anonymous_users_and_roles_outside_its_rule()
    {
        var clients = new Dictionary<string, HttpClient>();
        foreach (var role in Peran)
        {
            clients[role] = role == "" ? app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }) : await app.LoginAsync(role);
        }
        var failures = new List<string>();
        // A page's form posts with their own policy (KirimMembutuhkan) are checked below, with a valid token.
        foreach (var r in Routes().Where(r => r.Masuk && !r.Anonim && !(r.Kirim is not null && r.Metode == "POST")).DistinctBy(r => (r.Metode, r.Pola)))
        {
            var allowed = r.PeranWajib ?? (r.Kebijakan is null ? Peran.Where(p => p != "").ToArray() : Kebijakan[r.Kebijakan]);
            foreach (var role in Peran)
            {
                var request = new HttpRequestMessage(new HttpMethod(r.Metode), Fill(r.Pola));
                if (r.Metode is "POST" or "PUT")
                {
                    request.Content = r.Multipart
                        ? new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "berkas", "x.xlsx" } }
                        : new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                }
                var response = await clients[role].SendAsync(request);
                var status = response.StatusCode;
                var location = response.Headers.Location?.OriginalString ?? "";
                var refusedAnonymous = status == HttpStatusCode.Unauthorized || (status == HttpStatusCode.Redirect && location.Contains("/Akun/Masuk", StringComparison.Ordinal));
                var refusedRole = status == HttpStatusCode.Forbidden || (status == HttpStatusCode.Redirect && location.Contains("/Akun/Ditolak", StringComparison.Ordinal));
                if (role == "" && !refusedAnonymous)
                {
                    failures.Add($"{r.Metode} {r.Pola}: anonim mendapat {(int)status}");
                }
                else if (role != "" && !allowed.Contains(role) && !refusedRole)
                {
                    failures.Add($"{r.Metode} {r.Pola}: {role} mendapat {(int)status}, seharusnya ditolak");
                }
                else if (role != "" && allowed.Contains(role) && (refusedRole || refusedAnonymous))
                {
                    failures.Add($"{r.Metode} {r.Pola}: {role} ditolak ({(int)status}), seharusnya boleh");
                }
            }
        }
        // Pages anyone may read, whose forms need a role: post the form with a valid token as every role.
        foreach (var r in Routes().Where(r => r.Kirim is not null && r.Metode == "POST").DistinctBy(r => r.Pola))
        {
            var allowed = Kebijakan[r.Kirim!.Policy];
            var handler = r.Kirim.Handler is { } h ? $"&handler={h}" : "";
            foreach (var role in Peran)
            {
                // Signed-in users find a token in the layout (the sign-out form); visitors on the sign-in page.
                var response = await TolokFactory.PostFormAsync(clients[role], Fill(r.Pola) + "?satker=51" + handler, new Dictionary<string, string> { ["satker"] = "51" }, role == "" ? "/Akun/Masuk" : "/Kinerja");
                var location = response.Headers.Location?.OriginalString ?? "";
                var refused = response.StatusCode == HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && (location.Contains("/Akun/Ditolak", StringComparison.Ordinal) || location.Contains("/Akun/Masuk", StringComparison.Ordinal)));
                if (allowed.Contains(role) == refused)
                {
                    failures.Add($"POST {r.Pola} (formulir): {(role == "" ? "anonim" : role)} mendapat {(int)response.StatusCode} {location}");
                }
            }
        }
        foreach (var c in clients.Values)
        {
            c.Dispose();
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
