using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Pengguna;

/// <summary>Users and assignments in the app (issue 15, point 2): the page keeps the CLI's rules and is for Admin only.</summary>
public abstract partial class PenggunaPageTests(TolokFactory app)
{
    private static async Task<HttpResponseMessage> KirimAsync(HttpClient client, string url, params (string Kunci, string Nilai)[] fields)
    {
        var token = await TolokFactory.TokenAsync(client, "/Pengguna");
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Kunci, f.Nilai)).Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    [Fact]
    public async Task Admin_adds_an_operator_assigns_rb_and_the_operator_works_only_there()
    {
        using var admin = await app.LoginAsync(Peran.Admin);
        var nama = $"op{Guid.NewGuid():N}"[..14];
        var tambah = await KirimAsync(admin, "/Pengguna", ("NamaPengguna", nama), ("NamaLengkap", "Made <b>Uji</b>"), ("PeranBaru", Peran.Operator));
        var html = await tambah.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, tambah.StatusCode);
        var sandi = WebUtility.HtmlDecode(SandiRegex().Match(html).Groups[1].Value);
        Assert.False(string.IsNullOrEmpty(sandi), html);
        Assert.Contains("Made &lt;b&gt;Uji&lt;/b&gt;", html, StringComparison.Ordinal); // encoded
        // The password is shown once: the list does not show it again.
        Assert.DoesNotContain(sandi, await admin.GetStringAsync("/Pengguna"), StringComparison.Ordinal);

        // Before an assignment the operator reads nothing of 51.01.
        using (var belum = await app.MasukAsync(nama, sandi))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await belum.GetAsync("/api/v1/satker/51.01/laporan/rb?tahun=2024")).StatusCode);
        }

        var tugas = await KirimAsync(admin, $"/Pengguna/Ubah?handler=Tugaskan", ("nama", nama), ("Satker", "51.01"), ("Register", "laporan-rb"));
        Assert.Contains("Penugasan ditambahkan", await tugas.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using (var op = await app.MasukAsync(nama, sandi))
        {
            Assert.Equal(HttpStatusCode.OK, (await op.GetAsync("/api/v1/satker/51.01/laporan/rb?tahun=2024")).StatusCode);
            // Not an administrator: the users page is closed to it.
            Assert.Contains("/Akun/Ditolak", (await op.GetAsync("/Pengguna")).Headers.Location?.ToString(), StringComparison.Ordinal);
        }

        // An unknown register or satker is refused in Indonesian, nothing saved.
        var salah = await (await KirimAsync(admin, "/Pengguna/Ubah?handler=Tugaskan", ("nama", nama), ("Satker", "99.99"), ("Register", "laporan-rb"))).Content.ReadAsStringAsync();
        Assert.Contains("Satker \"99.99\" tidak ada", WebUtility.HtmlDecode(salah), StringComparison.Ordinal);

        // Deactivated: its session ends and it cannot sign in; reactivated and reset: the new password works.
        using var sesi = await app.MasukAsync(nama, sandi);
        await KirimAsync(admin, "/Pengguna/Ubah?handler=Nonaktif", ("nama", nama));
        var setelah = await sesi.GetAsync("/api/v1/satker/51.01/laporan/rb?tahun=2024");
        Assert.Equal(HttpStatusCode.Unauthorized, setelah.StatusCode);
        Assert.Contains("nonaktif", await admin.GetStringAsync("/Pengguna"), StringComparison.Ordinal);
        await KirimAsync(admin, "/Pengguna/Ubah?handler=Aktif", ("nama", nama));
        var reset = await (await KirimAsync(admin, "/Pengguna/Ubah?handler=Reset", ("nama", nama))).Content.ReadAsStringAsync();
        var baru = WebUtility.HtmlDecode(SandiRegex().Match(reset).Groups[1].Value);
        Assert.NotEqual(sandi, baru);
        using var lagi = await app.MasukAsync(nama, baru);

        // Every change is in the audit trail, by the administrator.
        var audit = await admin.GetStringAsync("/Audit?tabel=PenugasanPic");
        Assert.Contains(nama, audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_removes_the_last_admin_or_deactivates_themselves_and_others_are_refused()
    {
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/Pengguna")).StatusCode);
        using var perencana = await app.LoginAsync(Peran.Perencana);
        Assert.Contains("/Akun/Ditolak", (await perencana.GetAsync("/Pengguna/Ubah?nama=admin")).Headers.Location?.ToString(), StringComparison.Ordinal);

        var (adminNama, adminSandi) = await app.CreateUserAsync(Peran.Admin);
        using var admin = await app.MasukAsync(adminNama, adminSandi);
        var diri = await (await KirimAsync(admin, "/Pengguna/Ubah?handler=Nonaktif", ("nama", adminNama))).Content.ReadAsStringAsync();
        Assert.Contains("tidak dapat menonaktifkan akun Anda sendiri", diri, StringComparison.Ordinal);

        // The CLI keeps the same rule: the roles of a user, and the last-admin guard.
        var (lain, _) = await app.CreateUserAsync(Peran.Operator);
        var peran = await app.RunCliAsync("user", "peran", lain, "--peran", "Verifikator", "Pimpinan");
        Assert.True(peran.Exit == 0, peran.Error);
        Assert.Contains("Pimpinan, Verifikator", await admin.GetStringAsync("/Pengguna"), StringComparison.Ordinal);
        var kosong = await (await KirimAsync(admin, "/Pengguna/Ubah?handler=Peran", ("nama", lain))).Content.ReadAsStringAsync();
        Assert.Contains("Pilih sedikitnya satu peran", kosong, StringComparison.Ordinal);
        var nonaktif = await app.RunCliAsync("user", "nonaktif", lain);
        Assert.True(nonaktif.Exit == 0, nonaktif.Error);
        var buka = await app.RunCliAsync("user", "buka-kunci", lain);
        Assert.Equal(1, buka.Exit);
        Assert.Contains("dinonaktifkan, bukan terkunci", buka.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex("id=\"sandi-baru\">([^<]+)<")]
    private static partial Regex SandiRegex();
}

public sealed class PenggunaPageTestsSqlite(SqliteFactory app) : PenggunaPageTests(app), IClassFixture<SqliteFactory>;

public sealed class PenggunaPageTestsPostgres(PostgresFactory app) : PenggunaPageTests(app), IClassFixture<PostgresFactory>;
