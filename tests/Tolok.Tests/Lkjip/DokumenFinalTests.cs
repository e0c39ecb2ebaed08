using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Lkjip;

/// <summary>
/// Issue 16's "done when": with the demo data approved (targets, every IKU's realisation, the participation data) and
/// the narratives written, the PK, Rencana Aksi, LKjIP and participation report read by pdftotext (poppler) carry no
/// DRAF, no placeholder, no internal names, and do carry names with NIP, both 2024 elections and absolute counts.
/// </summary>
public abstract class DokumenFinalTests(TolokFactory app) : IAsyncLifetime
{
    public async Task InitializeAsync() => Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);

    public Task DisposeAsync() => Task.CompletedTask;

    public static string PdfToText(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"tolok-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", file, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task SetujuiAsync(HttpClient perencana, HttpClient verifikator, HttpClient pimpinan, string url)
    {
        foreach (var (client, aksi) in new[] { (perencana, "ajukan"), (verifikator, "verifikasi"), (pimpinan, "setujui") })
        {
            var response = await client.PostAsJsonAsync($"{url}/{aksi}", new { catatan = (string?)null });
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} {aksi}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task Approved_demo_documents_print_clean_with_names_nips_every_election_and_absolute_counts()
    {
        using var perencana = await app.LoginAsync(Peran.Perencana);
        using var verifikator = await app.LoginAsync(Peran.Verifikator);
        using var pimpinan = await app.LoginAsync(Peran.Pimpinan);

        // Before: the download page lists what each document lacks, with links.
        var before = await pimpinan.GetStringAsync("/Dokumen?satker=51.01&tahun=2024");
        Assert.Contains("Target kinerja dan rencana aksi tahun 2024 belum disetujui", before, StringComparison.Ordinal);
        Assert.Contains("href=\"/Alur?satker=51.01&amp;jenis=target&amp;kunci=2024\"", before, StringComparison.Ordinal);
        Assert.Contains("Realisasi tahunan 2024 belum disetujui untuk semua IKU.", before, StringComparison.Ordinal);
        Assert.Contains("masih berisi [isian] draf otomatis", before, StringComparison.Ordinal);

        await SetujuiAsync(perencana, verifikator, pimpinan, "/api/v1/satker/51.01/alur/target/2024");
        // Approved targets are locked on every path: the page form and the API refuse a change.
        var targets = await perencana.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/target/2024");
        var changed = targets.EnumerateArray().Select(t => t.GetProperty("kode").GetString() == "3.1"
            ? (object)new { kode = "3.1", tahunan = 95m, tw1 = (decimal?)null, tw2 = (decimal?)null, tw3 = (decimal?)null, tw4 = 95m, baseline = (decimal?)null, renstra = (decimal?)null, kategori = (string?)null }
            : t).ToList();
        var locked = await TolokFactory.PutVersiAsync(perencana, "/api/v1/satker/51.01/target/2024", changed);
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
        Assert.Contains("terkunci", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var aksi = await TolokFactory.PostFormAsync(perencana, "/Kinerja/RencanaAksi?satker=51.01&tahun=2024", new Dictionary<string, string>
        {
            ["satker"] = "51.01",
            ["tahun"] = "2024",
            ["Baru.KodeIndikator"] = "3.1",
            ["Baru.Triwulan"] = "2",
            ["Baru.Uraian"] = "Kegiatan sesudah disetujui",
            ["Baru.PenanggungJawab"] = "Siapa saja",
        });
        // The page shows the refusal above the form (decision 90) and nothing is added.
        Assert.Equal(HttpStatusCode.OK, aksi.StatusCode);
        Assert.Contains("sudah disetujui dan terkunci", await aksi.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Kegiatan sesudah disetujui", await perencana.GetStringAsync("/Kinerja/RencanaAksi?satker=51.01&tahun=2024"), StringComparison.Ordinal);
        var kinerja = await pimpinan.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/kinerja/2024");
        foreach (var kode in kinerja.GetProperty("indikator").EnumerateArray().Select(i => i.GetProperty("kode").GetString()!))
        {
            await SetujuiAsync(perencana, verifikator, pimpinan, $"/api/v1/satker/51.01/alur/realisasi/2024:tahunan:{kode}");
        }
        await SetujuiAsync(perencana, verifikator, pimpinan, "/api/v1/satker/51.01/alur/partisipasi/pemilu-2024:PPWP");
        var narasi = await perencana.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/narasi/2024");
        foreach (var n in narasi.EnumerateArray().Where(n => n.GetProperty("teks").GetString()!.Contains('[', StringComparison.Ordinal)))
        {
            var bagian = n.GetProperty("bagian").GetString()!;
            var saved = await TolokFactory.PutVersiAsync(perencana, $"/api/v1/satker/51.01/narasi/2024/{bagian}", new { teks = $"Uraian bagian {bagian} yang ditulis oleh perencana." });
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        var after = await pimpinan.GetStringAsync("/Dokumen?satker=51.01&tahun=2024");
        Assert.Equal(4, after.Split("siap ditandatangani").Length - 1);

        foreach (var jenis in new[] { "pk", "rencana-aksi", "rencana-aksi-monitoring", "lkjip" })
        {
            var response = await pimpinan.GetAsync($"/api/v1/satker/51.01/dokumen/{jenis}/2024.pdf");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = PdfToText(await response.Content.ReadAsByteArrayAsync());
            foreach (var forbidden in new[] { "DRAF", "[Uraikan", "[Tuliskan", ".md", "Tolok", "laporan-rb:" })
            {
                Assert.DoesNotContain(forbidden, text, StringComparison.Ordinal);
            }
            Assert.Contains("NIP. ", text, StringComparison.Ordinal);
            // Visitors may download the final documents.
            using var anonymous = app.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/satker/51.01/dokumen/{jenis}/2024.pdf")).StatusCode);
        }
        var lkjip = PdfToText(await pimpinan.GetByteArrayAsync("/api/v1/satker/51.01/dokumen/lkjip/2024.pdf"));
        Assert.Contains("Presiden dan Wakil Presiden", lkjip, StringComparison.Ordinal);
        Assert.Contains("Bupati dan Wakil Bupati", lkjip, StringComparison.Ordinal);
        Assert.Contains("Struktur organisasi", lkjip, StringComparison.Ordinal);
        Assert.Contains("GOLONGAN", lkjip, StringComparison.Ordinal);
        Assert.Contains("2020–2024", lkjip, StringComparison.Ordinal);
        Assert.Contains("Sasaran 3", lkjip, StringComparison.Ordinal);

        var report = await pimpinan.GetAsync("/api/v1/pemilihan/pemilu-2024/dokumen/partisipasi/51.01.pdf?suratSuara=PPWP");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var partisipasi = PdfToText(await report.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain("DRAF", partisipasi, StringComparison.Ordinal);
        Assert.DoesNotContain(".md", partisipasi, StringComparison.Ordinal);
        Assert.Contains("JUMLAH", partisipasi, StringComparison.Ordinal);
        Assert.Contains("243.796", partisipasi, StringComparison.Ordinal); // the published DPT
        Assert.Contains("I Made Contoh Wirawan", partisipasi, StringComparison.Ordinal);
    }
}

public sealed class DokumenFinalTestsSqlite(SqliteFactory app) : DokumenFinalTests(app), IClassFixture<SqliteFactory>;

public sealed class DokumenFinalTestsPostgres(PostgresFactory app) : DokumenFinalTests(app), IClassFixture<PostgresFactory>;