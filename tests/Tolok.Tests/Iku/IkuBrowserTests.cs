using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Iku;

public partial class IkuBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true };
    private static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } };

    [Fact]
    public Task Iku_page_fits_a_phone_screen() => app.RunPageAsync(nameof(Iku_page_fits_a_phone_screen), Phone, async page =>
    {
        await page.GotoAsync("/Iku?satker=51.01&tahun=2024");

        await Assertions.Expect(page.GetByText("Persentase Sengketa Hukum yang dimenangkan KPU Kabupaten Jembrana")).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 1, $"halaman melebar {overflow}px melewati layar ponsel");
        // On a phone each cell is labelled, since the header row is hidden.
        var label = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('table.iku td[data-label]'), '::before').content");
        Assert.Contains("No", label, StringComparison.Ordinal);
    });

    [Fact]
    public async Task Participation_page_fits_a_phone_screen()
    {
        Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);
        var (name, password) = await app.CreateUserAsync(Peran.Pimpinan);
        await app.RunPageAsync(nameof(Participation_page_fits_a_phone_screen), Phone, async page =>
        {
            // An internal page: the visitor signs in first and comes back to it (decision 87).
            await page.GotoAsync("/Partisipasi?pemilihan=pilkada-2024&surat=GUBERNUR&kode=51.01");
            await page.GetByLabel("Nama pengguna").FillAsync(name);
            await page.GetByLabel("Kata sandi").FillAsync(password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Pekutatan" })).ToBeVisibleAsync();
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 1, $"halaman melebar {overflow}px melewati layar ponsel");
            await page.GetByRole(AriaRole.Link, new() { Name = "Pekutatan" }).ClickAsync();
            await Assertions.Expect(page.Locator("h2")).ToContainTextAsync("Pekutatan");
        });
    }

    [Fact]
    public Task Picking_another_satker_shows_its_page() => app.RunPageAsync(nameof(Picking_another_satker_shows_its_page), Desktop, async page =>
    {
        await page.GotoAsync("/Iku?satker=51.01&tahun=2024");
        await page.Locator("input[name=satker]").FillAsync("51");
        await page.Locator("input[name=satker]").PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(SatkerBaliRegex());
        await Assertions.Expect(page.GetByText("Belum ada IKU untuk tahun 2024")).ToBeVisibleAsync();
    });

    [Fact]
    public async Task Perencana_logs_in_drafts_a_new_iku_and_sees_it()
    {
        var tahun = app.NewYear();
        var (name, password) = await app.CreateUserAsync(Peran.Perencana);
        await app.RunPageAsync(nameof(Perencana_logs_in_drafts_a_new_iku_and_sees_it), Desktop, async page =>
        {
            await page.GotoAsync($"/Iku?satker=51.01&tahun={tahun}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Masuk", Exact = true }).ClickAsync();
            await page.GetByLabel("Nama pengguna").FillAsync(name);
            await page.GetByLabel("Kata sandi").FillAsync(password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = $"Susun IKU tahun {tahun}" }).ClickAsync();
            await page.GetByLabel("Tempat").FillAsync("Negara");
            await page.GetByLabel("Sasaran strategis").FillAsync("Terwujudnya pengujian di peramban");
            await page.GetByRole(AriaRole.Button, new() { Name = "+ Indikator" }).ClickAsync();
            await page.GetByLabel("Indikator kinerja utama").Nth(0).FillAsync("Persentase langkah yang berhasil");
            await page.GetByLabel("Indikator kinerja utama").Nth(1).FillAsync("Jumlah tombol yang ditekan");
            await page.GetByLabel("Keterangan perubahan (wajib)").FillAsync("Uji peramban");
            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan sebagai revisi baru" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Perubahan disimpan sebagai revisi 1.");
            await Assertions.Expect(page.GetByText("Jumlah tombol yang ditekan")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("td.sasaran[rowspan='2']")).ToHaveTextAsync("Terwujudnya pengujian di peramban");
        });
    }

    [GeneratedRegex("satker=51&")]
    private static partial Regex SatkerBaliRegex();
}
