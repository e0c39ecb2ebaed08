using Microsoft.Playwright;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Alur;

/// <summary>The pages added for registers, documents, workflow and the portal fit a phone screen (no sideways scroll).</summary>
public sealed class PonselBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true };

    [Fact]
    public async Task New_pages_fit_a_phone()
    {
        Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);
        var user = await app.CreateUserAsync(Peran.Admin, Peran.Operator);
        string[] pages =
        [
            "/Kinerja?satker=51.01&tahun=2024", "/Kinerja/Rincian?satker=51.01&tahun=2024&kode=3.1", "/Laporan/Rb?satker=51.01", "/Laporan/Keuangan?satker=51.01",
            "/Evaluasi?satker=51.01", "/Layanan?satker=51.01&tahun=2024", "/Register?satker=51.01", "/Dokumen?satker=51.01&tahun=2024",
            "/Dokumen/Narasi?satker=51.01&tahun=2024", "/Lkjip/Anggaran?satker=51.01&tahun=2024", "/Alur/Antrian?satker=51.01", "/Audit",
            "/Publik?satker=51.01&tahun=2024", "/Kinerja/Skala", "/Kalender?satker=51.01", "/Evaluasi/Lke?satker=51.01&tahun=2024",
        ];
        await app.RunPageAsync(nameof(New_pages_fit_a_phone), Phone, async page =>
        {
            await page.GotoAsync("/Akun/Masuk");
            await page.GetByLabel("Nama pengguna").FillAsync(user.Name);
            await page.GetByLabel("Kata sandi").FillAsync(user.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
            var wide = new List<string>();
            await page.GotoAsync("/Evaluasi?satker=51.01");
            var rekomendasi = await page.Locator("a[href^='/Evaluasi/Rekomendasi']").First.GetAttributeAsync("href");
            foreach (var url in pages.Append(rekomendasi!))
            {
                var response = await page.GotoAsync(url);
                Assert.True(response!.Ok, $"{url}: {response.Status}");
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                if (overflow > 1)
                {
                    wide.Add($"{url} melebar {overflow}px");
                }
            }
            Assert.True(wide.Count == 0, string.Join("\n", wide));
        });
    }
}
