using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;
using UglyToad.PdfPig;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace Tolok.Tests.Lkjip;

/// <summary>The PK, Rencana Aksi, LKjIP and participation report, read back with PdfPig and the Open XML SDK.</summary>
public abstract class KinerjaDokumenTests(TolokFactory app) : IAsyncLifetime
{
    public async Task InitializeAsync() => Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<byte[]> GetAsync(string url)
    {
        using var client = await app.PembacaAsync();
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static string PdfText(byte[] bytes, out int pages, bool draf = true)
    {
        using var pdf = PdfDocument.Open(bytes);
        pages = pdf.NumberOfPages;
        // The DRAF mark is drawn big and rotated on every page: its letters come last on each page.
        if (draf)
        {
            Assert.All(pdf.GetPages(), p => Assert.EndsWith("DRAF", string.Concat(p.Letters.Select(l => l.Value)), StringComparison.Ordinal));
        }
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    private static (string Text, WordprocessingDocument Doc) Docx(byte[] bytes)
    {
        var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return (doc.MainDocumentPart!.Document!.Body!.InnerText, doc);
    }

    private static string F(decimal v) => v.ToString("N2", new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = "." });

    [Fact]
    public async Task Lkjip_has_the_standard_structure_and_the_dashboard_numbers_in_all_three_formats()
    {
        using var client = await app.PembacaAsync();
        var kinerja = await client.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/kinerja/2024");
        var partisipasi = kinerja.GetProperty("indikator").EnumerateArray().Single(i => i.GetProperty("kode").GetString() == "3.1").GetProperty("realisasi").GetDecimal();

        var pdfText = PdfText(await GetAsync("/api/v1/satker/51.01/dokumen/lkjip/2024.pdf"), out var pages);
        string[] sections = ["Kata Pengantar", "Ikhtisar Eksekutif", "Daftar Isi", "Bab I Pendahuluan", "Bab II Perencanaan Kinerja", "Bab III Akuntabilitas Kinerja",
            "A. Capaian Kinerja Organisasi", "B. Realisasi Anggaran", "Bab IV Penutup", "Lampiran 1. Perjanjian Kinerja", "Lampiran 2. Pengukuran Kinerja"];
        foreach (var s in sections)
        {
            Assert.Contains(s, pdfText, StringComparison.Ordinal);
        }
        // Front matter in roman numerals, the body from 1: the last page says "Halaman n dari n".
        Assert.Contains("Halaman ii", pdfText, StringComparison.Ordinal);
        Assert.Matches(@"Halaman (\d+) dari \1\s*$", pdfText.Split("\n")[^1]);
        Assert.Contains(F(partisipasi) + "%", pdfText, StringComparison.Ordinal);
        Assert.Contains("Gambar 1.", pdfText, StringComparison.Ordinal);
        Assert.Contains("Partisipasi nasional Pemilu 2024", pdfText, StringComparison.Ordinal); // (4) national figure, kept as data
        Assert.Contains("81,78%", pdfText, StringComparison.Ordinal);
        Assert.Contains("0,86 poin persentase di bawah angka pembanding", pdfText, StringComparison.Ordinal); // 80,92 against 81,78
        Assert.Contains("turun dibandingkan 4 pada tahun 2023", pdfText, StringComparison.Ordinal);            // (2) against the previous year
        Assert.Contains("076.06.DH.4102", pdfText, StringComparison.Ordinal);                                  // (7) and B: the budget register

        var (docxText, docx) = Docx(await GetAsync("/api/v1/satker/51.01/dokumen/lkjip/2024.docx"));
        using (docx)
        {
            var body = docx.MainDocumentPart!.Document!.Body!;
            var headings = body.Descendants<W.Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true).Select(p => p.InnerText).ToList();
            Assert.Contains("Bab III Akuntabilitas Kinerja", headings);
            Assert.Contains(body.Descendants<W.FieldCode>(), f => f.Text.Contains("TOC", StringComparison.Ordinal));
            Assert.Contains(body.Descendants<W.SimpleField>(), f => f.Instruction!.Value!.Contains("SEQ Tabel", StringComparison.Ordinal));
            Assert.Contains(body.Descendants<W.SimpleField>(), f => f.Instruction!.Value!.Contains("SEQ Gambar", StringComparison.Ordinal));
            Assert.NotEmpty(docx.MainDocumentPart.ImageParts);
            Assert.Contains(docx.MainDocumentPart.FooterParts.SelectMany(f => f.Footer!.Descendants<W.SimpleField>()), f => f.Instruction!.Value!.Contains("PAGE", StringComparison.Ordinal));
            Assert.Contains(F(partisipasi) + "%", docxText, StringComparison.Ordinal);
        }

        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(await GetAsync("/api/v1/satker/51.01/dokumen/lkjip/2024.xlsx")), false);
        var sheets = xlsx.WorkbookPart!.Workbook!.Sheets!.Elements<X.Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Contains("Realisasi Anggaran", sheets);
        Assert.Contains("Pengukuran Kinerja", sheets);
        var capaian = (WorksheetPart)xlsx.WorkbookPart.GetPartById(xlsx.WorkbookPart.Workbook.Sheets!.Elements<X.Sheet>().First(s => s.Name == "Pengukuran Kinerja").Id!);
        var numbers = capaian.Worksheet!.Descendants<X.Cell>().Where(c => c.DataType?.Value == X.CellValues.Number).Select(c => decimal.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(partisipasi, numbers);
        Assert.NotNull(capaian.Worksheet.Descendants<X.Pane>().SingleOrDefault(p => p.State?.Value == X.PaneStateValues.Frozen));
    }

    [Fact]
    public async Task Every_document_in_every_format_opens_and_its_numbers_equal_the_api()
    {
        using var client = await app.PembacaAsync();
        var kinerja = (await client.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/kinerja/2024")).GetProperty("indikator").EnumerateArray().ToList();
        var targets = (await client.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/target/2024")).EnumerateArray().ToList();
        foreach (var jenis in new[] { "iku", "pk", "rencana-aksi", "lkjip" })
        {
            PdfText(await GetAsync($"/api/v1/satker/51.01/dokumen/{jenis}/2024.pdf"), out var pages, draf: jenis != "iku"); // the IKU is the signed set
            Assert.True(pages >= 1);
            Docx(await GetAsync($"/api/v1/satker/51.01/dokumen/{jenis}/2024.docx")).Doc.Dispose();
            using var x = SpreadsheetDocument.Open(new MemoryStream(await GetAsync($"/api/v1/satker/51.01/dokumen/{jenis}/2024.xlsx")), false);
            Assert.Empty(new OpenXmlValidator().Validate(x));
        }

        // The LKjIP's measurement table: every realisation and achievement of the kinerja API, as numbers.
        using (var lkjip = SpreadsheetDocument.Open(new MemoryStream(await GetAsync("/api/v1/satker/51.01/dokumen/lkjip/2024.xlsx")), false))
        {
            var sheet = (WorksheetPart)lkjip.WorkbookPart!.GetPartById(lkjip.WorkbookPart.Workbook!.Sheets!.Elements<X.Sheet>().First(s => s.Name == "Pengukuran Kinerja").Id!);
            var numbers = sheet.Worksheet!.Descendants<X.Cell>().Where(c => c.DataType?.Value == X.CellValues.Number).Select(c => decimal.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)).ToList();
            foreach (var i in kinerja.Where(i => i.GetProperty("realisasi").ValueKind == JsonValueKind.Number))
            {
                Assert.Contains(i.GetProperty("realisasi").GetDecimal(), numbers);
                Assert.Contains(i.GetProperty("capaian").GetDecimal(), numbers);
            }
        }
        // The PK: every stored annual target (or category) of every IKU.
        using (var pk = SpreadsheetDocument.Open(new MemoryStream(await GetAsync("/api/v1/satker/51.01/dokumen/pk/2024.xlsx")), false))
        {
            var sheet = (WorksheetPart)pk.WorkbookPart!.GetPartById(pk.WorkbookPart.Workbook!.Sheets!.Elements<X.Sheet>().First(s => s.Name == "Perjanjian Kinerja").Id!);
            var cells = sheet.Worksheet!.Descendants<X.Cell>().ToList();
            var numbers = cells.Where(c => c.DataType?.Value == X.CellValues.Number).Select(c => decimal.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)).ToList();
            var texts = cells.Select(c => c.InnerText).ToList();
            foreach (var t in targets)
            {
                if (t.GetProperty("tahunan").ValueKind == JsonValueKind.Number)
                {
                    Assert.Contains(t.GetProperty("tahunan").GetDecimal(), numbers);
                }
                else
                {
                    Assert.Contains(t.GetProperty("kategori").GetString(), texts);
                }
            }
        }
    }

    [Fact]
    public async Task Pk_and_rencana_aksi_carry_targets_signatures_and_quarterly_realisation()
    {
        var pk = PdfText(await GetAsync("/api/v1/satker/51.01/dokumen/pk/2024.pdf"), out _);
        Assert.Contains("PERJANJIAN KINERJA TAHUN 2024", pk, StringComparison.Ordinal);
        Assert.Contains("Pihak Pertama", pk, StringComparison.Ordinal);
        Assert.Contains("Pihak Kedua", pk, StringComparison.Ordinal);
        // Names, NIP and positions from the officials' data (issue 16); the commissioner without an NIP has none printed.
        Assert.Contains("selanjutnya disebut pihak kedua", pk, StringComparison.Ordinal);
        Assert.Contains("Ni Luh Contoh Sari, S.E., M.M.", pk, StringComparison.Ordinal);
        Assert.Contains("NIP. 19750312 200312 2 002", pk, StringComparison.Ordinal);
        Assert.Contains("Negara, 31 Januari 2024", pk, StringComparison.Ordinal);
        Assert.Contains("076.06.DH", pk, StringComparison.Ordinal); // the programme table
        Assert.Contains("WTP", pk, StringComparison.Ordinal);
        var (pkDocx, doc) = Docx(await GetAsync("/api/v1/satker/51.01/dokumen/pk/2024.docx"));
        doc.Dispose();
        Assert.Contains("LAMPIRAN PERJANJIAN KINERJA", pkDocx, StringComparison.Ordinal);

        using var client = await app.PembacaAsync();
        var tw1 = await client.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/kinerja/2024?periode=TW1");
        var sengketaTw1 = tw1.GetProperty("indikator").EnumerateArray().Single(i => i.GetProperty("kode").GetString() == "4.2").GetProperty("realisasi").GetDecimal();
        // The Rencana Aksi is an action plan: actions, who is responsible, quarterly targets; signed.
        var (raDocx, raDoc) = Docx(await GetAsync("/api/v1/satker/51.01/dokumen/rencana-aksi/2024.docx"));
        raDoc.Dispose();
        Assert.Contains("RENCANA AKSI TAHUN 2024", raDocx, StringComparison.Ordinal);
        Assert.Contains("PENANGGUNG JAWAB", raDocx, StringComparison.Ordinal);
        Assert.Contains("Kegiatan contoh triwulan 3 untuk IKU 4.2", raDocx, StringComparison.Ordinal);
        Assert.Contains("Subbagian Teknis Penyelenggaraan Pemilu dan Hukum", raDocx, StringComparison.Ordinal);
        Assert.Contains("NIP. 19750312 200312 2 002", raDocx, StringComparison.Ordinal);
        // Its monitoring version adds the quarters' realisation and achievement.
        var ra = PdfText(await GetAsync("/api/v1/satker/51.01/dokumen/rencana-aksi-monitoring/2024.pdf"), out _);
        Assert.Contains("MONITORING RENCANA AKSI TAHUN 2024", ra, StringComparison.Ordinal);
        Assert.Contains("TW IV", ra, StringComparison.Ordinal);
        Assert.Contains(sengketaTw1 == Math.Round(sengketaTw1) ? $"{sengketaTw1:0}%" : F(sengketaTw1) + "%", ra, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Narratives_start_as_drafts_with_numbers_and_edited_text_reaches_the_document()
    {
        using var anonymous = app.CreateClient();
        using var reader = await app.PembacaAsync(); // internal reads need a sign-in (decision 87)
        var list = await reader.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/narasi/2024");
        var analisis = list.EnumerateArray().Single(n => n.GetProperty("bagian").GetString() == "analisis:3.1");
        Assert.False(analisis.GetProperty("tersimpan").GetBoolean());
        Assert.Contains("dari target 80%", analisis.GetProperty("teks").GetString(), StringComparison.Ordinal);

        var body = new { teks = "Kata pengantar uji: terima kasih kepada seluruh jajaran.\nParagraf kedua." };
        Assert.Equal(HttpStatusCode.Unauthorized, (await TolokFactory.PutVersiAsync(anonymous, "/api/v1/satker/51.01/narasi/2024/kata-pengantar", body)).StatusCode);
        using var operatorClient = await app.LoginAsync(Peran.Operator);
        Assert.Equal(HttpStatusCode.Forbidden, (await TolokFactory.PutVersiAsync(operatorClient, "/api/v1/satker/51.01/narasi/2024/kata-pengantar", body)).StatusCode);
        using var perencana = await app.LoginAsync(Peran.Perencana);
        Assert.Equal(HttpStatusCode.NotFound, (await TolokFactory.PutVersiAsync(perencana, "/api/v1/satker/51.01/narasi/2024/bab-v", body)).StatusCode);
        var saved = await TolokFactory.PutVersiAsync(perencana, "/api/v1/satker/51.01/narasi/2024/kata-pengantar", body);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.True((await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tersimpan").GetBoolean());

        var (text, doc) = Docx(await GetAsync("/api/v1/satker/51.01/dokumen/lkjip/2024.docx"));
        doc.Dispose();
        Assert.Contains("Kata pengantar uji: terima kasih", text, StringComparison.Ordinal);
        Assert.Contains("Paragraf kedua.", text, StringComparison.Ordinal);

        // An empty text returns the section to its draft.
        await TolokFactory.PutVersiAsync(perencana, "/api/v1/satker/51.01/narasi/2024/kata-pengantar", new { teks = "" });
        var again = await reader.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/narasi/2024");
        Assert.False(again.EnumerateArray().Single(n => n.GetProperty("bagian").GetString() == "kata-pengantar").GetProperty("tersimpan").GetBoolean());
    }

    [Fact]
    public async Task A_year_without_data_shows_missing_values_as_missing_not_zero()
    {
        var tahun = app.NewYear();
        using var perencana = await app.LoginAsync(Peran.Perencana);
        Assert.Equal(HttpStatusCode.OK, (await TolokFactory.PutVersiAsync(perencana, $"/api/v1/satker/51.01/iku/{tahun}", Iku.IkuApiTests.Edit("Sasaran uji", "Jumlah laporan uji"))).StatusCode);
        var text = PdfText(await GetAsync($"/api/v1/satker/51.01/dokumen/lkjip/{tahun}.pdf"), out _);
        Assert.Contains("belum dapat dihitung", text, StringComparison.Ordinal);
        Assert.Contains("Data pagu dan realisasi anggaran", text, StringComparison.Ordinal);
        Assert.DoesNotContain("mencapai 0", text, StringComparison.Ordinal);
        Assert.Contains("—", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Participation_report_has_kecamatan_desa_charts_and_the_api_figure()
    {
        using var client = await app.PembacaAsync();
        var api = await client.GetFromJsonAsync<JsonElement>("/api/v1/pemilihan/pemilu-2024/partisipasi/51.01?suratSuara=PPWP");
        var total = api.GetProperty("partisipasi").GetProperty("total").GetDecimal();
        var text = PdfText(await GetAsync("/api/v1/pemilihan/pemilu-2024/dokumen/partisipasi/51.01.pdf?suratSuara=PPWP"), out var pages);
        Assert.Contains("LAPORAN PARTISIPASI MASYARAKAT", text, StringComparison.Ordinal);
        Assert.Contains(F(total) + "%", text, StringComparison.Ordinal);
        Assert.Contains(F(api.GetProperty("partisipasi").GetProperty("perempuan").GetDecimal()) + "%", text, StringComparison.Ordinal);
        Assert.Contains(F(api.GetProperty("partisipasi").GetProperty("lakiLaki").GetDecimal()) + "%", text, StringComparison.Ordinal);
        foreach (var anak in api.GetProperty("anak").EnumerateArray())
        {
            Assert.Contains(F(anak.GetProperty("partisipasi").GetProperty("total").GetDecimal()), text, StringComparison.Ordinal);
        }
        Assert.Contains("Partisipasi per kecamatan", text, StringComparison.Ordinal);
        Assert.Contains("Partisipasi per desa", text, StringComparison.Ordinal);
        Assert.Contains("Gambar 2. Partisipasi perempuan dan laki-laki per kecamatan", text, StringComparison.Ordinal);
        Assert.Contains("Melaya", text, StringComparison.Ordinal);
        Assert.Contains("Partisipasi Kabupaten Jembrana Pemilu 2019", text, StringComparison.Ordinal);
        Assert.True(pages >= 3);
        var (docxText, doc) = Docx(await GetAsync("/api/v1/pemilihan/pemilu-2024/dokumen/partisipasi/51.01.docx"));
        // Each chart: vector SVG for current readers and the PNG the format requires beside it.
        Assert.Equal(["image/png", "image/png", "image/svg+xml", "image/svg+xml"], doc.MainDocumentPart!.ImageParts.Select(i => i.ContentType).Order());
        doc.Dispose();
        Assert.Contains("Kelengkapan", docxText, StringComparison.Ordinal);
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(await GetAsync("/api/v1/pemilihan/pemilu-2024/dokumen/partisipasi/51.01.xlsx")), false);
        Assert.Contains("Negara", xlsx.WorkbookPart!.Workbook!.Sheets!.Elements<X.Sheet>().Select(s => s.Name!.Value!));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/pemilihan/pemilu-2024/dokumen/partisipasi/99.99.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/pemilihan/pemilu-2024/dokumen/partisipasi/51.01.odt")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/satker/51.01/dokumen/laporan/2024.pdf")).StatusCode);
    }

    [Fact]
    public async Task Participation_report_gives_absolute_counts_with_totals_plain_anomalies_full_names_and_a_signer()
    {
        using var client = await app.PembacaAsync();
        var api = await client.GetFromJsonAsync<JsonElement>("/api/v1/pemilihan/pilkada-2024/partisipasi/51.01?suratSuara=BUPATI");
        var text = PdfText(await GetAsync("/api/v1/pemilihan/pilkada-2024/dokumen/partisipasi/51.01.pdf?suratSuara=BUPATI"), out _);
        var flat = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
        Assert.Contains("BUPATI DAN WAKIL BUPATI", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("(BUPATI)", flat, StringComparison.Ordinal);
        // Registered voters and voters per kecamatan in numbers, with the regency's total: the published DPT 244.978.
        Assert.Contains("244.978", flat, StringComparison.Ordinal);
        Assert.Contains("JUMLAH", flat, StringComparison.Ordinal);
        Assert.Contains(Tolok.Infrastructure.Format.Bilangan(api.GetProperty("pengguna").GetProperty("total").GetProperty("total").GetInt64()), flat, StringComparison.Ordinal);
        foreach (var anak in api.GetProperty("anak").EnumerateArray())
        {
            Assert.Contains(Tolok.Infrastructure.Format.Bilangan(anak.GetProperty("pemilih").GetProperty("dpt").GetProperty("total").GetInt64()), flat, StringComparison.Ordinal);
        }
        // Coverage said honestly (no TPS list for the Pilkada in the reference data), anomalies in words, like with like.
        Assert.Contains("cakupan belum diketahui", flat, StringComparison.Ordinal);
        Assert.Contains("Pilkada 2020", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("Pemilu 2019", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("nasional Pemilu 2024", flat, StringComparison.Ordinal);
        // No internal names; dated and signed.
        Assert.DoesNotContain(".md", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("Tolok", flat, StringComparison.Ordinal);
        Assert.Matches(@"\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) 20\d\d", flat);
        Assert.Contains("Ketua", flat, StringComparison.Ordinal);

        var pemilu = System.Text.RegularExpressions.Regex.Replace(PdfText(await GetAsync("/api/v1/pemilihan/pemilu-2024/dokumen/partisipasi/51.01.pdf?suratSuara=PPWP"), out _), @"\s+", " ");
        Assert.Contains("Keputusan KPU Nomor 360 Tahun 2024", pemilu, StringComparison.Ordinal);
        Assert.Contains("Pemilu 2019", pemilu, StringComparison.Ordinal);
        Assert.DoesNotContain("Pilkada 2020", pemilu, StringComparison.Ordinal);
        Assert.Contains("TPS berdata: 898 dari 898 (100,00%)", pemilu, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lkjip_reports_every_election_of_the_year_for_the_participation_iku_with_its_own_counts()
    {
        using var client = await app.PembacaAsync();
        var sumber = await client.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/iku/2024/realisasi-partisipasi");
        var iku31 = sumber.EnumerateArray().Single(i => i.GetProperty("kode").GetString() == "3.1");
        var (docx, doc) = Docx(await GetAsync("/api/v1/satker/51.01/dokumen/lkjip/2024.docx"));
        doc.Dispose();
        Assert.Contains("IKU 3.1 untuk setiap pemilihan tahun 2024", docx, StringComparison.Ordinal);
        Assert.Contains("Pemilihan Umum 2024 — Presiden dan Wakil Presiden (nilai IKU)", docx, StringComparison.Ordinal);
        Assert.Contains("Pemilihan Serentak 2024 — Bupati dan Wakil Bupati", docx, StringComparison.Ordinal);
        foreach (var v in new[] { iku31.GetProperty("utama") }.Concat(iku31.GetProperty("pendamping").EnumerateArray()))
        {
            Assert.Contains(Tolok.Infrastructure.Format.Bilangan(v.GetProperty("pembilang").GetInt64()), docx, StringComparison.Ordinal);
            Assert.Contains(Tolok.Infrastructure.Format.Bilangan(v.GetProperty("penyebut").GetInt64()), docx, StringComparison.Ordinal);
            Assert.Contains(F(v.GetProperty("nilai").GetDecimal()), docx, StringComparison.Ordinal);
        }
        // Earlier results in the order of their years.
        var tren = docx[docx.IndexOf("IKU 3.1 untuk setiap pemilihan", StringComparison.Ordinal)..];
        tren = tren[..tren.IndexOf("(3)", StringComparison.Ordinal)];
        Assert.True(tren.IndexOf("Pemilu 2019", StringComparison.Ordinal) is var a && tren.IndexOf("Pilkada 2020", StringComparison.Ordinal) is var b && a >= 0 && a < b, tren);
        Assert.DoesNotContain("FACTS.md", docx, StringComparison.Ordinal);
        Assert.DoesNotContain("Tolok", docx, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spreadsheets_print_one_page_wide_with_repeated_headers_and_no_document_names_dejavu()
    {
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(await GetAsync("/api/v1/satker/51.01/dokumen/lkjip/2024.xlsx")), false);
        var workbook = xlsx.WorkbookPart!;
        foreach (var sheet in workbook.Workbook!.Sheets!.Elements<X.Sheet>())
        {
            var ws = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!;
            Assert.True(ws.GetFirstChild<X.SheetProperties>()?.PageSetupProperties?.FitToPage?.Value, $"{sheet.Name}: fitToPage");
            var setup = ws.GetFirstChild<X.PageSetup>()!;
            Assert.Equal(1u, setup.FitToWidth!.Value);
            Assert.Equal(0u, setup.FitToHeight!.Value);
        }
        var titles = workbook.Workbook.DefinedNames!.Elements<X.DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles, t => Assert.Matches(@"^'.+'!\$\d+:\$\d+$", t.Text));
        Assert.DoesNotContain("DejaVu", workbook.WorkbookStylesPart!.Stylesheet!.OuterXml, StringComparison.Ordinal);

        var (_, docx) = Docx(await GetAsync("/api/v1/satker/51.01/dokumen/lkjip/2024.docx"));
        using (docx)
        {
            var xml = docx.MainDocumentPart!.Document!.OuterXml + docx.MainDocumentPart.StyleDefinitionsPart?.Styles?.OuterXml;
            Assert.DoesNotContain("DejaVu", xml, StringComparison.Ordinal);
            Assert.Contains("Arial", xml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Cli_writes_every_document_and_explains_missing_options()
    {
        var dir = Directory.CreateTempSubdirectory("tolok-dok");
        foreach (var jenis in new[] { "pk", "rencana-aksi", "lkjip" })
        {
            var file = Path.Combine(dir.FullName, $"{jenis}.docx");
            var run = await app.RunCliAsync("dokumen", jenis, "--satker", "51.01", "--tahun", "2024", "--format", "docx", "-o", file);
            Assert.True(run.Exit == 0, run.Error);
            Docx(await File.ReadAllBytesAsync(file)).Doc.Dispose();
        }
        var report = Path.Combine(dir.FullName, "partisipasi.pdf");
        Assert.Equal(0, (await app.RunCliAsync("dokumen", "partisipasi", "--pemilihan", "pilkada-2024", "--wilayah", "51.01", "--surat-suara", "BUPATI", "-o", report)).Exit);
        Assert.Contains("BUPATI", PdfText(await File.ReadAllBytesAsync(report), out _), StringComparison.Ordinal);
        var missing = await app.RunCliAsync("dokumen", "partisipasi", "--pemilihan", "pemilu-2024");
        Assert.NotEqual(0, missing.Exit);
        Assert.Contains("--wilayah", missing.Error, StringComparison.Ordinal);
        dir.Delete(recursive: true);
    }

    [Fact]
    public async Task Budget_rows_are_checked_and_imported()
    {
        var tahun = app.NewYear();
        using var operatorClient = await app.LoginAsync(Peran.Operator);
        var bad = await operatorClient.PostAsJsonAsync("/api/v1/satker/51/anggaran", new { tahun, kode = "", uraian = "x", pagu = -1, realisasi = 5, iku = "tiga" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("kode", out _) && errors.TryGetProperty("pagu", out _) && errors.TryGetProperty("iku", out _));
        var imported = await operatorClient.PostAsync("/api/v1/satker/51/register/anggaran/impor", Xlsx.Form(Xlsx.Workbook(
            ["tahun", "kode", "uraian", "pagu", "realisasi", "iku"],
            [tahun, "076.01.WA", "Dukungan manajemen", 1000000, 950000, "1.1"],
            [tahun, "076.06.DH", "Tahapan", 5000000, 4000000, "2.1, 4.1"]), "anggaran.xlsx"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var list = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/v1/satker/51/anggaran/{tahun}");
        Assert.Equal([95m, 80m], list.EnumerateArray().Select(a => a.GetProperty("persenRealisasi").GetDecimal()));
        Assert.Equal("2.1,4.1", list[1].GetProperty("iku").GetString());
    }
}

public sealed class KinerjaDokumenTestsSqlite(SqliteFactory app) : KinerjaDokumenTests(app), IClassFixture<SqliteFactory>;

public sealed class KinerjaDokumenTestsPostgres(PostgresFactory app) : KinerjaDokumenTests(app), IClassFixture<PostgresFactory>;

public abstract class DokumenPageTests(TolokFactory app)
{
    [Fact]
    public async Task Documents_page_links_every_format_and_the_narrative_and_budget_forms_save()
    {
        using var reader = await app.PembacaAsync(); // internal pages need a sign-in (decision 87)
        var page = await reader.GetStringAsync("/Dokumen?satker=51.01&tahun=2024");
        foreach (var jenis in new[] { "iku", "pk", "rencana-aksi", "lkjip" })
        {
            Assert.Contains($"/api/v1/satker/51.01/dokumen/{jenis}/2024.docx", page, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("Ubah narasi", page, StringComparison.Ordinal);
        var redirect = await reader.GetAsync("/Dokumen/Partisipasi?pemilihan=pemilu-2024&wilayah=51.01&format=xlsx");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/api/v1/pemilihan/pemilu-2024/dokumen/partisipasi/51.01.xlsx", redirect.Headers.Location!.OriginalString);
        // The form offers what exists, ballots by full name; a wrong choice is an Indonesian page, not JSON.
        Assert.Contains("value=\"pilkada-2024:BUPATI\"", page, StringComparison.Ordinal);
        Assert.Contains("Pemilihan Serentak 2024 — Bupati dan Wakil Bupati", page, StringComparison.Ordinal);
        var pilihan = await reader.GetAsync("/Dokumen/Partisipasi?pilihan=pilkada-2024%3ABUPATI&wilayah=51.01&format=pdf");
        Assert.Equal("/api/v1/pemilihan/pilkada-2024/dokumen/partisipasi/51.01.pdf?suratSuara=BUPATI", pilihan.Headers.Location!.OriginalString);
        var salah = await reader.GetAsync("/Dokumen/Partisipasi?pemilihan=pemilu-2024&suratSuara=BUPATI&wilayah=51.01");
        Assert.Equal(HttpStatusCode.NotFound, salah.StatusCode);
        Assert.Equal("text/html", salah.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Surat suara &quot;BUPATI&quot; tidak ada pada pemilu-2024", await salah.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var operatorClient = await app.LoginAsync(Peran.Operator);
        var denied = await operatorClient.GetAsync("/Dokumen/Narasi?satker=51.01&tahun=2024");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/Akun/Ditolak", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var perencana = await app.LoginAsync(Peran.Perencana);
        var saved = await TolokFactory.PostFormAsync(perencana, "/Dokumen/Narasi?satker=51.01&tahun=2024", new Dictionary<string, string>
        {
            ["satker"] = "51.01",
            ["tahun"] = "2024",
            ["bagian"] = "isu-strategis",
            ["Versi"] = "0",
            ["teks"] = "I Nyoman <b>Uji</b>",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var narasi = await perencana.GetStringAsync("/Dokumen/Narasi?satker=51.01&tahun=2024");
        Assert.Contains("I Nyoman &lt;b&gt;Uji&lt;/b&gt;", narasi, StringComparison.Ordinal); // user text is encoded
        await TolokFactory.PutVersiAsync(perencana, "/api/v1/satker/51.01/narasi/2024/isu-strategis", new { teks = "" });

        var tahun = app.NewYear();
        var budget = await TolokFactory.PostFormAsync(operatorClient, $"/Lkjip/Anggaran?satker=51&tahun={tahun}", new Dictionary<string, string>
        {
            ["satker"] = "51",
            ["tahun"] = tahun.ToString(CultureInfo.InvariantCulture),
            ["Kode"] = "076.01.WA",
            ["Uraian"] = "Dukungan manajemen",
            ["Pagu"] = "1.250.000",
            ["Realisasi"] = "Rp1.000.000",
            ["Iku"] = "1.1",
        });
        Assert.Equal(HttpStatusCode.Redirect, budget.StatusCode);
        var rows = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/v1/satker/51/anggaran/{tahun}");
        Assert.Equal(1_250_000m, rows[0].GetProperty("pagu").GetDecimal());
        Assert.Equal(80m, rows[0].GetProperty("persenRealisasi").GetDecimal());
        var bad = await TolokFactory.PostFormAsync(operatorClient, $"/Lkjip/Anggaran?satker=51&tahun={tahun}", new Dictionary<string, string>
        {
            ["satker"] = "51",
            ["tahun"] = tahun.ToString(CultureInfo.InvariantCulture),
            ["Kode"] = "076.01.WB",
            ["Uraian"] = "Lain",
            ["Pagu"] = "satu juta",
            ["Realisasi"] = "0",
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Pagu: \"satu juta\" bukan angka", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}

public sealed class DokumenPageTestsSqlite(SqliteFactory app) : DokumenPageTests(app), IClassFixture<SqliteFactory>;
