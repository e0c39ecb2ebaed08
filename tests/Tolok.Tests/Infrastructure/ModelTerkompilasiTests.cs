using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Configuration;
using Tolok.Infrastructure;

namespace Tolok.Tests.Infrastructure;

/// <summary>
/// Tolok starts on EF Core models compiled ahead of time (decision 63). They must describe exactly what the entity
/// configurations describe, for each provider: entities, tables, columns and their types, keys, indexes, foreign keys,
/// navigations, conversions. When this fails, run scripts/model-terkompilasi.sh.
/// </summary>
public class ModelTerkompilasiTests
{
    [Theory]
    [InlineData("sqlite", "Data Source=:memory:")]
    [InlineData("postgres", "Host=localhost;Database=tidak_dipakai")]
    public void The_compiled_model_equals_the_entity_configurations(string provider, string connection)
    {
        using var built = Make(provider, connection, false);
        using var compiled = Make(provider, connection, true);
        var expected = Describe(built.GetService<IDesignTimeModel>().Model);
        var actual = Describe(compiled.Model);
        Assert.StartsWith("ModelTerkompilasi.", compiled.Model.GetType().FullName, StringComparison.Ordinal);
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"Model terkompilasi ({provider}) berbeda dari konfigurasi entitas; jalankan scripts/model-terkompilasi.sh.\n" +
            $"Tidak ada di model terkompilasi:\n  {string.Join("\n  ", missing.Take(20))}\nHanya di model terkompilasi:\n  {string.Join("\n  ", extra.Take(20))}");
        Assert.True(expected.Count > 300, $"only {expected.Count} facts compared");
    }

    /// <summary>
    /// A new database is created from the schema script kept beside the compiled model; it must be the script the
    /// configurations give. <c>TOLOK_PERBARUI_MODEL=1</c> (scripts/model-terkompilasi.sh) writes it instead.
    /// </summary>
    [Theory]
    [InlineData("sqlite", "Data Source=:memory:", "Sqlite")]
    [InlineData("postgres", "Host=localhost;Database=tidak_dipakai", "Postgres")]
    public void The_schema_script_is_the_one_the_configurations_give(string provider, string connection, string folder)
    {
        using var built = Make(provider, connection, false);
        var expected = DatabaseStartup.HitungSkripSkema(built);
        if (Environment.GetEnvironmentVariable("TOLOK_PERBARUI_MODEL") == "1")
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (!File.Exists(Path.Combine(root.FullName, "Tolok.slnx")))
            {
                root = root.Parent ?? throw new InvalidOperationException("Tolok.slnx tidak ditemukan");
            }
            File.WriteAllText(Path.Combine(root.FullName, "src", "Tolok", "ModelTerkompilasi", folder, "skema.sql"), expected);
            return;
        }
        Assert.True(expected == DatabaseStartup.SkripSkema(folder),
            $"Skrip skema {folder} berbeda dari konfigurasi entitas; jalankan scripts/model-terkompilasi.sh.");
        Assert.Contains("CREATE TABLE", expected, StringComparison.Ordinal);
        Assert.Contains("__EFMigrationsHistory", expected, StringComparison.Ordinal);
    }

    /// <summary>A context on a provider without a server (model, migrations, scripts), with or without the compiled model.</summary>
    internal static TolokDb Make(string provider, string connection, bool compiled)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Tolok"] = connection,
        }).Build();
        var options = new DbContextOptionsBuilder<TolokDb>();
        Database.Configure(options, configuration, compiled);
        return new TolokDb(options.Options);
    }

    private static HashSet<string> Describe(IModel model)
    {
        var facts = new HashSet<string>();
        foreach (var e in model.GetEntityTypes())
        {
            var table = $"{e.GetSchema()}.{e.GetTableName()}";
            facts.Add($"{e.Name} table {table} base {e.BaseType?.Name} discriminator {e.GetDiscriminatorPropertyName()} owned {e.IsOwned()}");
            var store = StoreObjectIdentifier.Create(e, StoreObjectType.Table);
            foreach (var p in e.GetProperties())
            {
                var column = store is { } s ? p.GetColumnName(s) : p.GetColumnName();
                facts.Add($"{e.Name}.{p.Name} {p.ClrType} column {column} {p.GetColumnType()} null {p.IsNullable} max {p.GetMaxLength()} " +
                    $"precision {p.GetPrecision()},{p.GetScale()} generated {p.ValueGenerated} converter {p.GetTypeMapping().Converter?.GetType().Name} " +
                    $"provider {p.GetTypeMapping().Converter?.ProviderClrType} concurrency {p.IsConcurrencyToken} default {p.GetDefaultValueSql()} {p.GetDefaultValue()}");
            }
            foreach (var k in e.GetKeys())
            {
                facts.Add($"{e.Name} key {string.Join(",", k.Properties.Select(p => p.Name))} primary {k.IsPrimaryKey()}");
            }
            foreach (var i in e.GetIndexes())
            {
                facts.Add($"{e.Name} index {i.GetDatabaseName()} {string.Join(",", i.Properties.Select(p => p.Name))} unique {i.IsUnique} filter {i.GetFilter()}");
            }
            foreach (var f in e.GetForeignKeys())
            {
                facts.Add($"{e.Name} fk {string.Join(",", f.Properties.Select(p => p.Name))} → {f.PrincipalEntityType.Name} {f.DeleteBehavior} required {f.IsRequired} unique {f.IsUnique} name {f.GetConstraintName()}");
            }
            foreach (var n in e.GetNavigations())
            {
                facts.Add($"{e.Name} navigation {n.Name} → {n.TargetEntityType.Name} collection {n.IsCollection}");
            }
        }
        return facts;
    }
}
