using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Halaman;

/// <summary>"Tugas saya" lists what the workflow rules would let this user do now, and nothing else (issue 15, point 3).</summary>
public abstract class TugasTests(TolokFactory app)
{
    private static async Task<JsonElement> TugasAsync(HttpClient client, string query = "") =>
        await client.GetFromJsonAsync<JsonElement>("/api/v1/tugas" + query);

    private static IEnumerable<string> Judul(JsonElement tugas, string bagian) =>
        tugas.GetProperty(bagian).EnumerateArray().Select(i => i.GetProperty("judul").GetString()!);

    [Fact]
    public async Task Submitted_items_reach_the_verifier_returned_ones_the_submitter_and_empty_registers_their_pic()
    {
        var op = await app.CreateUserAsync(false, Peran.Operator);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Tolok.Infrastructure.TolokDb>();
            db.PenugasanPic.Add(new PenugasanPic { NamaPengguna = op.Name, Satker = "51.01", Register = "laporan-rb" });
            db.PenugasanPic.Add(new PenugasanPic { NamaPengguna = op.Name, Satker = "51.01", Register = "anggaran" });
            await db.SaveChangesAsync();
        }
        using var operatorClient = await app.MasukAsync(op.Name, op.Password);
        var kosong = await TugasAsync(operatorClient, "?tahun=2031");
        Assert.Contains(kosong.GetProperty("registerKosong").EnumerateArray(), r => r.GetProperty("register").GetString() == "laporan-rb");
        Assert.Contains(kosong.GetProperty("registerKosong").EnumerateArray(), r => r.GetProperty("register").GetString() == "anggaran");
        Assert.NotEmpty(kosong.GetProperty("tenggat").EnumerateArray());
        Assert.Contains(kosong.GetProperty("tenggat").EnumerateArray(), t => t.GetProperty("judul").GetString()!.StartsWith("LKjIP tahun", StringComparison.Ordinal));

        var dibuat = await operatorClient.PostAsJsonAsync("/api/v1/satker/51.01/laporan/rb", new
        {
            nama = "Semester II 2031 uji tugas",
            periodeDari = "2031-07-01",
            periodeSampai = "2031-12-31",
            jatuhTempo = "2032-01-10",
        });
        Assert.Equal(HttpStatusCode.Created, dibuat.StatusCode);
        var id = (await dibuat.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.PostAsync($"/api/v1/satker/51.01/alur/laporan-rb/{id}/ajukan", null)).StatusCode);
        Assert.DoesNotContain(Judul(await TugasAsync(operatorClient, "?tahun=2031"), "menungguVerifikasi"), j => j.Contains("uji tugas", StringComparison.Ordinal));
        var setelah = await TugasAsync(operatorClient, "?tahun=2031");
        Assert.DoesNotContain(setelah.GetProperty("registerKosong").EnumerateArray(), r => r.GetProperty("register").GetString() == "laporan-rb");

        // A verifier of 51.01 sees it; one assigned elsewhere does not.
        using var verifikator = await app.LoginAsync(Peran.Verifikator);
        Assert.Contains("Laporan RB Semester II 2031 uji tugas", Judul(await TugasAsync(verifikator), "menungguVerifikasi"));
        var lain = await app.CreateUserAsync(false, Peran.Verifikator);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Tolok.Infrastructure.TolokDb>();
            db.PenugasanPic.Add(new PenugasanPic { NamaPengguna = lain.Name, Satker = "51", Register = "*" });
            await db.SaveChangesAsync();
        }
        using var verifikatorLain = await app.MasukAsync(lain.Name, lain.Password);
        Assert.DoesNotContain("Laporan RB Semester II 2031 uji tugas", Judul(await TugasAsync(verifikatorLain), "menungguVerifikasi"));

        // Returned with a note: it is the submitter's task now, with the note, on the page too.
        var kembali = await verifikator.PostAsJsonAsync($"/api/v1/satker/51.01/alur/laporan-rb/{id}/kembalikan", new { catatan = "Lampirkan tanda terima." });
        Assert.Equal(HttpStatusCode.OK, kembali.StatusCode);
        var dikembalikan = (await TugasAsync(operatorClient)).GetProperty("dikembalikan").EnumerateArray().Single(i => i.GetProperty("kunci").GetString() == id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Lampirkan tanda terima.", dikembalikan.GetProperty("catatan").GetString());
        var html = await operatorClient.GetStringAsync("/Tugas");
        Assert.Contains("Lampirkan tanda terima.", html, StringComparison.Ordinal);
        Assert.Contains("Dikembalikan kepada saya", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_start_page_is_tugas_saya_for_a_user_and_the_iku_for_a_visitor()
    {
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.StartsWith("/Iku", (await anonymous.GetAsync("/")).Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/tugas")).StatusCode);
        using var user = await app.LoginAsync(Peran.Pimpinan);
        Assert.Equal("/Tugas", (await user.GetAsync("/")).Headers.Location?.ToString());
        Assert.Contains("Tenggat berikutnya", await user.GetStringAsync("/Tugas"), StringComparison.Ordinal);
    }
}

public sealed class TugasTestsSqlite(SqliteFactory app) : TugasTests(app), IClassFixture<SqliteFactory>;

public sealed class TugasTestsPostgres(PostgresFactory app) : TugasTests(app), IClassFixture<PostgresFactory>;
