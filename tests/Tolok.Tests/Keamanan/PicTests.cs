using System.Net;
using System.Net.Http.Json;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Keamanan;

public abstract class PicTests(TolokFactory app)
{
    [Fact]
    public async Task An_operator_writes_only_the_registers_and_satker_assigned_to_them()
    {
        var (name, password) = await app.CreateUserAsync(false, Peran.Operator);
        var assign = await app.RunCliAsync("user", "pic", name, "--satker", "51", "--register", "laporan-rb");
        Assert.True(assign.Exit == 0, assign.Error);
        Assert.Contains("51/laporan-rb", assign.Output, StringComparison.Ordinal);
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await TolokFactory.PostFormAsync(client, "/Akun/Masuk", new Dictionary<string, string> { ["NamaPengguna"] = name, ["KataSandi"] = password })).StatusCode);

        var report = new { nama = "RB oleh PIC", periodeDari = "2048-01-01", periodeSampai = "2048-03-31", jatuhTempo = "2048-04-10" };
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/satker/51/laporan/rb", report)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/satker/51.01/laporan/rb", report)).StatusCode);   // another satker
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/satker/51/lhe", new { tahunDievaluasi = 2048, evaluator = "x", tanggalLhe = "2048-02-01", nilai = 70 })).StatusCode); // another register

        // The pages follow the same rule: the form shows where the operator is PIC, not elsewhere.
        Assert.Contains("Catat laporan baru", await client.GetStringAsync("/Laporan/Rb?satker=51"), StringComparison.Ordinal);
        Assert.DoesNotContain("Catat laporan baru", await client.GetStringAsync("/Laporan/Rb?satker=51.01"), StringComparison.Ordinal);
        Assert.DoesNotContain("Catat LHE", await client.GetStringAsync("/Evaluasi?satker=51"), StringComparison.Ordinal);

        Assert.NotEqual(0, (await app.RunCliAsync("user", "pic", name, "--satker", "51", "--register", "cuaca")).Exit);
        Assert.Equal(0, (await app.RunCliAsync("user", "pic", name, "--satker", "51", "--register", "laporan-rb", "--hapus")).Exit);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/satker/51/laporan/rb", report with { nama = "RB sesudah dicabut" })).StatusCode);
    }
}

public sealed class PicTestsSqlite(SqliteFactory app) : PicTests(app), IClassFixture<SqliteFactory>;

public sealed class PicTestsPostgres(PostgresFactory app) : PicTests(app), IClassFixture<PostgresFactory>;
