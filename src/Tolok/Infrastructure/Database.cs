using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Tolok.Infrastructure;

/// <summary>
/// Chooses the database provider from configuration: <c>Database:Provider</c> = <c>sqlite</c> (default) or
/// <c>postgres</c>, and <c>ConnectionStrings:Tolok</c>. Each provider has its own migrations assembly.
/// </summary>
public static class Database
{
    public const string DefaultSqlite = "Data Source=data/tolok.db";

    public static string Provider(IConfiguration configuration)
    {
        var provider = (configuration["Database:Provider"] ?? "sqlite").Trim().ToLowerInvariant();
        return provider switch
        {
            "sqlite" or "postgres" => provider,
            _ => throw new InvalidOperationException(
                $"Database:Provider '{provider}' tidak dikenal. Pilih 'sqlite' atau 'postgres'."),
        };
    }

    static Database()
    {
        // The migrations assemblies are copied next to tolok.dll after the build (see Tolok.csproj) but are not
        // in tolok.deps.json, so the runtime does not find them by name on its own.
        System.Runtime.Loader.AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            if (name.Name is not ("Tolok.Migrations.Sqlite" or "Tolok.Migrations.Postgres"))
            {
                return null;
            }
            var path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
        };
    }

    /// <param name="modelTerkompilasi">
    /// Use the model compiled ahead of time for the provider (decision 63): a start-up without building the model from
    /// the entity configurations. False for <c>dotnet ef</c> (migrations and the compiled model itself come from the
    /// configurations) and for the test that keeps the compiled models equal to the configurations.
    /// </param>
    public static void Configure(DbContextOptionsBuilder options, IConfiguration configuration, bool modelTerkompilasi = true)
    {
        var connection = configuration.GetConnectionString("Tolok");
        if (Provider(configuration) == "postgres")
        {
            if (string.IsNullOrWhiteSpace(connection))
            {
                throw new InvalidOperationException(
                    "ConnectionStrings:Tolok wajib diisi bila Database:Provider = postgres.");
            }
            options.UseNpgsql(connection, o => o.MigrationsAssembly("Tolok.Migrations.Postgres"));
            if (modelTerkompilasi)
            {
                options.UseModel(ModelTerkompilasi.Postgres.TolokDbModel.Instance);
            }
        }
        else
        {
            connection = string.IsNullOrWhiteSpace(connection) ? DefaultSqlite : connection;
            EnsureSqliteFolder(connection);
            options.UseSqlite(connection, o => o.MigrationsAssembly("Tolok.Migrations.Sqlite"));
            if (modelTerkompilasi)
            {
                options.UseModel(ModelTerkompilasi.Sqlite.TolokDbModel.Instance);
            }
        }
    }

    /// <summary>The context, with the write rules checked and the audit trail written by every SaveChanges.</summary>
    public static IServiceCollection AddTolokDb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<Aturan.PelakuSaatIni>();
        services.AddSingleton<Aturan.PenjagaTulis>();
        services.AddSingleton<Tembolok>();
        services.AddSingleton<Audit.AuditInterceptor>();
        // The options are built once (a request only makes its context); the interceptors keep a save's state on the context.
        return services.AddDbContext<TolokDb>((sp, options) =>
        {
            Configure(options, configuration);
            // The rules first: a refused save never opens the audit trail's transaction.
            options.AddInterceptors(sp.GetRequiredService<Aturan.PenjagaTulis>(), sp.GetRequiredService<Audit.AuditInterceptor>());
        }, ServiceLifetime.Scoped, ServiceLifetime.Singleton);
    }

    /// <summary>A SQLite file in a folder that does not exist yet cannot be created; make the folder first.</summary>
    private static void EnsureSqliteFolder(string connection)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder) && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}

/// <summary>
/// Used by <c>dotnet ef</c>: the provider comes from the environment variable <c>Database__Provider</c>
/// (see docs/development.md), so each migrations project gets its own provider's SQL.
/// </summary>
public class TolokDbDesignFactory : IDesignTimeDbContextFactory<TolokDb>
{
    public TolokDb CreateDbContext(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
        if (Database.Provider(configuration) == "postgres" && configuration.GetConnectionString("Tolok") is null)
        {
            configuration["ConnectionStrings:Tolok"] = "Host=localhost;Database=tolok_design";
        }
        var options = new DbContextOptionsBuilder<TolokDb>();
        Database.Configure(options, configuration, modelTerkompilasi: false);
        return new TolokDb(options.Options);
    }
}