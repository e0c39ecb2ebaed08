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
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Tolok"] = connection,
        }).Build();
        TolokDb Make(bool compiled)
        {
            var options = new DbContextOptionsBuilder<TolokDb>();
            Database.Configure(options, configuration, compiled);
            return new TolokDb(options.Options);
        }
        using var built = Make(false);
        using var compiled = Make(true);
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
