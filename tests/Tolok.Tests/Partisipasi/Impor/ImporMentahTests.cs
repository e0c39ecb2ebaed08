using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tolok.Audit;
using Tolok.Infrastructure;
using Tolok.Partisipasi;
using Tolok.Partisipasi.Impor;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;
using static Tolok.Tests.Partisipasi.TpsFiles;

namespace Tolok.Tests.Partisipasi.Impor;

/// <summary>
/// The import's bookkeeping is plain SQL (decision 68): what it writes must read back through EF Core as if EF Core
/// had written it, and the audit trail must hold one intact entry per import with every property of the record.
/// </summary>
public abstract class ImporMentahTests(TolokFactory app)
{
    [Fact]
    public async Task Import_record_and_its_audit_entry_read_back_through_ef_core()
    {
        using var admin = await app.LoginAsync(Peran.Admin);
        var slug = $"mentah-{Guid.NewGuid():N}"[..16];
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/pemilihan", new
        {
            id = slug,
            nama = "Pemilihan uji SQL",
            tanggal = "2024-02-14",
            suratSuara = new[] { new { kode = "A", nama = "Surat A" } },
        })).StatusCode);
        var before = DateTime.UtcNow.AddMinutes(-1);
        var first = await WriteAsync(Csv([Consistent(Tps(DesaJembrana[0], 1), 100, 110, 80, 90), Consistent(Tps(DesaJembrana[0], 2), 50, 60, 40, 30)]), ".csv");
        var second = await WriteAsync(Csv([Consistent(Tps(DesaJembrana[0], 2), 51, 60, 40, 30), Consistent(Tps(DesaJembrana[1], 1), 10, 10, 5, 5)]), ".csv");

        foreach (var file in new[] { first, second })
        {
            var (exit, output, error) = await app.RunCliAsync("tps", "import", file, "--pemilihan", slug, "--surat-suara", "a", "--satker", "51.01");
            Assert.True(exit == 0, error + output);
        }

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
        var pemilihan = await db.Pemilihan.AsNoTracking().Include(p => p.SuratSuara).SingleAsync(p => p.Slug == slug);
        var imports = await db.ImporTps.AsNoTracking().Where(i => i.PemilihanId == pemilihan.Id).OrderBy(i => i.Id).ToListAsync();
        Assert.Equal(2, imports.Count);
        Assert.Equal([(2, 0, 0), (1, 1, 0)], imports.Select(i => (i.Baru, i.Diganti, i.Ditolak)));
        Assert.All(imports, i =>
        {
            Assert.Equal("A", i.SuratSuara);
            Assert.Equal("51.01", i.Satker);
            Assert.Equal(Environment.UserName, i.Oleh);
            Assert.InRange(i.Waktu, before, DateTime.UtcNow.AddMinutes(1));
        });
        Assert.Equal([Path.GetFileName(first), Path.GetFileName(second)], imports.Select(i => i.Berkas));
        // The replaced row's history names the second import.
        Assert.Equal(imports[1].Id, Assert.Single(await RiwayatTps.BarisAsync(db, pemilihan.SuratSuara.Single().Id, DesaJembrana[0] * 1000 + 2, default)).ImporId);
        Assert.Empty(await RiwayatTps.BarisAsync(db, pemilihan.SuratSuara.Single().Id, DesaJembrana[0] * 1000 + 1, default));

        var properties = db.Model.FindEntityType(typeof(ImporTps))!.GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        foreach (var impor in imports)
        {
            var entry = await db.JejakAudit.AsNoTracking().SingleAsync(j => j.Tabel == "ImporTps" && j.Kunci == impor.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("tambah", entry.Aksi);
            Assert.Null(entry.Lama);
            Assert.StartsWith("sistem (", entry.Pengguna, StringComparison.Ordinal);
            var values = JsonDocument.Parse(entry.Baru!).RootElement;
            Assert.Equal(properties, values.EnumerateObject().Select(p => p.Name).ToList()); // every property, none forgotten
            Assert.Equal(impor.Baru, values.GetProperty("Baru").GetInt32());
            Assert.Equal(impor.Diganti, values.GetProperty("Diganti").GetInt32());
            Assert.Equal(impor.Berkas, values.GetProperty("Berkas").GetString());
            Assert.Equal(impor.Waktu, values.GetProperty("Waktu").GetDateTime().ToUniversalTime(), TimeSpan.FromMilliseconds(1));
        }
        var chain = await AuditVerifikasi.VerifyAsync(db, CancellationToken.None);
        Assert.True(chain.Utuh, chain.Alasan);
    }

    [Fact]
    public async Task An_upload_is_recorded_in_the_audit_trail_under_the_signed_in_user()
    {
        using var admin = await app.LoginAsync(Peran.Admin);
        var slug = $"unggah-{Guid.NewGuid():N}"[..16];
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/pemilihan", new
        {
            id = slug,
            nama = "Pemilihan uji unggah",
            tanggal = "2024-02-14",
            suratSuara = new[] { new { kode = "A", nama = "Surat A" } },
        })).StatusCode);
        var (name, password) = await app.CreateUserAsync(Peran.Operator);
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = app.ClientOptions.BaseAddress });
        Assert.Equal(HttpStatusCode.Redirect, (await TolokFactory.PostFormAsync(client, "/Akun/Masuk", new Dictionary<string, string> { ["NamaPengguna"] = name, ["KataSandi"] = password })).StatusCode);
        await TolokFactory.TambahTokenAsync(client);
        var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Csv([Consistent(Tps(DesaJembrana[2], 1), 30, 40, 20, 25)])));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");

        var response = await client.PostAsync($"/api/v1/pemilihan/{slug}/tps/impor?suratSuara=A&satker=51.01", new MultipartFormDataContent { { content, "berkas", "unggah.csv" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imporId").GetInt32();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
        Assert.Equal(name, (await db.ImporTps.AsNoTracking().SingleAsync(i => i.Id == id)).Oleh);
        var entry = await db.JejakAudit.AsNoTracking().SingleAsync(j => j.Tabel == "ImporTps" && j.Kunci == id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(name, entry.Pengguna);
        Assert.Contains("\"Berkas\":\"unggah.csv\"", entry.Baru, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_read_in_plain_sql_equal_the_rules_read_through_ef_core()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
        var expected = (await db.AturanValidasi.AsNoTracking().Where(a => a.Aktif).OrderBy(a => a.Id).ToListAsync()).Select(AturanTerkompilasi.Compile).ToList();
        var actual = await ImporMentah.AturanAsync(db, CancellationToken.None);
        Assert.NotEmpty(expected);
        Assert.Equal(
            expected.Select(r => (r.Kode, r.Operator, r.Tingkat, string.Join(",", r.Kiri), string.Join(",", r.Kanan))),
            actual.Select(r => (r.Kode, r.Operator, r.Tingkat, string.Join(",", r.Kiri), string.Join(",", r.Kanan))));
        Assert.Contains(actual, r => r.Tingkat == TingkatAturan.Peringatan);
    }
}

public sealed class ImporMentahTestsSqlite(SqliteFactory app) : ImporMentahTests(app), IClassFixture<SqliteFactory>;

public sealed class ImporMentahTestsPostgres(PostgresFactory app) : ImporMentahTests(app), IClassFixture<PostgresFactory>;
