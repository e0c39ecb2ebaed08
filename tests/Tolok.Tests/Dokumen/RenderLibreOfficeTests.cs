using System.Diagnostics;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using Tolok.Infrastructure;
using Tolok.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Tolok.Tests.Dokumen;

/// <summary>
/// Issue 16, rendering quality: every document of the demo year laid out without a word broken inside; the DOCX and
/// XLSX opened and printed by LibreOffice (soffice --headless --convert-to pdf, installed by test.sh) with sensible page
/// counts and every heading, indicator and total present in full (nothing clipped).
/// </summary>
public sealed partial class RenderLibreOfficeTests(SqliteFactory app) : IClassFixture<SqliteFactory>, IAsyncLifetime
{
    public async Task InitializeAsync() => Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);

    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly string[] Jenis = ["pk", "rencana-aksi", "rencana-aksi-monitoring", "lkjip"];

    [Fact]
    public async Task No_document_breaks_a_word_inside_a_table_column()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
        foreach (var jenis in Jenis)
        {
            var model = await Tolok.Lkjip.DokumenSatkerApi.BuildAsync(db, jenis, "51.01", 2024, null, CancellationToken.None);
            Assert.NotNull(model);
            var terpotong = Tolok.Dokumen.PdfRenderer.KataTerpotong(model);
            Assert.True(terpotong.Count == 0, $"{jenis}: {string.Join(", ", terpotong)}");
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spasi();

    private static string Rapat(string text) => Spasi().Replace(text, "");

    private static (int Pages, string Text) LibreOffice(byte[] file, string extension)
    {
        var dir = Directory.CreateTempSubdirectory("tolok-lo-");
        try
        {
            var input = Path.Combine(dir.FullName, "dokumen." + extension);
            File.WriteAllBytes(input, file);
            var start = new ProcessStartInfo("soffice", ["-env:UserInstallation=file://" + Path.Combine(dir.FullName, "profil"), "--headless", "--convert-to", "pdf", "--outdir", dir.FullName, input])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "LibreOffice tidak selesai dalam 3 menit");
            var pdf = Path.Combine(dir.FullName, "dokumen.pdf");
            Assert.True(File.Exists(pdf), $"LibreOffice tidak menghasilkan PDF: {output}");
            var bytes = File.ReadAllBytes(pdf);
            using var document = PdfDocument.Open(bytes);
            return (document.NumberOfPages, Lkjip.DokumenFinalTests.PdfToText(bytes));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task LibreOffice_prints_the_docx_and_xlsx_with_sensible_page_counts_and_nothing_clipped()
    {
        using var client = await app.PembacaAsync();
        var iku = await client.GetStringAsync("/api/v1/satker/51.01/iku/2024");
        Assert.Contains("Persentase Keterbukaan Informasi Publik", iku, StringComparison.Ordinal);
        (string Jenis, string Format, int MaxPages, string[] Teks)[] cases =
        [
            ("pk", "docx", 6, ["PERJANJIAN KINERJA TAHUN 2024", "Persentase Keterbukaan Informasi Publik", "NIP. 19750312 200312 2 002", "JUMLAH"]),
            ("rencana-aksi", "docx", 20, ["RENCANA AKSI TAHUN 2024", "PENANGGUNG JAWAB", "Kegiatan contoh triwulan 4 untuk IKU 4.2"]),
            ("lkjip", "docx", 60, ["Bab I Pendahuluan", "Struktur Organisasi", "Bab IV Penutup", "Lampiran 2. Pengukuran Kinerja", "JUMLAH (PROGRAM)"]),
            ("pk", "xlsx", 6, ["Persentase Keterbukaan Informasi Publik", "WTP"]),
            ("rencana-aksi-monitoring", "xlsx", 8, ["TW IV", "Capaian"]),
            ("lkjip", "xlsx", 45, ["Persentase Keterbukaan Informasi Publik", "JUMLAH (PROGRAM)"]),
        ];
        foreach (var (jenis, format, maxPages, teks) in cases)
        {
            var bytes = await client.GetByteArrayAsync($"/api/v1/satker/51.01/dokumen/{jenis}/2024.{format}");
            var (pages, text) = LibreOffice(bytes, format);
            Assert.True(pages >= 1 && pages <= maxPages, $"{jenis}.{format}: {pages} halaman (paling banyak {maxPages})");
            var rapat = Rapat(text);
            foreach (var t in teks)
            {
                Assert.True(rapat.Contains(Rapat(t), StringComparison.Ordinal), $"{jenis}.{format}: \"{t}\" tidak tercetak utuh");
            }
        }
    }

    [Fact]
    public async Task Docx_keeps_line_breaks_and_uses_no_dejavu_font()
    {
        using var client = await app.PembacaAsync();
        var bytes = await client.GetByteArrayAsync("/api/v1/satker/51.01/dokumen/lkjip/2024.docx");
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var xml = doc.MainDocumentPart!.Document.Body!.OuterXml;
        Assert.DoesNotContain("DejaVu", doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.OuterXml, StringComparison.Ordinal);
        // The cover title's three lines are three lines: breaks, not newlines inside a text run.
        Assert.Contains("<w:br />", xml, StringComparison.Ordinal);
        // The contents: one PAGEREF per heading to its bookmark, and Word asked to update the fields on open.
        Assert.Equal(doc.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.BookmarkStart>().Count(b => b.Name!.Value!.StartsWith("_Toc", StringComparison.Ordinal)),
            doc.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.FieldCode>().Count(f => f.Text.Contains("PAGEREF _Toc", StringComparison.Ordinal)));
        Assert.True(doc.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.UpdateFieldsOnOpen>()!.Val!.Value);
        Assert.DoesNotContain("\n", string.Concat(doc.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text)), StringComparison.Ordinal);
    }
}
