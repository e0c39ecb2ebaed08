using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tolok.Audit;
using Tolok.Infrastructure;
using Tolok.Pengguna;
using static Tolok.Tests.Partisipasi.TpsFiles;

namespace Tolok.Tests.Infrastructure;

/// <summary>
/// A TPS import as the very first command on a database that has no schema yet: on PostgreSQL the seeds the import
/// does not need are written on a second connection meanwhile (decision 69). The result must be the same database as
/// one set up the usual way, plus the import: every seed, the mark, the administrator (password printed after the
/// import), and an intact audit chain through both transactions.
/// </summary>
public abstract class ImporPertamaTests(TolokFactory app)
{
    protected abstract TolokFactory Baru();

    private static async Task<List<string>> SeedAuditAsync(TolokDb db)
    {
        string[] tables = ["Satker", "Pemilihan", "SuratSuara", "AturanValidasi"];
        var entries = await db.JejakAudit.AsNoTracking().Where(j => tables.Contains(j.Tabel))
            .Select(j => j.Tabel + "|" + j.Kunci + "|" + j.Aksi + "|" + j.Baru).ToListAsync();
        Assert.Equal(553 + 2 + 8, entries.Count(e => !e.StartsWith("AturanValidasi", StringComparison.Ordinal)));
        return [.. entries.Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task First_command_a_tps_import_leaves_a_fully_seeded_database_with_the_data()
    {
        using (var scope = app.Services.CreateScope())
        {
            var expected = await StartUlangTests.CountsAsync(scope.ServiceProvider.GetRequiredService<TolokDb>());
            var expectedAudit = await SeedAuditAsync(scope.ServiceProvider.GetRequiredService<TolokDb>());
            var fresh = Baru();
            await fresh.CreateEmptyDatabaseAsync();
            try
            {
                var file = await WriteAsync(Csv([Consistent(Tps(DesaJembrana[0], 1), 100, 110, 80, 90), Consistent(Tps(DesaJembrana[1], 1), 50, 60, 40, 30)]), ".csv");
                using var output = new StringWriter();
                using var error = new StringWriter();
                var exit = await Cli.RunAsync(["tps", "import", file, "--pemilihan", "pemilu-2024", "--surat-suara", "PPWP", "--satker", "51.01"], fresh.Settings, output, error);
                Assert.True(exit == 0, error.ToString() + output);
                var text = output.ToString();
                Assert.DoesNotContain("fail:", text + error, StringComparison.Ordinal);
                // The administrator's password comes after the import's summary, not inside its progress bar.
                var summary = text.IndexOf("Impor #", StringComparison.Ordinal);
                var passwordLine = text.Split('\n').Single(l => l.Contains("Kata sandi    :", StringComparison.Ordinal));
                Assert.True(summary >= 0 && text.IndexOf(passwordLine, StringComparison.Ordinal) > summary, text);
                var password = passwordLine[(passwordLine.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();

                using var host = await new CliHost(fresh.Settings).StartAsync(CancellationToken.None);
                using var check = host.Services.CreateScope();
                var db = check.ServiceProvider.GetRequiredService<TolokDb>();
                Assert.Equal(expected, await StartUlangTests.CountsAsync(db));
                // The seeds written in two transactions leave the audit entries a normal start leaves: same tables,
                // keys and values.
                Assert.Equal(expectedAudit, await SeedAuditAsync(db));
                Assert.Equal(typeof(DatabaseStartup).Module.ModuleVersionId.ToString(), (await db.PenandaSistem.SingleAsync(p => p.Kunci == PenandaSistem.Seed)).Nilai);
                Assert.Equal(2, (await db.ImporTps.SingleAsync()).Baru);
                Assert.Equal(2, await db.BlokTps.CountAsync());
                var chain = await AuditVerifikasi.VerifyAsync(db, CancellationToken.None);
                Assert.True(chain.Utuh, chain.Alasan);
                Assert.True(await db.JejakAudit.AnyAsync(j => j.Tabel == "ImporTps"));
                Assert.True(await db.JejakAudit.AnyAsync(j => j.Tabel == "AspNetUsers"));
                var users = check.ServiceProvider.GetRequiredService<UserManager<AkunPengguna>>();
                var admin = await users.FindByNameAsync("admin");
                Assert.NotNull(admin);
                Assert.True(await users.CheckPasswordAsync(admin, password));
                Assert.True(await users.IsInRoleAsync(admin, Peran.Admin));
            }
            finally
            {
                await fresh.DropEmptyDatabaseAsync();
            }
        }
    }
}

public sealed class ImporPertamaTestsSqlite(SqliteFactory app) : ImporPertamaTests(app), IClassFixture<SqliteFactory>
{
    protected override TolokFactory Baru() => new SqliteFactory();
}

public sealed class ImporPertamaTestsPostgres(PostgresFactory app) : ImporPertamaTests(app), IClassFixture<PostgresFactory>
{
    protected override TolokFactory Baru() => new PostgresFactory();
}
