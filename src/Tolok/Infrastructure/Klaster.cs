using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Tolok.Infrastructure;

/// <summary>
/// One sign-in attempt counter (issue 17 point 8): attempts per client address and minute, kept in the database so
/// that the limit holds across every app server behind a load balancer. Old minutes are deleted as new ones come.
/// </summary>
public class PercobaanMasuk
{
    public required string Alamat { get; set; }
    /// <summary>Minutes since the Unix epoch (UTC): the fixed one-minute window.</summary>
    public long Menit { get; set; }
    public int Jumlah { get; set; }
}

internal sealed class PercobaanMasukConfiguration : IEntityTypeConfiguration<PercobaanMasuk>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<PercobaanMasuk> builder)
    {
        builder.HasKey(p => new { p.Alamat, p.Menit });
        builder.Property(p => p.Alamat).HasMaxLength(64);
        builder.HasIndex(p => p.Menit);
    }
}

/// <summary>
/// The sign-in rate limit (Keamanan:BatasMasukPerMenit, default 10 posts of the sign-in form per client address and
/// minute): counted in the database with one atomic upsert, so two app servers share it. Accounts also lock after
/// five failures (ASP.NET Core Identity, stored on the account: shared too).
/// </summary>
public sealed class BatasMasuk(RequestDelegate next, IConfiguration configuration, TimeProvider time)
{
    public const string Pesan = "Terlalu banyak percobaan masuk dari alamat ini. Coba lagi dalam satu menit.";
    private readonly int _batas = configuration.GetValue("Keamanan:BatasMasukPerMenit", 10);

    public async Task InvokeAsync(HttpContext context, TolokDb db)
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/Akun/Masuk", StringComparison.OrdinalIgnoreCase))
        {
            var alamat = context.Connection.RemoteIpAddress?.ToString() ?? "tanpa-alamat";
            var menit = time.GetUtcNow().ToUnixTimeSeconds() / 60;
            if (await CatatAsync(db, alamat, menit, context.RequestAborted) > _batas)
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = (60 - time.GetUtcNow().Second).ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(Pesan, context.RequestAborted);
                return;
            }
        }
        await next(context);
    }

    /// <summary>Counts one attempt and returns the count of this address in this minute.</summary>
    public static async Task<int> CatatAsync(TolokDb db, string alamat, long menit, CancellationToken ct)
    {
        var lama = menit - 5;
        await db.Database.ExecuteSqlAsync($"DELETE FROM \"PercobaanMasuk\" WHERE \"Menit\" < {lama}", ct);
        // One statement, atomic on both databases: two servers counting at once both see their own increment.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var perintah = db.Database.GetDbConnection().CreateCommand();
            perintah.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            perintah.CommandText = "INSERT INTO \"PercobaanMasuk\" (\"Alamat\", \"Menit\", \"Jumlah\") VALUES (@alamat, @menit, 1) " +
                "ON CONFLICT (\"Alamat\", \"Menit\") DO UPDATE SET \"Jumlah\" = \"PercobaanMasuk\".\"Jumlah\" + 1 RETURNING \"Jumlah\"";
            Parameter(perintah, "@alamat", alamat);
            Parameter(perintah, "@menit", menit);
            return Convert.ToInt32(await perintah.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Parameter(System.Data.Common.DbCommand perintah, string nama, object nilai)
    {
        var p = perintah.CreateParameter();
        p.ParameterName = nama;
        p.Value = nilai;
        perintah.Parameters.Add(p);
    }
}

/// <summary>
/// The public portal's output cache across app servers (issue 17 point 8). Approving or reopening data evicts the
/// portal pages on this server and, on PostgreSQL, notifies every other server (<c>NOTIFY tolok_portal</c>), whose
/// <see cref="PendengarPortal"/> evicts theirs. The computed figures need no message: their cache checks the change
/// stamps kept in the database (<see cref="StempelData"/>).
/// </summary>
public static class SiaranPortal
{
    public const string Kanal = "tolok_portal";

    /// <summary>This process, so that it ignores its own notifications.</summary>
    public static readonly string Instans = Guid.NewGuid().ToString("N");

    public static async Task SegarkanAsync(TolokDb db, IOutputCacheStore cache, string tag, CancellationToken ct)
    {
        await cache.EvictByTagAsync(tag, ct);
        if (db.Database.IsNpgsql())
        {
            var payload = $"{Instans}:{tag}";
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Kanal}, {payload})", ct);
        }
    }
}

/// <summary>
/// Listens on PostgreSQL for the other servers' portal refreshes and evicts the same tag here. Reconnects after a
/// lost connection and then evicts everything it may have missed. Does nothing on SQLite (one process).
/// </summary>
public sealed partial class PendengarPortal(IConfiguration configuration, IOutputCacheStore cache, ILogger<PendengarPortal> log) : BackgroundService
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Koneksi LISTEN {Kanal} terputus; mencoba lagi.")]
    private static partial void Terputus(ILogger logger, Exception e, string kanal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Database.Provider(configuration) != "postgres" || configuration.GetConnectionString("Tolok") is not { } connection)
        {
            return;
        }
        var pertama = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // TCP keepalive: a connection dropped without a word would otherwise wait for notifications forever.
                var builder = new Npgsql.NpgsqlConnectionStringBuilder(connection);
                if (builder.KeepAlive == 0)
                {
                    builder.KeepAlive = 30;
                }
                await using var conn = new Npgsql.NpgsqlConnection(builder.ConnectionString);
                await conn.OpenAsync(stoppingToken);
                conn.Notification += (_, e) =>
                {
                    var bagian = e.Payload.Split(':', 2);
                    if (bagian.Length == 2 && bagian[0] != SiaranPortal.Instans)
                    {
                        _ = cache.EvictByTagAsync(bagian[1], CancellationToken.None).AsTask();
                    }
                };
                await using (var listen = new Npgsql.NpgsqlCommand($"LISTEN {SiaranPortal.Kanal}", conn))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                if (!pertama)
                {
                    // Messages sent while the connection was down are lost: start the portal afresh.
                    await cache.EvictByTagAsync(Alur.AlurApi.TagPortal, stoppingToken);
                }
                pertama = false;
                while (!stoppingToken.IsCancellationRequested)
                {
                    await conn.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or InvalidOperationException)
            {
                Terputus(log, e, SiaranPortal.Kanal);
                pertama = false;
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
