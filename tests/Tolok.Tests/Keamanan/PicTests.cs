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
        await TolokFactory.TambahTokenAsync(client);

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

public abstract class LingkupAlurTests(TolokFactory app)
{
    [Fact]
    public async Task A_verifier_acts_only_on_the_satker_assigned_and_an_operator_submits_only_where_pic()
    {
        using var operatorClient = await app.LoginAsync(Peran.Operator);
        var id = (await (await operatorClient.PostAsJsonAsync("/api/v1/satker/51.01/laporan/rb", new { nama = "RB lingkup", periodeDari = "2049-01-01", periodeSampai = "2049-03-31", jatuhTempo = "2049-04-10" }))
            .Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32();
        var url = $"/api/v1/satker/51.01/alur/laporan-rb/{id}";

        var (opName, opPassword) = await app.CreateUserAsync(false, Peran.Operator);
        Assert.Equal(0, (await app.RunCliAsync("user", "pic", opName, "--satker", "51.01", "--register", "lhe")).Exit);
        using var otherOperator = await app.MasukAsync(opName, opPassword);
        var refused = await otherOperator.PostAsJsonAsync($"{url}/ajukan", new { });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("tidak ditugaskan", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.PostAsJsonAsync($"{url}/ajukan", new { })).StatusCode);

        var (vName, vPassword) = await app.CreateUserAsync(false, Peran.Verifikator);
        Assert.Equal(0, (await app.RunCliAsync("user", "pic", vName, "--satker", "51", "--register", "*")).Exit);
        using var verifikator = await app.MasukAsync(vName, vPassword);
        Assert.Contains("tidak ditugaskan pada satker 51.01", await (await verifikator.PostAsJsonAsync($"{url}/verifikasi", new { })).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, (await app.RunCliAsync("user", "pic", vName, "--satker", "51.01", "--register", "*")).Exit);
        Assert.Equal(HttpStatusCode.OK, (await verifikator.PostAsJsonAsync($"{url}/verifikasi", new { })).StatusCode);
    }

}

public sealed class LingkupAlurTestsSqlite(SqliteFactory app) : LingkupAlurTests(app), IClassFixture<SqliteFactory>;

public sealed class PicTestsSqlite(SqliteFactory app) : PicTests(app), IClassFixture<SqliteFactory>;

public sealed class PicTestsPostgres(PostgresFactory app) : PicTests(app), IClassFixture<PostgresFactory>;
