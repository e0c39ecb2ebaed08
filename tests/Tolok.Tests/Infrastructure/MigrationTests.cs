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
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Tolok"] = connection,
        }).Build();
        var options = new DbContextOptionsBuilder<TolokDb>();
        Database.Configure(options, configuration);
        using var db = new TolokDb(options.Options);

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
