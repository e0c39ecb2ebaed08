using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Halaman;

/// <summary>
/// Crawls every page reachable from the start page and the README's addresses, as a visitor and as every role, in
/// Chromium (issue 15, points 5 and 7): no page or link answers 404 or 500, no page shows an English framework
/// message or a stack trace, and axe-core finds no WCAG 2.2 A/AA violation at 1366 px and at 390 px.
/// </summary>
public sealed partial class JelajahTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    /// <summary>The addresses the README gives; the crawl starts here and follows links.</summary>
    private static readonly string[] Awal =
    [
        "/", "/Publik", "/Publik/Partisipasi", "/Iku", "/Kinerja", "/Kinerja/Rincian", "/Kinerja/Target", "/Kinerja/Skala", "/Alur", "/Alur/Antrian",
        "/Partisipasi", "/Partisipasi/Impor", "/Partisipasi/Anomali", "/Tahapan", "/Sengketa", "/Laporan/Rb", "/Laporan/Keuangan", "/Evaluasi",
        "/Layanan", "/Register", "/Lkjip/Anggaran", "/Dokumen", "/Dokumen/Narasi", "/Tugas", "/Kalender", "/Pengguna", "/Pengguna/Token", "/Audit", "/Akun/Masuk",
    ];

    /// <summary>Text that only a framework default, an exception page or an untranslated message would put on a page.</summary>
    [GeneratedRegex(@"The \w+ field is required|is not valid|is invalid|must be a number|An unhandled exception|Exception:|   at [A-Z][\w.]+\(|NullReference|Stack trace|Bad Request|Not Found|Internal Server Error|Object reference")]
    private static partial Regex Inggris();

    private const int HalamanMaks = 90;

    private sealed record Temuan(string Peran, string Alamat, string Masalah);

    [Fact]
    public async Task Every_page_as_every_role_has_no_dead_end_no_english_and_no_axe_violation_at_both_widths()
    {
        Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);
        var axe = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Halaman", "axe", "axe.min.js"));
        var temuan = new List<Temuan>();
        var peran = new List<(string Nama, (string Name, string Password)? User)> { ("pengunjung", null) };
        foreach (var p in Peran.Semua)
        {
            peran.Add((p, await app.CreateUserAsync(p)));
        }
        // Three roles at a time, each in its own browser context (the findings list is shared under a lock).
        var dijelajah = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        await Parallel.ForEachAsync(peran, new ParallelOptions { MaxDegreeOfParallelism = 3 }, async (p, _) =>
        {
            var sendiri = new List<Temuan>();
            dijelajah[p.Nama] = await JelajahAsync(p.Nama, p.User, axe, sendiri);
            lock (temuan)
            {
                temuan.AddRange(sendiri);
            }
        });
        Assert.All(dijelajah, d => Assert.True(d.Value >= 5, $"{d.Key}: hanya {d.Value} halaman terjelajah"));
        // One line per distinct problem, with where it was first seen and how often.
        Assert.True(temuan.Count == 0, $"{temuan.Count} masalah:\n" + string.Join("\n", temuan.GroupBy(t => t.Masalah)
            .Select(g => $"{g.Count()}× [{g.First().Peran}] {g.First().Alamat}: {g.Key}").Take(100)));
    }

    private async Task<int> JelajahAsync(string peran, (string Name, string Password)? user, string axe, List<Temuan> temuan)
    {
        var options = new BrowserNewContextOptions { BaseURL = app.BaseUrl.ToString(), ViewportSize = new ViewportSize { Width = 1366, Height = 900 }, BypassCSP = true };
        await using var context = await app.Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        if (user is { } u)
        {
            await page.GotoAsync("/Akun/Masuk");
            await page.GetByLabel("Nama pengguna").FillAsync(u.Name);
            await page.GetByLabel("Kata sandi").FillAsync(u.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
            await Assertions.Expect(page.Locator(".nama-pengguna")).ToHaveTextAsync(u.Name);
        }
        var antrian = new Queue<string>(Awal);
        var dilihat = new HashSet<string>(Awal, StringComparer.Ordinal);
        var bentuk = new HashSet<string>(StringComparer.Ordinal);
        var diperiksaAxe = new List<string>();
        var tautanDiperiksa = new HashSet<string>(StringComparer.Ordinal);
        var jumlah = 0;
        while (antrian.Count > 0 && jumlah < HalamanMaks)
        {
            var alamat = antrian.Dequeue();
            // One page per shape (path and the names of its parameters), up to two of each, renders in the browser.
            var kunci = Bentuk(alamat);
            if (bentuk.Count(b => b.StartsWith(kunci + "#", StringComparison.Ordinal)) >= 2)
            {
                await PeriksaTautanAsync(context, peran, alamat, temuan, tautanDiperiksa);
                continue;
            }
            bentuk.Add(kunci + "#" + alamat);
            jumlah++;
            var response = await page.GotoAsync(alamat);
            var status = response?.Status ?? 0;
            if (status is 404 or >= 500)
            {
                temuan.Add(new Temuan(peran, alamat, $"HTTP {status}"));
                continue;
            }
            var teks = await page.InnerTextAsync("body");
            if (Inggris().Match(teks) is { Success: true } m)
            {
                temuan.Add(new Temuan(peran, alamat, $"teks Inggris/galat: \"{m.Value}\""));
            }
            if (page.Url.Contains("/Akun/Keluar", StringComparison.Ordinal))
            {
                continue;
            }
            // Checked once per shape of the page actually shown (a visitor sent to sign in sees the sign-in page once).
            var akhir = new Uri(page.Url).PathAndQuery;
            var kunciAkhir = Bentuk(akhir);
            if (!diperiksaAxe.Any(b => b.StartsWith(kunciAkhir + "#", StringComparison.Ordinal)))
            {
                diperiksaAxe.Add(kunciAkhir + "#" + akhir);
                await AxeAsync(page, peran, alamat, "1366 px", axe, temuan);
            }
            foreach (var href in await page.EvalOnSelectorAllAsync<string[]>("a[href]", "els => els.map(e => e.getAttribute('href'))"))
            {
                if (Internal(href) is not { } next || !dilihat.Add(next))
                {
                    continue;
                }
                if (next.StartsWith("/api/", StringComparison.Ordinal) || Unduhan(next))
                {
                    await PeriksaTautanAsync(context, peran, next, temuan, tautanDiperiksa);
                }
                else
                {
                    antrian.Enqueue(next);
                }
            }
        }

        // The same pages at phone width.
        await page.SetViewportSizeAsync(390, 844);
        foreach (var b in diperiksaAxe)
        {
            var alamat = b[(b.IndexOf('#', StringComparison.Ordinal) + 1)..];
            await page.GotoAsync(alamat);
            await AxeAsync(page, peran, alamat, "390 px", axe, temuan);
            // Usable on a phone: nothing wider than the screen (wide tables scroll inside their own box), and every
            // form's submit button reachable.
            var lebar = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (lebar > 392)
            {
                var pelaku = await page.EvaluateAsync<string>("""
                    () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 2)
                        .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : '')).join(', ')
                    """);
                temuan.Add(new Temuan(peran, alamat, $"390 px: halaman selebar {lebar} px ({pelaku})"));
            }
            foreach (var tombol in await page.Locator("main form button[type=submit]").AllAsync())
            {
                if (await tombol.IsVisibleAsync() && (await tombol.BoundingBoxAsync()) is { } kotak && (kotak.X < 0 || kotak.X + kotak.Width > 392))
                {
                    temuan.Add(new Temuan(peran, alamat, $"390 px: tombol \"{(await tombol.InnerTextAsync()).Trim()}\" di luar layar"));
                }
            }
        }
        return jumlah;
    }

    private static async Task PeriksaTautanAsync(IBrowserContext context, string peran, string alamat, List<Temuan> temuan, HashSet<string> diperiksa)
    {
        if (!diperiksa.Add(alamat) || diperiksa.Count > 400)
        {
            return;
        }
        var response = await context.APIRequest.GetAsync(alamat, new() { MaxRedirects = 0 });
        if (response.Status is 404 or >= 500)
        {
            temuan.Add(new Temuan(peran, alamat, $"tautan HTTP {response.Status}"));
        }
        await response.DisposeAsync();
    }

    private static async Task AxeAsync(IPage page, string peran, string alamat, string lebar, string axe, List<Temuan> temuan)
    {
        await page.AddScriptTagAsync(new() { Content = axe });
        var hasil = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
              return r.violations.map(v => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }));
            }
            """);
        foreach (var v in hasil.EnumerateArray())
        {
            temuan.Add(new Temuan(peran, alamat, $"axe {lebar} {v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} — {string.Join(", ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()))}"));
        }
    }

    private static string Bentuk(string alamat)
    {
        var q = alamat.IndexOf('?', StringComparison.Ordinal);
        if (q < 0)
        {
            return alamat;
        }
        var keys = alamat[(q + 1)..].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal);
        return alamat[..q] + "?" + string.Join("&", keys);
    }

    private static bool Unduhan(string alamat) =>
        Regex.IsMatch(alamat, @"\.(pdf|docx|xlsx|csv|json|ics|zip)(\?|$)", RegexOptions.IgnoreCase) || alamat.StartsWith("/Dokumen/Partisipasi", StringComparison.Ordinal);

    /// <summary>A same-site address to follow, without its fragment; null for other sites, sign-out and the like.</summary>
    private string? Internal(string? href)
    {
        if (string.IsNullOrWhiteSpace(href) || href.StartsWith('#') || href.StartsWith("mailto:", StringComparison.Ordinal) || href.StartsWith("tel:", StringComparison.Ordinal))
        {
            return null;
        }
        if (Uri.TryCreate(href, UriKind.Absolute, out var abs))
        {
            if (abs.Authority != app.BaseUrl.Authority)
            {
                return null;
            }
            href = abs.PathAndQuery;
        }
        href = System.Net.WebUtility.HtmlDecode(href);
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            href = href[..hash];
        }
        return href.StartsWith('/') && !href.StartsWith("/Akun/Keluar", StringComparison.Ordinal) && !href.StartsWith("/lib/", StringComparison.Ordinal)
            && !href.StartsWith("/css/", StringComparison.Ordinal) && !href.StartsWith("/js/", StringComparison.Ordinal) ? href : null;
    }
}
