using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tolok.Infrastructure;

namespace Tolok.Tests.Infrastructure;

/// <summary>tolok backup and restore: a round trip gives back every table exactly.</summary>
public abstract class CadanganTests(TolokFactory app)
{
    /// <summary>A fingerprint per table: every row's values as text, sorted, hashed.</summary>
    private async Task<Dictionary<string, string>> FingerprintAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Append("__EFMigrationsHistory").Distinct().Order().ToList();
        var result = new Dictionary<string, string>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            var rows = new List<string>();
            await using (DbDataReader reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    var cells = new string[reader.FieldCount];
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        cells[i] = reader.IsDBNull(i) ? "∅" : reader.GetValue(i) is byte[] b ? Convert.ToHexString(b) : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
                    }
                    rows.Add(string.Join("|", cells));
                }
            }
            rows.Sort(StringComparer.Ordinal);
            result[table] = $"{rows.Count}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", rows))))}";
        }
        await connection.CloseAsync();
        return result;
    }

    [Fact]
    public async Task Backup_then_changes_then_restore_gives_back_every_table()
    {
        Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);
        var file = Path.Combine(Path.GetTempPath(), $"tolok-cadangan-{Guid.NewGuid():N}.bak");
        var backup = await app.RunCliAsync("backup", file);
        Assert.True(backup.Exit == 0, backup.Error);
        var before = await FingerprintAsync();
        Assert.True(before.Count > 30);

        // Changes after the backup: a new user, a report, a changed target.
        Assert.Equal(0, (await app.RunCliAsync("user", "add", "sesudah-cadangan", "--peran", "Operator")).Exit);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            db.LaporanRb.Add(new Tolok.Laporan.LaporanRb { SatkerId = db.Satker.First(s => s.Kode == "51").Id, Nama = "sesudah cadangan", JatuhTempo = new DateOnly(2050, 1, 1) });
            await db.SaveChangesAsync();
        }
        Assert.NotEqual(before["LaporanRb"], (await FingerprintAsync())["LaporanRb"]);

        var restore = await app.RunCliAsync("restore", file);
        Assert.True(restore.Exit == 0, restore.Error);
        var after = await FingerprintAsync();
        foreach (var (table, print) in before)
        {
            Assert.True(print == after[table], $"tabel {table} berbeda sesudah pemulihan");
        }
        Assert.Equal(0, (await app.RunCliAsync("audit", "verify")).Exit);

        // A file that is not a backup is refused and nothing changes.
        var text = Path.Combine(Path.GetTempPath(), $"bukan-cadangan-{Guid.NewGuid():N}.bak");
        await File.WriteAllTextAsync(text, "ini bukan cadangan");
        var bad = await app.RunCliAsync("restore", text);
        Assert.NotEqual(0, bad.Exit);
        Assert.Contains("Galat:", bad.Error, StringComparison.Ordinal);
        Assert.Equal(after, await FingerprintAsync());
        File.Delete(file);
        File.Delete(text);
    }
}

public sealed class CadanganTestsSqlite(SqliteFactory app) : CadanganTests(app), IClassFixture<SqliteFactory>;

public sealed class CadanganTestsPostgres(PostgresFactory app) : CadanganTests(app), IClassFixture<PostgresFactory>;
