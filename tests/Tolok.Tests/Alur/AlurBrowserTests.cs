using Microsoft.Playwright;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Tolok.Tests.Alur;

/// <summary>
/// The whole path of a number, in Chromium: an Operator records an RB report with its evidence and submits it; a
/// Verifikator returns it with a note; the Operator fixes and resubmits; it is verified and a Pimpinan approves it.
/// The IKU it counts in is then approved too, and appears on the public portal and in a downloaded document; the
/// approved row cannot be edited.
/// </summary>
public sealed class AlurBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new ViewportSize { Width = 1366, Height = 900 }, AcceptDownloads = true };

    private static async Task MasukAsync(IPage page, (string Name, string Password) user)
    {
        await page.GotoAsync("/Akun/Masuk");
        await page.GetByLabel("Nama pengguna").FillAsync(user.Name);
        await page.GetByLabel("Kata sandi").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nama-pengguna")).ToHaveTextAsync(user.Name);
    }

    private static async Task AksiAsync(IPage page, string aksi, string? catatan = null)
    {
        if (catatan is not null)
        {
            await page.GetByLabel("Catatan (wajib untuk mengembalikan atau membuka kembali)").FillAsync(catatan);
        }
        await page.GetByRole(AriaRole.Button, new() { Name = aksi, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Status data diperbarui.");
    }

    [Fact]
    public async Task Operator_enters_verifikator_returns_operator_fixes_pimpinan_approves_and_the_public_sees_it()
    {
        Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);
        var operatorUser = await app.CreateUserAsync(Peran.Operator);
        var verifikatorUser = await app.CreateUserAsync(Peran.Verifikator);
        var pimpinanUser = await app.CreateUserAsync(Peran.Pimpinan);
        var perencanaUser = await app.CreateUserAsync(Peran.Perencana);
        const string nama = "Laporan RB uji peramban";
        string alurUrl = "";

        // 1. The Operator records the report (filed late by mistake), attaches evidence and submits.
        await app.RunPageAsync("alur-1-operator", Desktop, async page =>
        {
            await MasukAsync(page, operatorUser);
            await page.GotoAsync("/Laporan/Rb?satker=51.01");
            await page.GetByLabel("Nama laporan").FillAsync(nama);
            await page.GetByLabel("Periode dari").FillAsync("2024-10-01");
            await page.GetByLabel("Periode sampai").FillAsync("2024-12-31");
            await page.GetByLabel("Jatuh tempo").FillAsync("2024-12-31");
            await page.GetByLabel("Tanggal disampaikan").FillAsync("2025-01-03");
            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Laporan RB disimpan.");
            var row = page.Locator("tr", new() { HasText = nama });
            await row.GetByRole(AriaRole.Link, new() { Name = "draf" }).ClickAsync();
            alurUrl = page.Url;
            await page.Locator("input[name=berkas]").SetInputFilesAsync(new FilePayload { Name = "tanda-terima.pdf", MimeType = "application/pdf", Buffer = Bukti.BuktiTests.Pdf() });
            await page.GetByRole(AriaRole.Button, new() { Name = "Unggah bukti" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "tanda-terima.pdf" })).ToBeVisibleAsync();
            await AksiAsync(page, "Ajukan");
            await Assertions.Expect(page.Locator(".status-alur")).ToHaveTextAsync("diajukan");
        });

        // 2. The Verifikator finds it in the queue and returns it with a note.
        await app.RunPageAsync("alur-2-verifikator", Desktop, async page =>
        {
            await MasukAsync(page, verifikatorUser);
            await page.GotoAsync("/Alur/Antrian?satker=51.01&status=diajukan");
            await page.Locator("a[href*='jenis=laporan-rb']").Last.ClickAsync();
            await AksiAsync(page, "Kembalikan", "Tanggal disampaikan tidak sesuai tanda terima.");
            await Assertions.Expect(page.Locator(".status-alur")).ToHaveTextAsync("dikembalikan");
        });

        // 3. The Operator fixes the date and submits again.
        await app.RunPageAsync("alur-3-operator", Desktop, async page =>
        {
            await MasukAsync(page, operatorUser);
            await page.GotoAsync(alurUrl);
            await Assertions.Expect(page.GetByText("Tanggal disampaikan tidak sesuai tanda terima.")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "buka data" }).ClickAsync();
            await page.GetByLabel("Tanggal disampaikan").FillAsync("2024-12-30");
            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Laporan RB disimpan.");
            await page.GotoAsync(alurUrl);
            await AksiAsync(page, "Ajukan");
        });

        // 4. Verified, 5. approved.
        await app.RunPageAsync("alur-4-verifikator", Desktop, async page =>
        {
            await MasukAsync(page, verifikatorUser);
            await page.GotoAsync(alurUrl);
            await AksiAsync(page, "Verifikasi");
        });
        await app.RunPageAsync("alur-5-pimpinan", Desktop, async page =>
        {
            await MasukAsync(page, pimpinanUser);
            await page.GotoAsync(alurUrl);
            await AksiAsync(page, "Setujui");
            await Assertions.Expect(page.Locator(".status-alur")).ToHaveTextAsync("disetujui");
        });

        // The IKU the report counts in (1.1: four reports on time now, the target) goes through the same steps and is approved.
        const string iku = "/Alur?satker=51.01&jenis=realisasi&kunci=2024%3Atahunan%3A1.1";
        await app.RunPageAsync("alur-6-perencana-iku", Desktop, async page =>
        {
            await MasukAsync(page, perencanaUser);
            await page.GotoAsync("/Kinerja/Rincian?satker=51.01&tahun=2024&kode=1.1");
            await page.Locator("a.lencana", new() { HasText = "draf" }).ClickAsync();
            await AksiAsync(page, "Ajukan");
        });
        await app.RunPageAsync("alur-6-verifikator-iku", Desktop, async page =>
        {
            await MasukAsync(page, verifikatorUser);
            await page.GotoAsync(iku);
            await AksiAsync(page, "Verifikasi");
        });
        await app.RunPageAsync("alur-6-pimpinan-iku", Desktop, async page =>
        {
            await MasukAsync(page, pimpinanUser);
            await page.GotoAsync("/Kinerja/Rincian?satker=51.01&tahun=2024&kode=1.1");
            await Assertions.Expect(page.GetByText("realisasi (4 dari 5)")).ToBeVisibleAsync();
            await page.Locator("a.lencana", new() { HasText = "diverifikasi" }).ClickAsync();
            await AksiAsync(page, "Setujui");
        });

        // 6. The public portal shows it; the document carries it.
        await app.RunPageAsync("alur-7-publik", Desktop, async page =>
        {
            await page.GotoAsync("/Publik?satker=51.01&tahun=2024");
            var row = page.Locator("tr", new() { HasText = "Jumlah Laporan Reformasi Birokrasi" });
            await Assertions.Expect(row).ToContainTextAsync("100,00%");
            await Assertions.Expect(page.Locator("tr", new() { HasText = "Nilai Akuntabilitas Kinerja" })).ToContainTextAsync("belum disetujui");
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "PDF" }).First.ClickAsync());
            Assert.Equal("iku-51-01-2024.pdf", download.SuggestedFilename);
        });
        await app.RunPageAsync("alur-8-dokumen", Desktop, async page =>
        {
            await MasukAsync(page, perencanaUser);
            await page.GotoAsync("/Dokumen?satker=51.01&tahun=2024");
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[href$='/dokumen/lkjip/2024.pdf']").ClickAsync());
            using var pdf = PdfDocument.Open(await File.ReadAllBytesAsync((await download.PathAsync())!));
            var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains("Jumlah Laporan Reformasi Birokrasi yang disusun tepat waktu pada tahun 2024 mencapai 4 dari target 4", text, StringComparison.Ordinal);
        });

        // 7. The approved row is locked.
        await app.RunPageAsync("alur-9-terkunci", Desktop, async page =>
        {
            await MasukAsync(page, operatorUser);
            await page.GotoAsync(alurUrl);
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ajukan" })).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("input[name=berkas]")).ToHaveCountAsync(0);
            await page.GetByRole(AriaRole.Link, new() { Name = "buka data" }).ClickAsync();
            await page.GetByLabel("Nama laporan").FillAsync(nama + " (diubah)");
            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("sudah disetujui dan terkunci");
            await page.GotoAsync("/Laporan/Rb?satker=51.01");
            await Assertions.Expect(page.GetByText(nama + " (diubah)")).ToHaveCountAsync(0);
        });
    }
}
