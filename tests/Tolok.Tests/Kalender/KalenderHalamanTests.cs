using System.Net;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Kalender;

/// <summary>The calendar page: deadlines and rules readable by the satker's users, dates set by its planners only, the feed address shown once.</summary>
public sealed class KalenderHalamanTests(SqliteFactory app) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task Planners_set_a_date_readers_only_read_and_the_subscription_address_is_shown_once()
    {
        using var pembaca = await app.PembacaAsync();
        var html = await pembaca.GetStringAsync("/Kalender?satker=51.01");
        Assert.Contains("LKjIP tahun", html, StringComparison.Ordinal);
        Assert.Contains("bawaan", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Aturan", html, StringComparison.Ordinal);
        var ditolak = await TolokFactory.PostFormAsync(pembaca, "/Kalender?satker=51.01&handler=Aturan",
            new Dictionary<string, string> { ["satker"] = "51.01", ["Kode"] = "lkjip", ["Versi"] = "1", ["Bulan"] = "3", ["Hari"] = "10", ["TahunBerikut"] = "true", ["Aktif"] = "true" }, "/Kalender?satker=51.01");
        Assert.Contains("/Akun/Ditolak", ditolak.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);

        // The subscription address: shown in the answer to the post, not in the page afterwards.
        var langganan = await TolokFactory.PostFormAsync(pembaca, "/Kalender?satker=51.01&handler=Langganan", new Dictionary<string, string> { ["satker"] = "51.01" }, "/Kalender?satker=51.01");
        var jawaban = await langganan.Content.ReadAsStringAsync();
        var alamat = System.Text.RegularExpressions.Regex.Match(jawaban, "/kalender/[A-Za-z0-9_-]{40,}\\.ics").Value;
        Assert.NotEmpty(alamat);
        using var anonim = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonim.GetAsync(alamat)).StatusCode);
        Assert.DoesNotContain(alamat, await pembaca.GetStringAsync("/Kalender?satker=51.01"), StringComparison.Ordinal);

        using var perencana = await app.LoginAsync(Peran.Perencana);
        Assert.Contains("handler=Aturan", await perencana.GetStringAsync("/Kalender?satker=51.01"), StringComparison.Ordinal);
        var salah = await TolokFactory.PostFormAsync(perencana, "/Kalender?satker=51.01&handler=Aturan",
            new Dictionary<string, string> { ["satker"] = "51.01", ["Kode"] = "lkjip", ["Versi"] = "1", ["Bulan"] = "2", ["Hari"] = "31", ["TahunBerikut"] = "true", ["Aktif"] = "true" }, "/Kalender?satker=51.01");
        Assert.Equal(HttpStatusCode.OK, salah.StatusCode);
        Assert.Contains("tidak memiliki tanggal 31", await salah.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var ok = await TolokFactory.PostFormAsync(perencana, "/Kalender?satker=51.01&handler=Aturan",
            new Dictionary<string, string> { ["satker"] = "51.01", ["Kode"] = "lkjip", ["Versi"] = "1", ["Bulan"] = "3", ["Hari"] = "10", ["TahunBerikut"] = "true", ["Aktif"] = "true" }, "/Kalender?satker=51.01");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        html = await perencana.GetStringAsync("/Kalender?satker=51.01");
        Assert.Contains("10 Maret", html, StringComparison.Ordinal);
        // The same (now stale) version again: refused, the stored date shown.
        var usang = await TolokFactory.PostFormAsync(perencana, "/Kalender?satker=51.01&handler=Aturan",
            new Dictionary<string, string> { ["satker"] = "51.01", ["Kode"] = "lkjip", ["Versi"] = "1", ["Bulan"] = "4", ["Hari"] = "1", ["TahunBerikut"] = "true", ["Aktif"] = "true" }, "/Kalender?satker=51.01");
        Assert.NotEqual(HttpStatusCode.Redirect, usang.StatusCode);
        Assert.DoesNotContain("1 April", await perencana.GetStringAsync("/Kalender?satker=51.01"), StringComparison.Ordinal);
    }
}
