using System.Globalization;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Tolok.Infrastructure;

namespace Tolok.Kalender;

/// <summary>The <c>Smtp:*</c> settings. Reminders are off until <see cref="Aktif"/> is set.</summary>
public sealed class SmtpOpsi
{
    public bool Aktif { get; set; }
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 587;
    /// <summary>"auto" (STARTTLS when offered), "starttls", "ssl" or "none".</summary>
    public string Keamanan { get; set; } = "auto";
    public string? Pengguna { get; set; }
    public string? Sandi { get; set; }
    public string Pengirim { get; set; } = "Tolok <tolok@localhost>";
    /// <summary>How often the reminder job looks for what is due, in minutes.</summary>
    public double IntervalMenit { get; set; } = 60;
    /// <summary>The address users open Tolok at (links in the mails), e.g. https://sakip.kpu-jembrana.go.id.</summary>
    public string? AlamatAplikasi { get; set; }
}

/// <summary>
/// E-mail reminders of the calendar's obligations at H-7, H-3 and H-1 (decision 124): to every active user with an
/// e-mail address, for the satkers of their calendar (<see cref="KalenderQuery.SatkerPenggunaAsync"/>), for what is
/// not yet done. Each reminder is claimed by inserting its row (obligation, days before, recipient) under a unique
/// index before it is sent, so several app servers running the job at once send it once; a send that fails gives its
/// claim back and is tried again at the next run.
/// </summary>
public static partial class Pengingat
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Pengingat {Kunci} H-{Hari} ke {Penerima} gagal dikirim; dicoba lagi pada putaran berikutnya.")]
    private static partial void GagalKirim(ILogger logger, Exception e, string kunci, int hari, string penerima);

    public static readonly int[] HariSebelum = [7, 3, 1];

    public sealed record Kiriman(KewajibanDto Kewajiban, int HariSebelum, string Email, string Nama);

    /// <summary>What is due for a reminder on <paramref name="hariIni"/>, per recipient.</summary>
    public static async Task<List<Kiriman>> JatuhTempoAsync(TolokDb db, DateOnly hariIni, CancellationToken ct)
    {
        var sekarang = DateTimeOffset.UtcNow;
        var akun = (await db.Users.AsNoTracking().Where(u => u.Email != null && u.Email != "")
                .Select(u => new { u.UserName, u.Email, u.NamaLengkap, u.LockoutEnd }).ToListAsync(ct))
            .Where(u => u.UserName is not null && Pengguna.KelolaPengguna.StatusOf(u.LockoutEnd, sekarang) != "nonaktif").ToList();
        var perSatker = new Dictionary<int, List<KewajibanDto>>();
        var hasil = new List<Kiriman>();
        foreach (var u in akun)
        {
            foreach (var s in await KalenderQuery.SatkerPenggunaAsync(db, u.UserName!, ct))
            {
                if (!perSatker.TryGetValue(s.Id, out var daftar))
                {
                    daftar = [.. (await KalenderQuery.DaftarAsync(db, [s], hariIni.AddDays(1), hariIni.AddDays(HariSebelum.Max()), hariIni, ct))
                        .Where(k => k.Selesai != true && HariSebelum.Contains(k.Tanggal.DayNumber - hariIni.DayNumber))];
                    perSatker[s.Id] = daftar;
                }
                hasil.AddRange(daftar.Select(k => new Kiriman(k, k.Tanggal.DayNumber - hariIni.DayNumber, u.Email!.Trim(), u.NamaLengkap ?? u.UserName!)));
            }
        }
        return hasil;
    }

    /// <summary>Sends the reminders due on <paramref name="hariIni"/> that no server has sent yet; returns how many this run sent.</summary>
    public static async Task<int> KirimAsync(TolokDb db, SmtpOpsi opsi, DateOnly hariIni, DateTime sekarangUtc, ILogger log, CancellationToken ct)
    {
        var daftar = await JatuhTempoAsync(db, hariIni, ct);
        if (daftar.Count == 0)
        {
            return 0;
        }
        using var smtp = new SmtpClient();
        var terkirim = 0;
        foreach (var k in daftar)
        {
            var penerima = k.Email.ToLowerInvariant();
            // The due date is part of the key: a deadline moved after its H-7 gets an H-7 for the new date.
            var kunci = $"{k.Kewajiban.Uid}|{k.Kewajiban.Tanggal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
            if (!await KlaimAsync(db, kunci, k.HariSebelum, penerima, sekarangUtc, ct))
            {
                continue;
            }
            try
            {
                if (!smtp.IsConnected)
                {
                    await smtp.ConnectAsync(opsi.Host, opsi.Port, Keamanan(opsi.Keamanan), ct);
                    if (!string.IsNullOrEmpty(opsi.Pengguna))
                    {
                        await smtp.AuthenticateAsync(opsi.Pengguna, opsi.Sandi ?? "", ct);
                    }
                }
                await smtp.SendAsync(Surat(opsi, k), ct);
                terkirim++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                GagalKirim(log, e, k.Kewajiban.Uid, k.HariSebelum, penerima);
                await db.Database.ExecuteSqlAsync($"""DELETE FROM "PengingatTerkirim" WHERE "Kunci" = {kunci} AND "HariSebelum" = {k.HariSebelum} AND "Penerima" = {penerima}""", ct);
            }
        }
        if (smtp.IsConnected)
        {
            await smtp.DisconnectAsync(true, ct);
        }
        return terkirim;
    }

    /// <summary>Claims a reminder: true when this call inserted its row, false when some server already had.</summary>
    private static async Task<bool> KlaimAsync(TolokDb db, string kunci, int hari, string penerima, DateTime sekarangUtc, CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "PengingatTerkirim" ("Kunci", "HariSebelum", "Penerima", "DikirimPada") VALUES ({kunci}, {hari}, {penerima}, {DateTime.SpecifyKind(sekarangUtc, DateTimeKind.Utc)}) ON CONFLICT DO NOTHING""", ct) == 1;

    private static SecureSocketOptions Keamanan(string s) => s.ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "ssl" => SecureSocketOptions.SslOnConnect,
        "starttls" => SecureSocketOptions.StartTls,
        _ => SecureSocketOptions.Auto,
    };

    public static MimeMessage Surat(SmtpOpsi opsi, Kiriman k)
    {
        var surat = new MimeMessage();
        surat.From.Add(MailboxAddress.Parse(opsi.Pengirim));
        surat.To.Add(new MailboxAddress(k.Nama, k.Email));
        var kw = k.Kewajiban;
        surat.Subject = $"[Tolok] H-{k.HariSebelum}: {kw.Judul} — {Format.Tanggal(kw.Tanggal)}";
        var alamat = string.IsNullOrWhiteSpace(opsi.AlamatAplikasi) ? kw.Halaman : opsi.AlamatAplikasi.TrimEnd('/') + kw.Halaman;
        surat.Body = new TextPart("plain")
        {
            Text = $"""
                Yth. {k.Nama},

                {kw.Judul} (satker {kw.Satker}) jatuh tempo pada {Format.Tanggal(kw.Tanggal)}, {k.HariSebelum.ToString(CultureInfo.InvariantCulture)} hari lagi.

                Kerjakan di Tolok: {alamat}

                Pengingat ini dikirim pada H-7, H-3 dan H-1, masing-masing sekali, selama kewajiban belum tercatat selesai.
                Tolok — sistem akuntabilitas kinerja
                """,
        };
        surat.Headers.Add("X-Tolok-Pengingat", $"{kw.Uid};H-{k.HariSebelum.ToString(CultureInfo.InvariantCulture)}");
        return surat;
    }
}

/// <summary>Runs the reminders every <c>Smtp:IntervalMenit</c> minutes when <c>Smtp:Aktif</c> is set.</summary>
public sealed partial class PengingatService(IServiceScopeFactory scopes, IOptions<SmtpOpsi> opsi, TimeProvider time, ILogger<PengingatService> log) : BackgroundService
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Jumlah} pengingat tenggat terkirim.")]
    private static partial void Terkirim(ILogger logger, int jumlah);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Putaran pengingat gagal; dicoba lagi pada putaran berikutnya.")]
    private static partial void PutaranGagal(ILogger logger, Exception e);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = opsi.Value;
        if (!o.Aktif)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(o.IntervalMenit, 0.01)), time);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
                if (await db.Database.CanConnectAsync(stoppingToken) && await db.AturanKewajiban.AnyAsync(stoppingToken))
                {
                    var n = await Pengingat.KirimAsync(db, o, Format.HariIni(time), time.GetUtcNow().UtcDateTime, log, stoppingToken);
                    if (n > 0)
                    {
                        Terkirim(log, n);
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                PutaranGagal(log, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
