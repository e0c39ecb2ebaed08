using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Tolok.Iku;
using Tolok.Pengguna;
using Tolok.Satker;

namespace Tolok.Infrastructure;

/// <summary>
/// Brings a database to the state Tolok needs: migrations applied, the KPU hierarchy, the roles, a first
/// administrator (random password, printed once), and the seed IKU of KPU Kabupaten Jembrana 2024.
/// Runs before the web server accepts requests and before every CLI verb; safe to run any number of times.
/// </summary>
/// <summary>A key–value mark the system keeps about its database, e.g. which build last checked the seeds.</summary>
public class PenandaSistem
{
    public const string Seed = "seed";

    public required string Kunci { get; set; }
    public required string Nilai { get; set; }
}

internal sealed class PenandaSistemConfiguration : IEntityTypeConfiguration<PenandaSistem>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<PenandaSistem> builder)
    {
        builder.HasKey(p => p.Kunci);
        builder.Property(p => p.Kunci).HasMaxLength(50);
        builder.Property(p => p.Nilai).HasMaxLength(200);
    }
}

public static class DatabaseStartup
{
    public const string SeedSatker = "51.01";
    public const int SeedTahun = 2024;

    public static async Task InitializeAsync(IServiceProvider services, CancellationToken ct = default) =>
        await await InitializeAsync(services, Console.Out, bersamaan: false, ct);

    /// <summary>
    /// Brings the database up to date. With <paramref name="bersamaan"/>, on a PostgreSQL database built just now, only
    /// the seeds a TPS import needs (satker, elections, validation rules) are committed before this returns; the
    /// others are seeded on a connection of their own while the caller goes on (decision 69), and the returned task
    /// ends when they are committed. Otherwise everything is done before this returns and the task is complete.
    /// </summary>
    /// <param name="pesan">Where the first administrator's password is written (once).</param>
    public static async Task<Task> InitializeAsync(IServiceProvider services, TextWriter pesan, bool bersamaan, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
        // This very build already brought this database up to date and checked its seeds: nothing to do (one plain
        // query instead of listing the migrations and compiling LINQ queries; most of a CLI verb's start-up).
        var versi = typeof(DatabaseStartup).Module.ModuleVersionId.ToString();
        if (await PenandaAsync(db, ct) == versi)
        {
            return Task.CompletedTask;
        }
        // A database built just now from the script has empty tables: the seeds skip their checks (decision 66).
        var baru = await SiapkanSkemaAsync(db, ct);
        // The first administrator's password hash (100.000 rounds of PBKDF2) is computed meanwhile, in case one is needed.
        var hasher = scope.ServiceProvider.GetRequiredService<UserManager<AkunPengguna>>().PasswordHasher;
        var sandi = Task.Run(() =>
        {
            var password = RandomPassword();
            return (password, hasher.HashPassword(new AkunPengguna(), password));
        }, ct);
        if (bersamaan && baru && db.Database.IsNpgsql())
        {
            // Two transactions: what an import reads, committed now; the rest on a second connection. A start that
            // fails in the second leaves no mark, so the next start checks every seed again and adds what is missing.
            await using (var tx = await db.Database.BeginTransactionAsync(ct))
            {
                await SeedImporAsync(db, baru, ct);
                await tx.CommitAsync(ct);
            }
            return Task.Run(async () =>
            {
                using var second = services.CreateScope();
                var other = second.ServiceProvider.GetRequiredService<TolokDb>();
                await using var tx = await other.Database.BeginTransactionAsync(ct);
                await SeedSisaAsync(other, second.ServiceProvider, baru, sandi, versi, pesan, ct);
                await tx.CommitAsync(ct);
            }, ct);
        }
        // Every seed in one transaction: one commit (one sync to disk) instead of one per save, and a start that
        // fails half-way leaves no half-seeded database behind.
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await SeedImporAsync(db, baru, ct);
            await SeedSisaAsync(db, scope.ServiceProvider, baru, sandi, versi, pesan, ct);
            await tx.CommitAsync(ct);
        }
        return Task.CompletedTask;
    }

    /// <summary>The seeds a TPS import reads: the KPU hierarchy, the elections and their ballots, the validation rules.</summary>
    private static async Task SeedImporAsync(TolokDb db, bool baru, CancellationToken ct)
    {
        await SatkerSeed.EnsureAsync(db, baru, ct);
        await Pemilihan.PemilihanSeed.EnsureAsync(db, baru, ct);
        await Partisipasi.AturanSeed.EnsureAsync(db, baru, ct);
    }

    /// <summary>Every other seed, then the mark of this build.</summary>
    private static async Task SeedSisaAsync(TolokDb db, IServiceProvider services, bool baru, Task<(string Password, string Hash)> sandi, string versi, TextWriter pesan, CancellationToken ct)
    {
        await Partisipasi.RealisasiPartisipasi.EnsureAsync(db, baru, ct);
        await Tahapan.TahapanSeed.EnsureAsync(db, baru, ct);
        await Partisipasi.DaftarTpsSeed.EnsureAsync(db, baru, ct);
        await Lkjip.AngkaReferensiSeed.EnsureAsync(db, baru, ct);
        await Lke.LkeSeed.EnsureAsync(db, baru, ct);
        await Kalender.KalenderQuery.SeedAsync(db, ct);
        if (baru || !await db.SkalaCapaian.AnyAsync(k => k.Skala == Kinerja.SkalaCapaian.PredikatSakip, ct))
        {
            db.SkalaCapaian.AddRange(Kinerja.SkalaCapaian.PredikatBawaan());
        }
        // Defaults are added one by one when missing, so a database made before a default existed gets it too.
        var definisi = baru ? [] : await db.DefinisiUkuran.Where(d => d.Satker == null && d.Tahun == null).Select(d => d.KodeIndikator + "|" + d.Register).ToListAsync(ct);
        db.DefinisiUkuran.AddRange(Kinerja.DefinisiUkuran.Bawaan().Where(d => !definisi.Contains(d.KodeIndikator + "|" + d.Register)));
        var menang = baru ? [] : await db.AturanMenang.Select(a => a.Putusan + "|" + a.PeranKpu).ToListAsync(ct);
        db.AturanMenang.AddRange(Sengketa.AturanMenang.Bawaan().Where(a => !menang.Contains(a.Putusan + "|" + a.PeranKpu)));
        await db.SaveChangesAsync(ct);
        if (baru || !await db.SkalaCapaian.AnyAsync(k => k.Skala == Kinerja.SkalaCapaian.Capaian, ct))
        {
            db.SkalaCapaian.AddRange(Kinerja.SkalaCapaian.Bawaan());
        }
        if (baru || !await db.PeringkatKategori.AnyAsync(ct))
        {
            db.PeringkatKategori.AddRange(Kinerja.PeringkatKategori.Bawaan());
        }
        await db.SaveChangesAsync(ct);
        await EnsureRolesAsync(db, services.GetRequiredService<RoleManager<IdentityRole>>(), baru, ct);
        await EnsureAdminAsync(services.GetRequiredService<UserManager<AkunPengguna>>(), sandi, baru, pesan);
        await EnsureSeedIkuAsync(db, services.GetRequiredService<TimeProvider>(), baru, ct);
        var penanda = baru ? null : await db.PenandaSistem.FirstOrDefaultAsync(p => p.Kunci == PenandaSistem.Seed, ct);
        if (penanda is null)
        {
            db.PenandaSistem.Add(new PenandaSistem { Kunci = PenandaSistem.Seed, Nilai = versi });
        }
        else
        {
            penanda.Nilai = versi;
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The build that last checked this database's schema and seeds, or null (a new database, no mark yet).</summary>
    private static async Task<string?> PenandaAsync(TolokDb db, CancellationToken ct)
    {
        var entity = db.Model.FindEntityType(typeof(PenandaSistem))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        try
        {
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = $"SELECT {Column(nameof(PenandaSistem.Nilai))} FROM {sql.DelimitIdentifier(table.Name, table.Schema)} WHERE {Column(nameof(PenandaSistem.Kunci))} = '{PenandaSistem.Seed}'";
                return await command.ExecuteScalarAsync(ct) as string;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        catch (System.Data.Common.DbException) when (!ct.IsCancellationRequested)
        {
            return null; // no database or no table yet
        }
    }

    /// <summary>
    /// Brings the schema up to date: a database without tables is built from the model (decision 58), any other is
    /// migrated, and only when something is pending (MigrateAsync also compares the model with the migrations'
    /// snapshot, a noticeable part of every CLI verb's start-up). When two processes build the same new database at
    /// once (two servers starting on a new PostgreSQL database), the one that loses finds the tables made and migrates.
    /// </summary>
    /// <returns>True when the database was built just now from the script (so its tables are empty).</returns>
    internal static async Task<bool> SiapkanSkemaAsync(TolokDb db, CancellationToken ct)
    {
        // A database without tables is built from the script. Asked first: listing the applied migrations of a database
        // without the history table logs a failed command (an alarming "fail:" line on a new PostgreSQL database).
        if (!await HasTablesAsync(db, ct))
        {
            try
            {
                await CreateFromModelAsync(db, ct);
                return true;
            }
            catch (System.Data.Common.DbException) when (!ct.IsCancellationRequested)
            {
                if (!await HasTablesAsync(db, ct))
                {
                    throw;
                }
            }
        }
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            await db.Database.MigrateAsync(ct);
        }
        return false;
    }

    private static async Task<bool> HasTablesAsync(TolokDb db, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        return await creator.ExistsAsync(ct) && await creator.HasTablesAsync(ct);
    }

    /// <summary>
    /// A new, empty database gets the current model's schema in one script and every migration marked as applied: the
    /// same schema the migrations build one by one (a test keeps the model and the migrations equal; no migration
    /// carries data), in a fraction of the time (decision 58). A database with tables is always migrated.
    /// </summary>
    internal static async Task CreateFromModelAsync(TolokDb db, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            await creator.CreateAsync(ct);
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await using (var command = db.Database.GetDbConnection().CreateCommand())
        {
            // The script kept beside the compiled model (HitungSkripSkema): the schema, the migrations history and a row
            // per migration, in one command. Deriving it again cost 0,3 s (the model) and 0,12 s (the history's own
            // model, the migrations listed, seventeen round trips) of every new database (decisions 63, 69).
            command.CommandText = SkripSkema(db.Database.IsNpgsql() ? "Postgres" : "Sqlite");
            command.Transaction = tx.GetDbTransaction();
            await command.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }

    /// <summary>The schema script of a provider ("Sqlite", "Postgres"), embedded from ModelTerkompilasi/ (generated).</summary>
    /// <summary>
    /// The script a new database is built from: the schema the entity configurations give, the migrations history
    /// table, and a row for every migration (as applied). Kept as skema.sql beside each compiled model; computed here
    /// for <c>ModelTerkompilasiTests</c> (which require the kept one to equal it) and scripts/model-terkompilasi.sh.
    /// </summary>
    internal static string HitungSkripSkema(TolokDb db)
    {
        var history = db.GetService<IHistoryRepository>();
        var version = typeof(DbContext).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "10.0.0";
        var script = new System.Text.StringBuilder(db.Database.GenerateCreateScript()).AppendLine().AppendLine(history.GetCreateScript());
        foreach (var id in db.Database.GetMigrations())
        {
            script.AppendLine(history.GetInsertScript(new HistoryRow(id, version)));
        }
        return script.ToString();
    }

    internal static string SkripSkema(string provider)
    {
        using var stream = typeof(DatabaseStartup).Assembly.GetManifestResourceStream($"Tolok.ModelTerkompilasi.{provider}.skema.sql")
            ?? throw new InvalidOperationException($"skrip skema {provider} tidak ada dalam rakitan; jalankan scripts/model-terkompilasi.sh");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The roles that are missing, added at once (the role manager would query and save per role).</summary>
    private static async Task EnsureRolesAsync(TolokDb db, RoleManager<IdentityRole> roles, bool baru, CancellationToken ct)
    {
        var existing = baru ? [] : await db.Roles.Select(r => r.Name).ToListAsync(ct);
        foreach (var peran in Peran.Semua.Where(p => !existing.Contains(p)))
        {
            db.Roles.Add(new IdentityRole(peran) { NormalizedName = roles.NormalizeKey(peran) });
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>No default password: the first administrator gets a random one, shown once on the console.</summary>
    private static async Task EnsureAdminAsync(UserManager<AkunPengguna> users, Task<(string Password, string Hash)> sandi, bool baru, TextWriter pesan)
    {
        if (!baru && users.Users.Any())
        {
            return;
        }
        // The random password meets the policy by construction (RandomPassword); its hash was computed meanwhile.
        var (password, hash) = await sandi;
        var admin = new AkunPengguna { UserName = "admin", NamaLengkap = "Administrator", PasswordHash = hash };
        Check(await users.CreateAsync(admin));
        Check(await users.AddToRoleAsync(admin, Peran.Admin));
        pesan.WriteLine("=================================================================");
        pesan.WriteLine(" Akun administrator pertama dibuat.");
        pesan.WriteLine($"   Nama pengguna : admin");
        pesan.WriteLine($"   Kata sandi    : {password}");
        pesan.WriteLine(" Kata sandi ini hanya ditampilkan sekali. Ganti dengan:");
        pesan.WriteLine("   tolok user reset-password admin");
        pesan.WriteLine("=================================================================");
    }

    private static async Task EnsureSeedIkuAsync(TolokDb db, TimeProvider time, bool baru, CancellationToken ct)
    {
        if (!baru && await db.IkuSet.AnyAsync(s => s.Satker.Kode == SeedSatker && s.Tahun == SeedTahun, ct))
        {
            return;
        }
        var path = Path.Combine(AppContext.BaseDirectory, "Seed", "iku-kpu-jembrana-2024.txt");
        var text = await File.ReadAllTextAsync(path, ct);
        await IkuImport.ImportAsync(db, SeedSatker, SeedTahun, text, Path.GetFileName(path), "sistem", time, ct);
    }

    /// <summary>20 characters from an alphabet without look-alikes, with every class the policy asks for.</summary>
    public static string RandomPassword()
    {
        const string lower = "abcdefghijkmnpqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", symbols = "-_.!@#";
        const string all = lower + upper + digits + symbols;
        var chars = new char[20];
        chars[0] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[1] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[3] = symbols[RandomNumberGenerator.GetInt32(symbols.Length)];
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

/// <summary>Runs <see cref="DatabaseStartup"/> when the web host starts, before the server takes requests.</summary>
internal sealed class DatabaseStartupService(IServiceProvider services, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await DatabaseStartup.InitializeAsync(services, cancellationToken);
        if (configuration.GetValue<bool>("Tolok:Demo"))
        {
            using var scope = services.CreateScope();
            await Partisipasi.DataContoh.EnsureAsync(scope.ServiceProvider.GetRequiredService<TolokDb>(), scope.ServiceProvider.GetRequiredService<TimeProvider>(), cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}