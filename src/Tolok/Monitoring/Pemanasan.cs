using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tolok.Infrastructure;
using Tolok.Kinerja;
using Tolok.Pengguna;

namespace Tolok.Monitoring;

/// <summary>
/// Before the server takes requests, the queries and code behind the figures are prepared (decision 126): the KPU RI
/// matrix over every kabupaten/kota and one satker's figures computed for a year no data can have, one satker's latest
/// figures computed from its rows and dropped, their JSON, and a token's lookup. EF Core compiles each query on its
/// first use (≈ 25 for a matrix, about a third of the first matrix after a start); here that cost is paid while the
/// server starts. Nothing computed is kept: the first matrix of a year is still read and computed from the database
/// when it is asked for. Off with <c>Kinerja:Pemanasan=false</c>.
/// </summary>
internal sealed partial class Pemanasan(IServiceProvider services, IConfiguration configuration, ILogger<Pemanasan> log) : IHostedService
{
    /// <summary>The year used: outside the years an IKU set, target or register row can have (2000–2100).</summary>
    public const int Tahun = 1;

    [LoggerMessage(Level = LogLevel.Information, Message = "Kueri kinerja dan monitoring disiapkan dalam {Ms} ms.")]
    private static partial void Siap(ILogger logger, long ms);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Penyiapan kueri kinerja gagal; permintaan pertama akan menyiapkannya sendiri.")]
    private static partial void Gagal(ILogger logger, Exception e);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Kinerja:Pemanasan", true))
        {
            return;
        }
        var waktu = Stopwatch.StartNew();
        try
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            var daftar = await Satker.DaftarSatker.AmbilAsync(db, cancellationToken);
            // The matrix over many units (every satker's rows in one read) and a unit's own figures (its rows only).
            var matriks = await MonitoringQuery.GetAsync(db, Satker.SatkerSeed.KodeRi, Tahun, "tahunan", MonitoringQuery.Kabupaten, cancellationToken);
            JsonSerializer.SerializeToUtf8Bytes(matriks, Services.JsonOptions);
            if (daftar.Semua.FirstOrDefault(s => s.Kode != Satker.SatkerSeed.KodeRi) is { } satu)
            {
                JsonSerializer.SerializeToUtf8Bytes(await KinerjaQuery.GetAsync(db, satu.Kode, Tahun, "tahunan", cancellationToken), Services.JsonOptions);
            }
            // The computation itself once over real rows (its code and types are first run here, not in a request): the
            // latest IKU set's satker, its rows read and its figures computed, serialised and dropped — not cached.
            if (await db.IkuSet.AsNoTracking().OrderByDescending(s => s.Tahun).ThenBy(s => s.Id)
                    .Select(s => new { s.SatkerId, s.Satker.Kode, s.Tahun }).FirstOrDefaultAsync(cancellationToken) is { } contoh)
            {
                var bahan = await BahanKinerja.MuatAsync(db, [(contoh.SatkerId, contoh.Kode)], contoh.Tahun, cancellationToken);
                foreach (var (id, iku) in bahan.Iku)
                {
                    foreach (var periode in new[] { "TW1", "tahunan" })
                    {
                        JsonSerializer.SerializeToUtf8Bytes(KinerjaQuery.Hitung(bahan, id, iku, periode), Services.JsonOptions);
                    }
                }
            }
            // The first request with a token: its lookup, the account's claims and the record of its use (no row has id 0).
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AkunPengguna>>();
            var principals = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AkunPengguna>>();
            await TokenAuthHandler.CariAsync(db, users, principals, TokenStore.HashDari(TokenStore.Awal + "pemanasan"), cancellationToken);
            if (await db.Users.AsNoTracking().OrderBy(u => u.Id).Select(u => u.UserName).FirstOrDefaultAsync(cancellationToken) is { } nama
                && await users.FindByNameAsync(nama) is { } akun)
            {
                await principals.CreateAsync(akun);
            }
            // A write statement: on SQLite it waits for a writer (an import running in the CLI) at most two seconds,
            // then the preparation ends with its warning and the server starts.
            db.Database.SetCommandTimeout(TimeSpan.FromSeconds(2));
            await TokenAuthHandler.CatatPakaiAsync(db, 0, DateTime.UtcNow, cancellationToken);
            Siap(log, waktu.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Preparing is an optimisation: a failure must not keep the server from starting.
            Gagal(log, e);
        }
        finally
        {
            // What year 1 left in the cache (the matrix, the rows read for it) serves nothing.
            services.GetRequiredService<Tembolok>().Buang(TahunPemanasan);
        }
    }

    /// <summary>A cache key of year 1: "bahan-semua|1", "monitoring|RI|1|…", "kinerja|51.01|1|…".</summary>
    internal static bool TahunPemanasan(string kunci)
    {
        var bagian = kunci.Split('|');
        var tahun = Tahun.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (bagian.Length == 2 && bagian[1] == tahun) || (bagian.Length > 2 && bagian[2] == tahun);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
