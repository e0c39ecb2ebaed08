using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Tolok.Infrastructure;
using Tolok.Kalender;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Kalender;

/// <summary>
/// Issue 18 point 5: the obligations' due dates kept as data (defaults replaced per satker), the calendar API and page,
/// the personal iCalendar feed read back by a calendar library, and e-mail reminders at H-7, H-3 and H-1 received by a
/// real SMTP server, each once even when two servers run the job at the same moment.
/// </summary>
public abstract class KalenderTests(TolokFactory app)
{
    [Fact]
    public async Task The_defaults_are_data_and_a_satker_s_own_date_replaces_one_for_that_satker_only()
    {
        using var perencana = await app.LoginAsync(Peran.Perencana);
        var aturan = await perencana.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/kalender/aturan");
        var lkjip = aturan.EnumerateArray().Single(a => a.GetProperty("kode").GetString() == "lkjip");
        Assert.Equal(8, aturan.GetArrayLength());
        Assert.Equal(2, lkjip.GetProperty("bulan").GetInt32());
        Assert.Equal(JsonValueKind.Null, lkjip.GetProperty("hari").ValueKind);
        Assert.True(lkjip.GetProperty("tahunBerikut").GetBoolean());
        Assert.False(lkjip.GetProperty("milikSatker").GetBoolean());

        // A leap year's February ends on the 29th.
        var kalender = await perencana.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.02/kalender?dari=2028-01-01&sampai=2029-12-31");
        Assert.Contains(kalender.EnumerateArray(), k => k.GetProperty("uid").GetString() == "lkjip-2027-51.02@tolok" && k.GetProperty("tanggal").GetString() == "2028-02-29");
        Assert.Contains(kalender.EnumerateArray(), k => k.GetProperty("uid").GetString() == "lkjip-2028-51.02@tolok" && k.GetProperty("tanggal").GetString() == "2029-02-28");

        // Without the version, with a stale one, by an Operator, with a day the month has not: refused, nothing changed.
        var body = new { bulan = 3, hari = 15, tahunBerikut = true, aktif = true };
        Assert.Equal((HttpStatusCode)428, (await perencana.SendAsync(TolokFactory.Put("/api/v1/satker/51.02/kalender/aturan/lkjip", body, null))).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await perencana.SendAsync(TolokFactory.Put("/api/v1/satker/51.02/kalender/aturan/lkjip", body, "\"99\""))).StatusCode);
        using var op = await app.LoginAsync(Peran.Operator);
        Assert.Equal(HttpStatusCode.Forbidden, (await op.SendAsync(TolokFactory.Put("/api/v1/satker/51.02/kalender/aturan/lkjip", body, "\"1\""))).StatusCode);
        var salah = await perencana.SendAsync(TolokFactory.Put("/api/v1/satker/51.02/kalender/aturan/lkjip", new { bulan = 2, hari = 30 }, "\"1\""));
        Assert.Equal(HttpStatusCode.BadRequest, salah.StatusCode);
        Assert.Contains("Februari", await salah.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await perencana.SendAsync(TolokFactory.Put("/api/v1/satker/51.02/kalender/aturan/tidak-ada", body, "\"1\""))).StatusCode);

        var ok = await perencana.SendAsync(TolokFactory.Put("/api/v1/satker/51.02/kalender/aturan/lkjip", body, "\"1\""));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.True((await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("milikSatker").GetBoolean());
        kalender = await perencana.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.02/kalender?dari=2029-01-01&sampai=2029-12-31");
        Assert.Contains(kalender.EnumerateArray(), k => k.GetProperty("uid").GetString() == "lkjip-2028-51.02@tolok" && k.GetProperty("tanggal").GetString() == "2029-03-15");
        // Another satker keeps the default.
        var lain = await perencana.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.03/kalender?dari=2029-01-01&sampai=2029-12-31");
        Assert.Contains(lain.EnumerateArray(), k => k.GetProperty("uid").GetString() == "lkjip-2028-51.03@tolok" && k.GetProperty("tanggal").GetString() == "2029-02-28");
        // The satker's row has its own version now: the default's version is stale for it.
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await perencana.SendAsync(TolokFactory.Put("/api/v1/satker/51.02/kalender/aturan/lkjip", body, "\"1\""))).StatusCode);

        // A planner assigned to another satker may not set this one's dates.
        var (nama, sandi) = await app.CreateUserAsync(Peran.Perencana);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            db.PenugasanPic.Add(new PenugasanPic { NamaPengguna = nama, Satker = "51.03", Register = "*" });
            await db.SaveChangesAsync();
        }
        using var lainSatker = await app.MasukAsync(nama, sandi);
        Assert.Equal(HttpStatusCode.Forbidden, (await lainSatker.SendAsync(TolokFactory.Put("/api/v1/satker/51.02/kalender/aturan/pk", body, "\"1\""))).StatusCode);

        // Switched off: the obligation leaves the calendar.
        var mati = await perencana.SendAsync(TolokFactory.Put("/api/v1/satker/51.02/kalender/aturan/lke", new { bulan = 3, hari = 31, tahunBerikut = true, aktif = false }, "\"1\""));
        Assert.Equal(HttpStatusCode.OK, mati.StatusCode);
        kalender = await perencana.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.02/kalender?dari=2029-01-01&sampai=2029-12-31");
        Assert.DoesNotContain(kalender.EnumerateArray(), k => k.GetProperty("kode").GetString() == "lke");
        // A change that does not mention "aktif" leaves it off; a title with control characters is refused.
        var etag = (await perencana.GetAsync("/api/v1/satker/51.02/kalender/aturan/lke")).Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.BadRequest, (await perencana.SendAsync(TolokFactory.Put("/api/v1/satker/51.02/kalender/aturan/lke", new { bulan = 3, hari = 30, judul = "LKE\u0000\u000b" }, etag))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await perencana.SendAsync(TolokFactory.Put("/api/v1/satker/51.02/kalender/aturan/lke", new { bulan = 3, hari = 30 }, etag))).StatusCode);
        kalender = await perencana.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.02/kalender?dari=2029-01-01&sampai=2029-12-31");
        Assert.DoesNotContain(kalender.EnumerateArray(), k => k.GetProperty("kode").GetString() == "lke");
        // Dates outside the years Tolok keeps: 400, not an error.
        Assert.Equal(HttpStatusCode.BadRequest, (await perencana.GetAsync("/api/v1/satker/51.02/kalender?dari=0001-01-01&sampai=0001-12-31")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await perencana.GetAsync("/api/v1/satker/51.02/kalender?dari=9999-01-01&sampai=9999-12-31")).StatusCode);
    }

    [Fact]
    public async Task The_personal_feed_is_an_icalendar_a_calendar_library_reads_and_a_new_address_revokes_the_old()
    {
        var (nama, sandi) = await app.CreateUserAsync(Peran.Perencana);
        using var user = await app.MasukAsync(nama, sandi);
        var token = await (await user.PostAsync("/api/v1/kalender/token", null)).Content.ReadFromJsonAsync<JsonElement>();
        var alamat = new Uri(token.GetProperty("alamat").GetString()!);
        Assert.EndsWith(".ics", alamat.AbsolutePath, StringComparison.Ordinal);

        using var anonim = app.CreateClient();
        var response = await anonim.GetAsync(alamat.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var teks = Encoding.UTF8.GetString(bytes);
        // RFC 5545 §3.1: CRLF line ends, no line longer than 75 octets.
        Assert.All(teks.Split("\r\n").SkipLast(1), baris => Assert.InRange(Encoding.UTF8.GetByteCount(baris), 1, 75));
        Assert.DoesNotContain("\n", teks.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var kalender = Ical.Net.Calendar.Load(teks)!;
        var hariIni = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var lkjip = kalender.Events.Where(e => e.Summary!.StartsWith("LKjIP tahun", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lkjip);
        foreach (var e in lkjip)
        {
            var tahun = int.Parse(e.Summary!["LKjIP tahun ".Length..][..4], System.Globalization.CultureInfo.InvariantCulture);
            Assert.False(e.DtStart!.HasTime);
            Assert.Equal(new DateOnly(tahun + 1, 3, 1).AddDays(-1), DateOnly.FromDateTime(e.DtStart.Value));
            Assert.Equal($"lkjip-{tahun}-51.01@tolok", e.Uid);
            Assert.Contains("/Dokumen?satker=51.01", e.Url!.ToString(), StringComparison.Ordinal);
        }
        Assert.All(kalender.Events, e => Assert.InRange(DateOnly.FromDateTime(e.DtStart!.Value), hariIni.AddDays(-90), hariIni.AddDays(400)));
        Assert.Equal(kalender.Events.Count, kalender.Events.Select(e => e.Uid).Distinct().Count());

        // A new address: the old one is gone; an unknown or malformed one is not found; so is a deactivated user's.
        var baru = await (await user.PostAsync("/api/v1/kalender/token", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.NotFound, (await anonim.GetAsync(alamat.PathAndQuery)).StatusCode);
        var alamatBaru = new Uri(baru.GetProperty("alamat").GetString()!).PathAndQuery;
        Assert.Equal(HttpStatusCode.OK, (await anonim.GetAsync(alamatBaru)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonim.GetAsync("/kalender/bukan-token.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonim.PostAsync("/api/v1/kalender/token", null)).StatusCode);
        // Setting the user's e-mail keeps their session; a password reset revokes the feed like the API tokens.
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AkunPengguna>>();
            Assert.Null(await KelolaPengguna.AturEmailAsync(users, nama, $"{nama}@kpu.uji"));
        }
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/v1/satker/51.01/kalender")).StatusCode);
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AkunPengguna>>();
            var (_, galat) = await KelolaPengguna.ResetSandiAsync(scope.ServiceProvider.GetRequiredService<TolokDb>(), users, nama, "admin-uji", DateTime.UtcNow, CancellationToken.None);
            Assert.Null(galat);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await anonim.GetAsync(alamatBaru)).StatusCode);

        // Deactivated: the feed is gone.
        var (nama2, sandi2) = await app.CreateUserAsync(Peran.Perencana);
        using var user2 = await app.MasukAsync(nama2, sandi2);
        var alamat2 = new Uri((await (await user2.PostAsync("/api/v1/kalender/token", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alamat").GetString()!).PathAndQuery;
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AkunPengguna>>();
            Assert.Null(await KelolaPengguna.AturAktifAsync(users, nama2, false, "admin-uji"));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await anonim.GetAsync(alamat2)).StatusCode);

        // A user who reads nothing yet (an Operator without an assignment) gets an empty calendar, not the office's.
        var (pemula, sandiPemula) = await app.CreateUserAsync(false, Peran.Operator);
        using var userBaru = await app.MasukAsync(pemula, sandiPemula);
        var alamatBaru2 = new Uri((await (await userBaru.PostAsync("/api/v1/kalender/token", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alamat").GetString()!).PathAndQuery;
        Assert.Empty(Ical.Net.Calendar.Load(await anonim.GetStringAsync(alamatBaru2))!.Events);
    }

    [Fact]
    public async Task The_text_of_an_event_is_escaped_and_folded_without_splitting_a_character()
    {
        var k = new KewajibanDto("x-1@tolok", "51.01", "laporan-rb", "Laporan RB; triwulan I, \"uji\" — " + new string('é', 60) + " \\ selesai", new DateOnly(2030, 5, 2), null, false, "/Laporan/Rb?satker=51.01");
        var teks = Icalendar.Tulis([k], "Uji", "https://tolok.contoh", new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.All(teks.Split("\r\n").SkipLast(1), baris => Assert.InRange(Encoding.UTF8.GetByteCount(baris), 1, 75));
        var e = Ical.Net.Calendar.Load(teks)!.Events.Single();
        Assert.Equal(k.Judul + " (51.01)", e.Summary);
        Assert.Equal(new DateTime(2030, 5, 2), e.DtStart!.Value);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Reminders_reach_a_real_smtp_server_at_h7_h3_and_h1_once_even_from_two_servers_at_once()
    {
        await using var smtp = new SmtpUji();
        var opsi = new SmtpOpsi { Aktif = true, Host = "127.0.0.1", Port = smtp.Port, Keamanan = "none", Pengirim = "Tolok <tolok@uji.local>", AlamatAplikasi = "https://tolok.contoh" };
        var (nama, _) = await app.CreateUserAsync(Peran.Operator);
        var (tanpaEmail, _) = await app.CreateUserAsync(Peran.Operator);
        var jatuhTempo = new DateOnly(2031, 6, 20);
        int rbId;
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AkunPengguna>>();
            Assert.Null(await KelolaPengguna.AturEmailAsync(users, nama, $"{nama}@kpu.uji"));
            Assert.NotNull(await KelolaPengguna.AturEmailAsync(users, tanpaEmail, "bukan alamat"));
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            db.PenugasanPic.RemoveRange(db.PenugasanPic.Where(p => p.NamaPengguna == nama));
            db.PenugasanPic.Add(new PenugasanPic { NamaPengguna = nama, Satker = "51.03", Register = "laporan-rb" });
            var satkerId = await db.Satker.Where(s => s.Kode == "51.03").Select(s => s.Id).SingleAsync();
            var rb = new Tolok.Laporan.LaporanRb { SatkerId = satkerId, Nama = "Triwulan II 2031 (uji pengingat)", PeriodeDari = new DateOnly(2031, 4, 1), PeriodeSampai = new DateOnly(2031, 6, 30), JatuhTempo = jatuhTempo };
            db.LaporanRb.Add(rb);
            await db.SaveChangesAsync();
            rbId = rb.Id;
        }
        var uid = $"laporan-rb-{rbId}@tolok";
        List<MimeKit.MimeMessage> Untuk() => [.. smtp.Pesan.Where(m => m.Headers["X-Tolok-Pengingat"]?.StartsWith(uid + ";", StringComparison.Ordinal) == true)];

        // Two servers (two connections to the same database) run the job for the same day at the same moment.
        async Task<int> JalankanAsync(DateOnly hari)
        {
            using var a = app.Services.CreateScope();
            using var b = app.Services.CreateScope();
            var hasil = await Task.WhenAll(
                Pengingat.KirimAsync(a.ServiceProvider.GetRequiredService<TolokDb>(), opsi, hari, DateTime.UtcNow, NullLogger.Instance, CancellationToken.None),
                Pengingat.KirimAsync(b.ServiceProvider.GetRequiredService<TolokDb>(), opsi, hari, DateTime.UtcNow, NullLogger.Instance, CancellationToken.None));
            return hasil.Sum();
        }

        foreach (var h in new[] { 7, 3, 1 })
        {
            await JalankanAsync(jatuhTempo.AddDays(-h));
            await JalankanAsync(jatuhTempo.AddDays(-h));
        }
        await JalankanAsync(jatuhTempo.AddDays(-5));
        await JalankanAsync(jatuhTempo);
        var surat = Untuk();
        Assert.Equal(["H-1", "H-3", "H-7"], surat.Select(m => m.Headers["X-Tolok-Pengingat"]!.Split(';')[1]).Order(StringComparer.Ordinal));
        Assert.All(surat, m => Assert.Equal($"{nama}@kpu.uji", ((MimeKit.MailboxAddress)m.To.Single()).Address));
        var h7 = surat.Single(m => m.Headers["X-Tolok-Pengingat"]!.EndsWith("H-7", StringComparison.Ordinal));
        Assert.StartsWith("[Tolok] H-7: Laporan RB Triwulan II 2031 (uji pengingat)", h7.Subject, StringComparison.Ordinal);
        Assert.Contains("20 Juni 2031", h7.Subject, StringComparison.Ordinal);
        Assert.Contains($"https://tolok.contoh/Alur?satker=51.03&jenis=laporan-rb&kunci={rbId}", h7.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(smtp.Pesan, m => m.To.Mailboxes.Any(x => x.Address.StartsWith(tanpaEmail, StringComparison.Ordinal)));

        // Delivered: no more reminders for it.
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            var rb = await db.LaporanRb.SingleAsync(r => r.Id == rbId);
            rb.JatuhTempo = new DateOnly(2031, 9, 20);
            rb.TanggalDisampaikan = new DateOnly(2031, 9, 1);
            await db.SaveChangesAsync();
        }
        await JalankanAsync(new DateOnly(2031, 9, 13));
        Assert.Equal(3, Untuk().Count);
    }
}

/// <summary>An app whose reminder job is switched on by its Smtp:* settings, sending to a real SMTP server of its own.</summary>
public sealed class PengingatFactory : SqliteFactory
{
    public SmtpUji Smtp { get; } = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Smtp:Aktif", "true");
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:Keamanan", "none");
        builder.UseSetting("Smtp:IntervalMenit", "0.01");
    }

    protected override async Task DisposeFixtureAsync()
    {
        await base.DisposeFixtureAsync();
        await Smtp.DisposeAsync();
    }
}

/// <summary>The reminder job as the server runs it: off by default, on by configuration, each reminder once.</summary>
public sealed class PengingatLayananTests(PengingatFactory app) : IClassFixture<PengingatFactory>
{
    [Fact]
    public async Task Configured_by_smtp_settings_the_server_sends_a_due_reminder_once()
    {
        // Off unless configured: the shipped settings say so, and so does an empty configuration.
        var bawaan = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build();
        Assert.False(bawaan.GetSection("Smtp").Get<SmtpOpsi>()!.Aktif);
        Assert.False(new SmtpOpsi().Aktif);
        Assert.True(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SmtpOpsi>>().Value.Aktif);
        var (nama, _) = await app.CreateUserAsync(Peran.Operator);
        var tempo = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(3);
        int rbId;
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AkunPengguna>>();
            Assert.Null(await KelolaPengguna.AturEmailAsync(users, nama, "operator@kpu.uji"));
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            db.PenugasanPic.RemoveRange(db.PenugasanPic.Where(p => p.NamaPengguna == nama));
            db.PenugasanPic.Add(new PenugasanPic { NamaPengguna = nama, Satker = "51.03", Register = "laporan-rb" });
            var rb = new Tolok.Laporan.LaporanRb { SatkerId = await db.Satker.Where(s => s.Kode == "51.03").Select(s => s.Id).SingleAsync(), Nama = "Uji layanan pengingat", PeriodeDari = tempo.AddMonths(-3), PeriodeSampai = tempo.AddDays(-10), JatuhTempo = tempo };
            db.LaporanRb.Add(rb);
            await db.SaveChangesAsync();
            rbId = rb.Id;
        }
        var kunci = $"laporan-rb-{rbId}@tolok;H-3";
        int Jumlah() => app.Smtp.Pesan.Count(m => m.Headers["X-Tolok-Pengingat"] == kunci);
        for (var i = 0; i < 100 && Jumlah() == 0; i++)
        {
            await Task.Delay(100);
        }
        Assert.Equal(1, Jumlah());
        await Task.Delay(2500); // several more runs of the job
        Assert.Equal(1, Jumlah());
    }
}

public sealed class KalenderTestsSqlite(SqliteFactory app) : KalenderTests(app), IClassFixture<SqliteFactory>;

public sealed class KalenderTestsPostgres(PostgresFactory app) : KalenderTests(app), IClassFixture<PostgresFactory>;
