using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;
using Tolok.Tests.Partisipasi;

namespace Tolok.Tests.Halaman;

/// <summary>
/// The journeys of issue 15 in Chromium: an administrator creates an Operator on the users page and assigns RB; the
/// Operator signs in, lands on "Tugas saya", records a report with evidence and submits it; the verifier finds it on
/// their own "Tugas saya". And coverage: 4 TPS of Jembrana uploaded read "4 dari 898".
/// </summary>
public sealed partial class TugasBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } };
    private static readonly BrowserNewContextOptions Ponsel = new() { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true };

    private static async Task MasukAsync(IPage page, string name, string password)
    {
        await page.GotoAsync("/Akun/Masuk");
        await page.GetByLabel("Nama pengguna").FillAsync(name);
        await page.GetByLabel("Kata sandi").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nama-pengguna")).ToHaveTextAsync(name);
    }

    [Fact]
    public async Task Admin_creates_an_operator_who_submits_a_report_that_the_verifier_finds_on_tugas_saya()
    {
        var admin = await app.CreateUserAsync(Peran.Admin);
        var verifikator = await app.CreateUserAsync(Peran.Verifikator);
        var nama = $"op{Guid.NewGuid():N}"[..12];
        var sandi = "";
        const string laporan = "Laporan RB triwulan uji tugas";

        await app.RunPageAsync("tugas-1-admin", Desktop, async page =>
        {
            await MasukAsync(page, admin.Name, admin.Password);
            await page.GotoAsync("/Pengguna");
            await page.GetByText("Tambah pengguna").ClickAsync();
            await page.GetByLabel("Nama pengguna").FillAsync(nama);
            await page.GetByLabel("Nama lengkap").FillAsync("Kadek Operator");
            await page.GetByLabel("Operator").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Tambah" }).ClickAsync();
            sandi = (await page.Locator("#sandi-baru").TextContentAsync())!.Trim();
            await page.GetByRole(AriaRole.Link, new() { Name = $"Atur penugasan PIC {nama}" }).ClickAsync();
            await page.GetByLabel("Satker").Last.SelectOptionAsync("51.01");
            await page.GetByLabel("Register").SelectOptionAsync("laporan-rb");
            await page.GetByRole(AriaRole.Button, new() { Name = "Tugaskan" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Penugasan ditambahkan.");
            await Assertions.Expect(page.Locator("td", new() { HasText = "laporan-rb" })).ToBeVisibleAsync();
        });
        Assert.False(string.IsNullOrEmpty(sandi));

        await app.RunPageAsync("tugas-2-operator", Ponsel, async page =>
        {
            await MasukAsync(page, nama, sandi);
            await page.GotoAsync("/");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tugas saya", Level = 1 })).ToBeVisibleAsync();
            // The RB register it holds has nothing this year yet: the start page says so and links to it.
            await page.GetByRole(AriaRole.Link, new() { Name = "Laporan RB", Exact = true }).ClickAsync();
            await page.GotoAsync("/Laporan/Rb?satker=51.01");
            await page.GetByLabel("Nama laporan").FillAsync(laporan);
            await page.GetByLabel("Periode dari").FillAsync("2024-07-01");
            await page.GetByLabel("Periode sampai").FillAsync("2024-09-30");
            await page.GetByLabel("Jatuh tempo").FillAsync("2024-10-10");
            await page.GetByLabel("Tanggal disampaikan").FillAsync("2024-10-08");
            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Laporan RB disimpan.");
            await page.Locator("tr", new() { HasText = laporan }).GetByRole(AriaRole.Link, new() { Name = "draf" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Laporan RB " + laporan })).ToBeVisibleAsync();
            await page.Locator("input[name=berkas]").SetInputFilesAsync(new FilePayload { Name = "tanda-terima.pdf", MimeType = "application/pdf", Buffer = Bukti.BuktiTests.Pdf() });
            await page.GetByRole(AriaRole.Button, new() { Name = "Unggah bukti" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "tanda-terima.pdf" })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Ajukan", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator(".status-alur")).ToHaveTextAsync("diajukan");
        });

        await app.RunPageAsync("tugas-3-verifikator", Desktop, async page =>
        {
            await MasukAsync(page, verifikator.Name, verifikator.Password);
            await page.GotoAsync("/");
            var bagian = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Menunggu verifikasi saya" }) });
            await bagian.GetByRole(AriaRole.Link, new() { Name = "Laporan RB " + laporan }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Verifikasi", Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "tanda-terima.pdf" })).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task Four_tps_uploaded_on_the_import_page_read_4_of_898()
    {
        var admin = await app.CreateUserAsync(Peran.Admin);
        var desa = TpsFiles.DesaJembrana[1];
        var csv = TpsFiles.Csv(Enumerable.Range(1, 4).Select(n => TpsFiles.Consistent(TpsFiles.Tps(desa, n), 120, 125, 100, 110)));
        await app.RunPageAsync("cakupan-4-dari-898", Desktop, async page =>
        {
            await MasukAsync(page, admin.Name, admin.Password);
            await page.GotoAsync("/Partisipasi/Impor?satker=51.01");
            await page.Locator("#Pemilihan").SelectOptionAsync("pemilu-2024");
            await page.Locator("#Surat").SelectOptionAsync("DPD");
            await page.Locator("input[name=Berkas]").SetInputFilesAsync(new FilePayload { Name = "empat-tps.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
            await page.GetByRole(AriaRole.Button, new() { Name = "Impor" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("4 baris baru");
            await page.GotoAsync("/Partisipasi?pemilihan=pemilu-2024&surat=DPD&kode=51.01");
            await Assertions.Expect(page.Locator(".kartu-angka")).ToContainTextAsync("4 dari 898");
            await Assertions.Expect(page.Locator(".cakupan")).ToContainTextAsync(EmpatRegex());
        });
    }

    [GeneratedRegex("Sementara.*TPS berdata: 4 dari 898 \\(0,45%\\)")]
    private static partial Regex EmpatRegex();
}
