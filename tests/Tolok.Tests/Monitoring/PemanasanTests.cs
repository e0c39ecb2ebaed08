using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tolok.Infrastructure;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Monitoring;

/// <summary>A host that prepares the figures' queries while it starts (on by default; off in the other tests), with its log kept.</summary>
public sealed class PemanasanFactory : SqliteFactory
{
    public ConcurrentQueue<(LogLevel Level, string Kategori, string Pesan)> Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Kinerja:Pemanasan", "true");
        builder.ConfigureLogging(l => l.AddProvider(new Pencatat(Log)));
    }

    private sealed class Pencatat(ConcurrentQueue<(LogLevel, string, string)> log) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(log, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<(LogLevel, string, string)> log, string kategori) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                log.Enqueue((logLevel, kategori, formatter(state, exception) + (exception is null ? "" : " " + exception)));
        }
    }
}

/// <summary>
/// The start-up preparation (decision 126): it runs before the server takes requests, succeeds, writes nothing and keeps
/// nothing of a real year, so the first figures after a start are computed from the database like any other.
/// </summary>
public sealed class PemanasanTests(PemanasanFactory app) : IClassFixture<PemanasanFactory>
{
    [Fact]
    public async Task The_queries_are_prepared_at_start_without_writing_and_the_figures_stay_those_of_the_database()
    {
        using var anonymous = app.CreateClient();
        var pemanasan = app.Log.Where(l => l.Kategori == "Tolok.Monitoring.Pemanasan").ToList();
        Assert.Contains(pemanasan, l => l.Level == LogLevel.Information && l.Pesan.StartsWith("Kueri kinerja dan monitoring disiapkan dalam ", StringComparison.Ordinal));
        Assert.DoesNotContain(pemanasan, l => l.Level >= LogLevel.Warning);
        // What year 1 left in the cache is dropped afterwards, and only that.
        Assert.True(Tolok.Monitoring.Pemanasan.TahunPemanasan("bahan-semua|1"));
        Assert.True(Tolok.Monitoring.Pemanasan.TahunPemanasan("monitoring|RI|1|tahunan|kabupaten"));
        Assert.True(Tolok.Monitoring.Pemanasan.TahunPemanasan("kinerja|51.01|1|tahunan"));
        Assert.False(Tolok.Monitoring.Pemanasan.TahunPemanasan("kinerja|51.01|2024|tahunan"));
        Assert.False(Tolok.Monitoring.Pemanasan.TahunPemanasan("bahan-semua|2024"));
        Assert.False(Tolok.Monitoring.Pemanasan.TahunPemanasan("satker|daftar"));

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            // It looked a token up and "recorded its use" on a row that cannot exist: nothing written, nothing audited.
            Assert.Equal(0, await db.TokenApi.CountAsync());
            Assert.False(await db.JejakAudit.AnyAsync(a => a.Tabel == "TokenApi"));
            Assert.Equal(0, await db.IkuSet.CountAsync(s => s.Tahun == Tolok.Monitoring.Pemanasan.Tahun));
        }

        // Data loaded after the start: the matrix and a unit's dashboard agree, computed from what is there now.
        Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);
        using var client = await app.PembacaAsync();
        var matriks = await client.GetFromJsonAsync<JsonElement>("/api/v1/satker/51/monitoring/2024?periode=tahunan");
        var jembrana = matriks.GetProperty("unit").EnumerateArray().Single(u => u.GetProperty("kode").GetString() == "51.01");
        Assert.True(jembrana.GetProperty("punyaIku").GetBoolean());
        var kinerja = await client.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/kinerja/2024?periode=tahunan");
        var dashboard = kinerja.GetProperty("indikator").EnumerateArray().ToDictionary(x => x.GetProperty("kode").GetString()!, x => x.GetProperty("realisasi").ToString());
        var cells = jembrana.GetProperty("nilai").EnumerateArray().ToList();
        Assert.Equal(10, cells.Count);
        Assert.Contains(cells, c => c.GetProperty("realisasi").ValueKind != JsonValueKind.Null);
        foreach (var cell in cells)
        {
            Assert.Equal(dashboard[cell.GetProperty("kode").GetString()!], cell.GetProperty("realisasi").ToString());
        }
    }
}
