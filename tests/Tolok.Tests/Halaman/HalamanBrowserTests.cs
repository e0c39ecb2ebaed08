using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Halaman;

/// <summary>Issue 15, in part: a refused save is seen on a phone; the pickers do not leave the page on an arrow key.</summary>
public sealed partial class HalamanBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true };
    private static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } };

    [GeneratedRegex("satker=51&")]
    private static partial Regex SatkerBali();

    private static async Task MasukAsync(IPage page, string name, string password)
    {
        await page.GotoAsync("/Akun/Masuk");
        await page.GetByLabel("Nama pengguna").FillAsync(name);
        await page.GetByLabel("Kata sandi").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
    }

    [Fact]
    public async Task On_a_phone_a_refused_save_shows_its_reasons_in_view_and_focused()
    {
        var (name, password) = await app.CreateUserAsync(Peran.Operator);
        await app.RunPageAsync(nameof(On_a_phone_a_refused_save_shows_its_reasons_in_view_and_focused), Phone, async page =>
        {
            await MasukAsync(page, name, password);
            await page.GotoAsync("/Laporan/Rb?satker=51.01");
            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
            var summary = page.Locator(".galat-ringkas");
            await Assertions.Expect(summary).ToBeInViewportAsync();
            await Assertions.Expect(summary).ToBeFocusedAsync();
            Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 0, "the page scrolled to the reasons");
        });
    }

    [Fact]
    public async Task Typing_in_the_satker_chooser_suggests_by_name_stays_on_the_page_and_enter_goes()
    {
        var (name, password) = await app.CreateUserAsync(Peran.Pimpinan);
        await app.RunPageAsync(nameof(Typing_in_the_satker_chooser_suggests_by_name_stays_on_the_page_and_enter_goes), Desktop, async page =>
        {
            await MasukAsync(page, name, password);
            await page.GotoAsync("/Sengketa?satker=51.01&tahun=2024");
            // The page holds only the chosen satker, not a list of all of them.
            Assert.DoesNotContain("Provinsi Bali", await page.ContentAsync(), StringComparison.Ordinal);
            var picker = page.Locator("input[name=satker]");
            await picker.FillAsync("");
            await picker.PressSequentiallyAsync("jemb");
            await Assertions.Expect(page.Locator("#saran-satker option[value='51.01']")).ToHaveCountAsync(1);
            await picker.FillAsync("");
            await picker.PressSequentiallyAsync("provinsi bali");
            await Assertions.Expect(page.Locator("#saran-satker option[value='51']")).ToHaveCountAsync(1);
            Assert.Contains("satker=51.01", page.Url, StringComparison.Ordinal); // typing does not leave the page
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page).ToHaveURLAsync(SatkerBali());
            Assert.Contains("/Sengketa", page.Url, StringComparison.Ordinal);
        });
    }
}
