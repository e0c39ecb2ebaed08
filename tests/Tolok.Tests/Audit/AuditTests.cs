using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tolok.Infrastructure;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Audit;

public abstract class AuditTests(TolokFactory app)
{
    private async Task<int> SqlAsync(string sql)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TolokDb>().Database.ExecuteSqlRawAsync(sql);
    }

    [Fact]
    public async Task Every_change_is_recorded_with_who_old_and_new_and_tampering_is_found()
    {
        var (name, password) = await app.CreateUserAsync(Peran.Operator);
        using var operatorClient = await app.LoginAsync(Peran.Operator);
        var created = await (await operatorClient.PostAsJsonAsync("/api/v1/satker/51/lhe", new { tahunDievaluasi = 2041, evaluator = "Audit uji", tanggalLhe = "2042-02-01", nilai = 61.5 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await TolokFactory.PutVersiAsync(operatorClient, $"/api/v1/satker/51/lhe/{id}", new { tahunDievaluasi = 2041, evaluator = "Audit uji", tanggalLhe = "2042-02-01", nilai = 71.5 })).StatusCode);

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            var trail = await db.JejakAudit.AsNoTracking().Where(j => j.Tabel == "Lhe" && j.Kunci == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).OrderBy(j => j.Urutan).ToListAsync();
            Assert.Equal(["tambah", "ubah"], trail.Select(j => j.Aksi));
            Assert.All(trail, j => Assert.StartsWith("uji", j.Pengguna, StringComparison.Ordinal));
            Assert.Contains("\"Nilai\":61.5", trail[1].Lama, StringComparison.Ordinal);
            Assert.Contains("\"Nilai\":71.5", trail[1].Baru, StringComparison.Ordinal);
            Assert.DoesNotContain("Evaluator", trail[1].Baru, StringComparison.Ordinal); // only what changed
            // Passwords never reach the trail.
            var user = await db.JejakAudit.AsNoTracking().Where(j => j.Tabel == "AspNetUsers" && j.Baru!.Contains(name)).FirstAsync();
            Assert.Contains("(disembunyikan)", user.Baru, StringComparison.Ordinal);
            Assert.DoesNotContain(password, user.Baru, StringComparison.Ordinal);
        }

        var ok = await app.RunCliAsync("audit", "verify");
        Assert.True(ok.Exit == 0, ok.Error);
        Assert.Contains("Jejak audit utuh", ok.Output, StringComparison.Ordinal);

        // Altered: the new value of the update is rewritten.
        long target;
        using (var scope = app.Services.CreateScope())
        {
            target = await scope.ServiceProvider.GetRequiredService<TolokDb>().JejakAudit.Where(j => j.Tabel == "Lhe" && j.Aksi == "ubah").MaxAsync(j => j.Urutan);
        }
        await SqlAsync($"UPDATE \"JejakAudit\" SET \"Baru\" = replace(\"Baru\", '71.5', '91.5') WHERE \"Urutan\" = {target}");
        var altered = await app.RunCliAsync("audit", "verify");
        Assert.Equal(1, altered.Exit);
        Assert.Contains($"entri {target}: isi entri telah diubah", altered.Error, StringComparison.Ordinal);
        await SqlAsync($"UPDATE \"JejakAudit\" SET \"Baru\" = replace(\"Baru\", '91.5', '71.5') WHERE \"Urutan\" = {target}");
        Assert.Equal(0, (await app.RunCliAsync("audit", "verify")).Exit);

        // Removed: the entry before the update disappears.
        await SqlAsync($"CREATE TABLE audit_simpan AS SELECT * FROM \"JejakAudit\" WHERE \"Urutan\" = {target - 1}");
        await SqlAsync($"DELETE FROM \"JejakAudit\" WHERE \"Urutan\" = {target - 1}");
        var removed = await app.RunCliAsync("audit", "verify");
        Assert.Equal(1, removed.Exit);
        Assert.Contains($"entri {target - 1}", removed.Error, StringComparison.Ordinal);
        Assert.Contains("hilang", removed.Error, StringComparison.Ordinal);

        // Reordered: two entries swap their numbers (each keeps its own hash).
        await SqlAsync("INSERT INTO \"JejakAudit\" SELECT * FROM audit_simpan");
        await SqlAsync("DROP TABLE audit_simpan");
        Assert.Equal(0, (await app.RunCliAsync("audit", "verify")).Exit);
        await SqlAsync($"UPDATE \"JejakAudit\" SET \"Urutan\" = -1 WHERE \"Urutan\" = {target}");
        await SqlAsync($"UPDATE \"JejakAudit\" SET \"Urutan\" = {target} WHERE \"Urutan\" = {target - 1}");
        await SqlAsync($"UPDATE \"JejakAudit\" SET \"Urutan\" = {target - 1} WHERE \"Urutan\" = -1");
        var reordered = await app.RunCliAsync("audit", "verify");
        Assert.Equal(1, reordered.Exit);
        Assert.Contains($"entri {target - 1}", reordered.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_page_is_for_admin_pimpinan_and_verifikator_and_filters()
    {
        using var operatorClient = await app.LoginAsync(Peran.Operator);
        var denied = await operatorClient.GetAsync("/Audit");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/Akun/Ditolak", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await operatorClient.PostAsJsonAsync("/api/v1/satker/51/laporan/rb", new { nama = "Laporan audit halaman", periodeDari = "2043-01-01", periodeSampai = "2043-03-31", jatuhTempo = "2043-04-10" });

        using var pimpinan = await app.LoginAsync(Peran.Pimpinan);
        var page = await pimpinan.GetStringAsync("/Audit?tabel=LaporanRb");
        Assert.Contains("Laporan audit halaman", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("WITA", page, StringComparison.Ordinal);
        // Readable: each filled field with its value, not a JSON object.
        Assert.Contains("<strong>Nama</strong>", page, StringComparison.Ordinal);
        Assert.Contains("<ins>Laporan audit halaman</ins>", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.DoesNotContain("{&quot;", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">Lhe<", (await pimpinan.GetStringAsync("/Audit?tabel=LaporanRb")), StringComparison.Ordinal);
    }
}

// Each class gets its own database: the tampering test must not break another test's chain.
public sealed class AuditTestsSqlite(SqliteFactory app) : AuditTests(app), IClassFixture<SqliteFactory>;

public sealed class AuditTestsPostgres(PostgresFactory app) : AuditTests(app), IClassFixture<PostgresFactory>;
