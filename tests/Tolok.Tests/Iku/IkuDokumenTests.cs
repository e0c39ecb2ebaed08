using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Tolok.Tests.Infrastructure;
using UglyToad.PdfPig;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace Tolok.Tests.Iku;

public abstract partial class IkuDokumenTests(TolokFactory app)
{
    private const string Url = "/api/v1/satker/51.01/dokumen/iku/2024";
    private const string Judul = "INDIKATOR KINERJA UTAMA DI LINGKUNGAN KOMISI PEMILIHAN UMUM KABUPATEN JEMBRANA TAHUN 2024";

    private static IReadOnlyList<string> Indikator =>
        Tolok.Iku.IkuDocumentParser.Parse(IkuDocumentParserTests.SeedText, "x").Sasaran.SelectMany(s => s.Indikator).Select(i => i.Uraian).ToList();

    private async Task<byte[]> DownloadAsync(string format, string contentType)
    {
        using var client = await app.PembacaAsync();
        var response = await client.GetAsync($"{Url}.{format}");
        response.EnsureSuccessStatusCode();
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"iku-51-01-2024.{format}", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task Pdf_is_A4_landscape_with_embedded_font_every_indicator_and_the_header_on_every_page()
    {
        var bytes = await DownloadAsync("pdf", "application/pdf");
        using var pdf = PdfDocument.Open(bytes);

        var pages = pdf.GetPages().ToList();
        Assert.True(pages.Count >= 2, "the seed table does not fit on one page");
        var words = new List<string>();
        foreach (var page in pages)
        {
            Assert.Equal(842, page.Width, 0);
            Assert.Equal(595, page.Height, 0);
            var text = string.Join(" ", page.GetWords().Select(w => w.Text));
            Assert.Contains("SASARAN STRATEGIS", text, StringComparison.Ordinal);
            Assert.Contains("CARA PENGUKURAN", text, StringComparison.Ordinal);
            Assert.Contains("(5)", text, StringComparison.Ordinal);
            Assert.Contains($"Halaman {page.Number} dari {pages.Count}", text, StringComparison.Ordinal);
            Assert.All(page.Letters, l => Assert.Contains("Liberation Sans", l.FontName, StringComparison.Ordinal));
            words.AddRange(page.GetWords().Select(w => w.Text));
        }
        // Table cells wrap, so a cell's words are found in order though interleaved with the neighbouring cells.
        Assert.True(InOrder(words, Judul), "title");
        foreach (var uraian in Indikator)
        {
            Assert.True(InOrder(words, uraian), uraian);
        }
        Assert.True(InOrder(words, "Negara, 3 Januari 2024"));
        Assert.True(InOrder(words, "Ketua Komisi Pemilihan Umum Kabupaten Jembrana"));
        Assert.Contains("/FontFile2", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docx_is_valid_with_styles_a_repeating_header_and_merged_sasaran_cells()
    {
        var bytes = await DownloadAsync("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        using var stream = new MemoryStream(bytes);
        using var doc = WordprocessingDocument.Open(stream, false);

        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Description} @ {e.Path?.XPath}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var body = doc.MainDocumentPart!.Document!.Body!;
        var title = body.Elements<W.Paragraph>().First();
        Assert.Equal("Title", title.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        Assert.Equal(Judul, title.InnerText);

        var table = Assert.Single(body.Elements<W.Table>());
        var rows = table.Elements<W.TableRow>().ToList();
        Assert.Equal(2 + 10, rows.Count);
        Assert.All(rows.Take(2), r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<W.TableHeader>()));
        Assert.Equal(["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA UTAMA", "CARA PENGUKURAN", "SUMBER DATA"], rows[0].Elements<W.TableCell>().Select(c => c.InnerText));
        Assert.Equal(["(1)", "(2)", "(3)", "(4)", "(5)"], rows[1].Elements<W.TableCell>().Select(c => c.InnerText));
        Assert.Equal(Indikator, rows.Skip(2).Select(r => r.Elements<W.TableCell>().ElementAt(2).InnerText));
        var restarts = table.Descendants<W.VerticalMerge>().Count(m => m.Val?.Value == W.MergedCellValues.Restart);
        Assert.Equal(2 * 3, restarts); // NO and SASARAN of the three sasaran with more than one IKU
        Assert.Equal("", rows[2].Elements<W.TableCell>().ElementAt(4).InnerText); // 1.1 sumber data stays blank

        var section = body.Elements<W.SectionProperties>().Single();
        Assert.Equal(W.PageOrientationValues.Landscape, section.GetFirstChild<W.PageSize>()!.Orient!.Value);
        Assert.Contains(body.Elements<W.Paragraph>(), p => p.InnerText == "Negara, 3 Januari 2024");
    }

    [Fact]
    public async Task Xlsx_is_valid_with_one_sheet_merged_cells_and_frozen_header()
    {
        var bytes = await DownloadAsync("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var stream = new MemoryStream(bytes);
        using var doc = SpreadsheetDocument.Open(stream, false);

        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Description} @ {e.Path?.XPath}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var sheet = Assert.Single(doc.WorkbookPart!.Workbook!.Sheets!.Elements<X.Sheet>());
        var part = (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!);
        var cells = part.Worksheet!.Descendants<X.Cell>().ToDictionary(c => c.CellReference!.Value!, c => c.InnerText);

        Assert.Equal(Judul, cells["A1"]);
        Assert.Equal("INDIKATOR KINERJA UTAMA", cells["C3"]);
        Assert.Equal("(1)", cells["A4"]);
        Assert.Equal(Indikator, Enumerable.Range(5, 10).Select(r => cells[$"C{r}"]));
        Assert.Equal("", cells["E5"]);
        var merges = part.Worksheet.Descendants<X.MergeCell>().Select(m => m.Reference!.Value).ToList();
        Assert.Contains("B5:B8", merges);
        Assert.Contains("A5:A8", merges);
        var pane = part.Worksheet.Descendants<X.Pane>().Single();
        Assert.Equal("A5", pane.TopLeftCell!.Value);
        Assert.Contains(cells.Values, v => v == "Negara, 3 Januari 2024");
    }

    [Fact]
    public async Task Unknown_format_kind_or_year_is_a_404_problem()
    {
        using var client = await app.PembacaAsync();
        foreach (var url in new[] { $"{Url}.odt", "/api/v1/satker/51.01/dokumen/renstra/2024.pdf", "/api/v1/satker/51.01/dokumen/iku/2099.pdf" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public async Task Cli_writes_the_same_document(string format)
    {
        var file = Path.Combine(Path.GetTempPath(), $"tolok-{Guid.NewGuid():N}.{format}");
        var (exit, output, error) = await app.RunCliAsync("dokumen", "iku", "--satker", "51.01", "--tahun", "2024", "--format", format, "-o", file);

        Assert.True(exit == 0, error);
        Assert.Contains(file, output, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(file);
        File.Delete(file);
        var magic = format == "pdf" ? "%PDF" : "PK";
        Assert.StartsWith(magic, Encoding.Latin1.GetString(bytes, 0, 4), StringComparison.Ordinal);
    }

    private static bool InOrder(IReadOnlyList<string> words, string text)
    {
        var wanted = SpaceRegex().Split(text.Trim());
        var i = 0;
        foreach (var word in words)
        {
            if (i < wanted.Length && word == wanted[i])
            {
                i++;
            }
        }
        return i == wanted.Length;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpaceRegex();
}

public sealed class IkuDokumenTestsSqlite(SqliteFactory app) : IkuDokumenTests(app), IClassFixture<SqliteFactory>;

public sealed class IkuDokumenTestsPostgres(PostgresFactory app) : IkuDokumenTests(app), IClassFixture<PostgresFactory>;
