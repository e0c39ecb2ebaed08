using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Tolok.Infrastructure;

namespace Tolok.Tests.Infrastructure;

public class MigrationTests
{
    /// <summary>Fails when the model changed and a provider's migrations project was not given a migration for it.</summary>
    [Theory]
    [InlineData("sqlite", "Data Source=:memory:")]
    [InlineData("postgres", "Host=localhost;Database=tidak_dipakai")]
    public void Every_provider_has_a_migration_for_the_current_model(string provider, string connection)
    {
        using var db = ModelTerkompilasiTests.Make(provider, connection, compiled: true);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"Model berubah tanpa migrasi {provider}: jalankan dotnet ef migrations add (lihat docs/development.md).");
    }

    [Fact]
    public void Unknown_provider_is_refused_with_a_clear_message()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "oracle" }).Build();
        var e = Assert.Throws<InvalidOperationException>(() => Database.Provider(configuration));
        Assert.Contains("'oracle' tidak dikenal", e.Message, StringComparison.Ordinal);
    }
}

/// <summary>
/// A new database is built from the model in one script (DatabaseStartup.CreateFromModelAsync) while an existing one is
/// migrated: both ways must give the same tables, columns, indexes and keys, and the same migration history.
/// </summary>
public class SchemaBaruTests
{
    private const string SqliteSchema = """
        select m.name || '|' || p.name || '|' || p.type || '|' || p."notnull" || '|' || p.pk from sqlite_master m, pragma_table_info(m.name) p
          where m.type = 'table' and m.name not like '__EFMigrationsLock'
        union all
        select m.name || '|' || il.name || '|' || il."unique" || '|' || il.origin || '|' || (select group_concat(ii.name) from pragma_index_info(il.name) ii)
          from sqlite_master m, pragma_index_list(m.name) il where m.type = 'table' and m.name not like '__EFMigrationsLock'
        union all
        select m.name || '|' || f."table" || '|' || f."from" || '|' || f."to" || '|' || f.on_delete from sqlite_master m, pragma_foreign_key_list(m.name) f
          where m.type = 'table'
        union all
        select 'history|' || MigrationId from __EFMigrationsHistory
        """;

    private const string PostgresSchema = """
        select table_name || '|' || column_name || '|' || data_type || '|' || is_nullable || '|' || coalesce(character_maximum_length::text, '')
          from information_schema.columns where table_schema = 'public'
        union all
        select tablename || '|' || indexdef from pg_indexes where schemaname = 'public'
        union all
        select conrelid::regclass::text || '|' || conname || '|' || contype::text || '|' || pg_get_constraintdef(oid) from pg_constraint
          where connamespace = 'public'::regnamespace
        union all
        select 'history|' || "MigrationId" from "__EFMigrationsHistory"
        """;

    [Fact]
    public async Task Sqlite_model_script_equals_the_migrations()
    {
        var folder = Directory.CreateTempSubdirectory("tolok-skema-");
        try
        {
            var migrated = await SchemaAsync("sqlite", $"Data Source={Path.Combine(folder.FullName, "a.db")};Pooling=false", false, SqliteSchema);
            var created = await SchemaAsync("sqlite", $"Data Source={Path.Combine(folder.FullName, "b.db")};Pooling=false", true, SqliteSchema);
            Assert.True(migrated.Count > 300, $"hanya {migrated.Count} baris skema");
            Assert.Equal(migrated, created);
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Fact]
    public async Task Postgres_model_script_equals_the_migrations()
    {
        var server = Environment.GetEnvironmentVariable("TOLOK_TEST_POSTGRES")
            ?? throw new InvalidOperationException("TOLOK_TEST_POSTGRES tidak diisi: jalankan pengujian dengan ./test.sh.");
        var names = new[] { $"tolok_skema_{Guid.NewGuid():N}", $"tolok_skema_{Guid.NewGuid():N}" };
        await using var admin = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
        await admin.OpenAsync();
        foreach (var name in names)
        {
            await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        try
        {
            var migrated = await SchemaAsync("postgres", new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = names[0] }.ConnectionString, false, PostgresSchema);
            var created = await SchemaAsync("postgres", new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = names[1] }.ConnectionString, true, PostgresSchema);
            Assert.True(migrated.Count > 300, $"hanya {migrated.Count} baris skema");
            Assert.Equal(migrated, created);
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            foreach (var name in names)
            {
                await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
            }
        }
    }

    /// <summary>Two processes starting on the same new database at once (two servers on a new PostgreSQL database).</summary>
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Two_starts_on_one_new_database_both_succeed(string provider)
    {
        var folder = Directory.CreateTempSubdirectory("tolok-skema-");
        var name = $"tolok_skema_{Guid.NewGuid():N}";
        string connection;
        if (provider == "sqlite")
        {
            connection = $"Data Source={Path.Combine(folder.FullName, "a.db")};Pooling=false";
        }
        else
        {
            var server = Environment.GetEnvironmentVariable("TOLOK_TEST_POSTGRES")
                ?? throw new InvalidOperationException("TOLOK_TEST_POSTGRES tidak diisi: jalankan pengujian dengan ./test.sh.");
            await using var admin = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
            await admin.OpenAsync();
            await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
            connection = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        }
        try
        {
            await using var a = Context(provider, connection);
            await using var b = Context(provider, connection);
            await Task.WhenAll(Task.Run(() => DatabaseStartup.SiapkanSkemaAsync(a, CancellationToken.None)),
                Task.Run(() => DatabaseStartup.SiapkanSkemaAsync(b, CancellationToken.None)));

            await using var check = Context(provider, connection);
            Assert.Empty(await check.Database.GetPendingMigrationsAsync());
            Assert.Equal(check.Database.GetMigrations(), await check.Database.GetAppliedMigrationsAsync());
            Assert.Equal(0, await check.Satker.CountAsync());
        }
        finally
        {
            folder.Delete(true);
            if (provider == "postgres")
            {
                Npgsql.NpgsqlConnection.ClearAllPools();
                var server = Environment.GetEnvironmentVariable("TOLOK_TEST_POSTGRES")!;
                await using var admin = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
                await admin.OpenAsync();
                await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
            }
        }
    }

    private static TolokDb Context(string provider, string connection)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Tolok"] = connection,
        }).Build();
        var options = new DbContextOptionsBuilder<TolokDb>();
        Database.Configure(options, configuration);
        return new TolokDb(options.Options);
    }

    private static async Task<List<string>> SchemaAsync(string provider, string connection, bool fromModel, string query)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Tolok"] = connection,
        }).Build();
        var options = new DbContextOptionsBuilder<TolokDb>();
        Database.Configure(options, configuration);
        await using var db = new TolokDb(options.Options);
        if (fromModel)
        {
            await DatabaseStartup.CreateFromModelAsync(db, CancellationToken.None);
        }
        else
        {
            await db.Database.MigrateAsync();
        }
        var rows = await db.Database.SqlQueryRaw<string>(query).ToListAsync();
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
