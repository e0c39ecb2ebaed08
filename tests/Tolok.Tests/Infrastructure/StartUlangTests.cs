using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tolok.Infrastructure;

namespace Tolok.Tests.Infrastructure;

/// <summary>
/// A database already set up is recognised by its mark (one plain query) and left alone; a database marked by another
/// build gets its schema and seeds checked again (in one transaction), adding nothing twice and marking it anew.
/// </summary>
public abstract class StartUlangTests(TolokFactory app)
{
    internal static async Task<Dictionary<string, int>> CountsAsync(TolokDb db) => new()
    {
        ["satker"] = await db.Satker.CountAsync(),
        ["pemilihan"] = await db.Pemilihan.CountAsync(),
        ["aturan"] = await db.AturanValidasi.CountAsync(),
        ["tahapan"] = await db.Tahapan.CountAsync(),
        ["peran"] = await db.Roles.CountAsync(),
        ["pengguna admin"] = await db.Users.CountAsync(u => u.UserName == "admin"),
        ["iku"] = await db.IkuSet.CountAsync(),
        ["angka referensi"] = await db.AngkaReferensi.CountAsync(),
        ["skala capaian"] = await db.SkalaCapaian.CountAsync(),
        ["definisi ukuran"] = await db.DefinisiUkuran.CountAsync(),
        ["aturan menang"] = await db.AturanMenang.CountAsync(),
        ["peringkat kategori"] = await db.PeringkatKategori.CountAsync(),
        ["sumber partisipasi IKU"] = await db.SumberPartisipasiIku.CountAsync(),
    };

    [Fact]
    public async Task A_database_marked_by_another_build_is_checked_again_without_doubling_anything()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
        var before = await CountsAsync(db);
        Assert.All(before, c => Assert.True(c.Value > 0, $"{c.Key}: tidak ada data awal"));
        var versi = typeof(DatabaseStartup).Module.ModuleVersionId.ToString();
        Assert.Equal(versi, (await db.PenandaSistem.SingleAsync(p => p.Kunci == PenandaSistem.Seed)).Nilai);

        // Same build: nothing to do, nothing changes.
        await DatabaseStartup.InitializeAsync(app.Services);
        Assert.Equal(before, await CountsAsync(db));

        // Another build marked it: the schema and every seed are checked again.
        await db.PenandaSistem.Where(p => p.Kunci == PenandaSistem.Seed).ExecuteUpdateAsync(s => s.SetProperty(p => p.Nilai, "build-lama"));
        await DatabaseStartup.InitializeAsync(app.Services);

        Assert.Equal(before, await CountsAsync(db));
        db.ChangeTracker.Clear();
        Assert.Equal(versi, (await db.PenandaSistem.SingleAsync(p => p.Kunci == PenandaSistem.Seed)).Nilai);
    }
}

public sealed class StartUlangTestsSqlite(SqliteFactory app) : StartUlangTests(app), IClassFixture<SqliteFactory>;

public sealed class StartUlangTestsPostgres(PostgresFactory app) : StartUlangTests(app), IClassFixture<PostgresFactory>;

/// <summary>The first administrator of a new database can sign in with the password printed once at start.</summary>
public class AdminPertamaTests
{
    [Fact]
    public async Task The_printed_password_of_the_first_administrator_is_the_one_stored()
    {
        var folder = Directory.CreateTempSubdirectory("tolok-admin-");
        // The start writes the password to the writer it is given (the console for every verb but `tps import`):
        // not the process's console, which tests starting other databases at the same time write to as well.
        var output = new StringWriter();
        try
        {
            var (host, sisa) = await new CliHost(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "sqlite",
                ["ConnectionStrings:Tolok"] = $"Data Source={Path.Combine(folder.FullName, "baru.db")};Pooling=false",
                ["DataProtection:KeysPath"] = Path.Combine(folder.FullName, "keys"),
            }).StartAsync(output, seedBersamaan: false, CancellationToken.None);
            await sisa;
            using var _ = host;

            var line = output.ToString().Split('\n').Single(l => l.Contains("Kata sandi    :", StringComparison.Ordinal));
            var password = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
            using var scope = host.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Tolok.Pengguna.AkunPengguna>>();
            var admin = await users.FindByNameAsync("admin");
            Assert.NotNull(admin);
            Assert.True(await users.CheckPasswordAsync(admin, password));
            Assert.False(await users.CheckPasswordAsync(admin, password + "x"));
            Assert.True(await users.IsInRoleAsync(admin, Tolok.Pengguna.Peran.Admin));
            Assert.True((await users.PasswordValidators[0].ValidateAsync(users, admin, password)).Succeeded, "the printed password meets the policy");
        }
        finally
        {
            folder.Delete(true);
        }
    }
}
