using System.CommandLine;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Tolok.Infrastructure;

/// <summary>
/// <c>tolok backup FILE</c> and <c>tolok restore FILE</c>. SQLite: a consistent copy taken while the database is in use
/// (SQLite's online backup), and a restore that checks the file is a Tolok database first. PostgreSQL: pg_dump in its
/// custom format, restored with pg_restore (both from the PostgreSQL client tools, which must be on the PATH).
/// </summary>
public static class Cadangan
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    public static Command BackupCommand(CliHost cli)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Berkas cadangan yang dibuat" };
        var command = new Command("backup", "Membuat cadangan basis data (SQLite: salinan daring yang konsisten; PostgreSQL: pg_dump).") { file };
        command.SetAction(async (parse, ct) =>
        {
            var target = parse.GetValue(file)!;
            using var host = await cli.StartAsync(ct);
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            try
            {
                if (db.Database.IsSqlite())
                {
                    if (target.Exists)
                    {
                        target.Delete();
                    }
                    await using var source = new SqliteConnection(db.Database.GetConnectionString());
                    await source.OpenAsync(ct);
                    await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target.FullName, Pooling = false }.ConnectionString);
                    await destination.OpenAsync(ct);
                    source.BackupDatabase(destination);
                }
                else
                {
                    await PgToolAsync("pg_dump", db.Database.GetConnectionString()!, ["--format=custom", "--no-owner", $"--file={target.FullName}"], ct);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException or InvalidOperationException)
            {
                return Cli.Fail(parse, $"cadangan tidak dapat dibuat: {e.Message}");
            }
            target.Refresh();
            parse.InvocationConfiguration.Output.WriteLine($"Cadangan ditulis ke {target.FullName} ({Format.Bilangan(target.Length)} bita).");
            return 0;
        });
        return command;
    }

    public static Command RestoreCommand(CliHost cli)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Berkas cadangan dari tolok backup" };
        var command = new Command("restore", "Memulihkan basis data dari cadangan; seluruh isi basis data saat ini diganti. Hentikan server lebih dulu.") { file };
        command.SetAction(async (parse, ct) =>
        {
            var source = parse.GetValue(file)!;
            if (!source.Exists)
            {
                return Cli.Fail(parse, $"berkas {source.FullName} tidak ada.");
            }
            using var host = await cli.StartAsync(ct);
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            try
            {
                if (db.Database.IsSqlite())
                {
                    var header = new byte[SqliteHeader.Length];
                    await using (var stream = source.OpenRead())
                    {
                        await stream.ReadExactlyAsync(header, ct);
                    }
                    if (!header.SequenceEqual(SqliteHeader))
                    {
                        return Cli.Fail(parse, $"{source.Name} bukan berkas cadangan SQLite Tolok.");
                    }
                    await using var backup = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source.FullName, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
                    await backup.OpenAsync(ct);
                    await using (var check = backup.CreateCommand())
                    {
                        check.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = '__EFMigrationsHistory'";
                        if (Convert.ToInt64(await check.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0)
                        {
                            return Cli.Fail(parse, $"{source.Name} adalah basis data SQLite, tetapi bukan basis data Tolok.");
                        }
                    }
                    SqliteConnection.ClearAllPools();
                    await using var destination = new SqliteConnection(db.Database.GetConnectionString());
                    await destination.OpenAsync(ct);
                    backup.BackupDatabase(destination);
                }
                else
                {
                    await PgToolAsync("pg_restore", db.Database.GetConnectionString()!, ["--clean", "--if-exists", "--no-owner", "--single-transaction", source.FullName], ct);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException or InvalidOperationException or EndOfStreamException)
            {
                return Cli.Fail(parse, $"pemulihan gagal: {e.Message}");
            }
            parse.InvocationConfiguration.Output.WriteLine($"Basis data dipulihkan dari {source.FullName}.");
            return 0;
        });
        return command;
    }

    /// <summary>Runs pg_dump or pg_restore against the configured database (password through PGPASSWORD, never the command line).</summary>
    private static async Task PgToolAsync(string tool, string connectionString, IEnumerable<string> args, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        start.ArgumentList.Add($"--dbname={cs.Database}");
        if (!string.IsNullOrEmpty(cs.Host))
        {
            start.ArgumentList.Add($"--host={cs.Host}");
        }
        start.ArgumentList.Add($"--port={cs.Port}");
        if (!string.IsNullOrEmpty(cs.Username))
        {
            start.ArgumentList.Add($"--username={cs.Username}");
        }
        if (!string.IsNullOrEmpty(cs.Password))
        {
            start.Environment["PGPASSWORD"] = cs.Password;
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} tidak dapat dijalankan.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{tool} tidak ditemukan; pasang klien PostgreSQL (paket postgresql-client) dengan versi yang sama dengan server.");
        }
        using (process)
        {
            var error = await process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{tool} keluar dengan kode {process.ExitCode}: {error.Trim()}");
            }
        }
    }
}
