using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Keamanan;

/// <summary>Run alone: the memory each upload costs is read from the process's allocation counter.</summary>
[CollectionDefinition(nameof(BerkasBermusuhan), DisableParallelization = true)]
public sealed class BerkasBermusuhan;

/// <summary>
/// Small files built to exhaust memory, and careless ones (issue 14): each is refused with 413 or 422 naming the limit
/// or the reason, within seconds, having allocated little, and nothing is stored. The files are made here, not kept.
/// </summary>
[Collection(nameof(BerkasBermusuhan))]
public abstract class BerkasBermusuhanTests(TolokFactory app)
{
    /// <summary>What a refused upload may allocate at most (the files below inflate to 50 MB–5 GB).</summary>
    private const long BatasAlokasi = 400L << 20;

    /// <summary>A workbook written as raw parts: the sheet XML is streamed, so a million rows cost seconds, not gigabytes.</summary>
    private static byte[] WorkbookMentah(Action<StreamWriter> sheet, Action<StreamWriter>? sharedStrings = null)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string text)
            {
                using var w = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                w.Write(text);
            }
            Entry("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
                "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
            Entry("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Entry("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " +
                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Entry("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
                "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            using (var w = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false), 1 << 16))
            {
                w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                sheet(w);
                w.Write("</sheetData></worksheet>");
            }
            using (var w = new StreamWriter(zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false), 1 << 16))
            {
                w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
                sharedStrings?.Invoke(w);
                w.Write("</sst>");
            }
        }
        return memory.ToArray();
    }

    private static MultipartFormDataContent Form(byte[] content, string name, string type)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { file, "berkas", name } };
    }

    /// <summary>Posts and measures: the answer, its problem details, the seconds taken and the bytes the process allocated meanwhile.</summary>
    private static async Task<(HttpStatusCode Status, string Body, double Detik, long Dialokasikan)> KirimAsync(HttpClient client, string url, HttpContent content)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var response = await client.PostAsync(url, content);
        var body = await response.Content.ReadAsStringAsync();
        clock.Stop();
        return (response.StatusCode, body, clock.Elapsed.TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - before);
    }

    [Fact]
    public async Task A_register_workbook_of_a_million_rows_is_refused_at_the_row_limit()
    {
        var xlsx = WorkbookMentah(w =>
        {
            w.Write("<row><c t=\"inlineStr\"><is><t>nama</t></is></c><c t=\"inlineStr\"><is><t>jatuh_tempo</t></is></c></row>");
            for (var i = 0; i < 1_000_000; i++)
            {
                w.Write("<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>");
            }
        });
        Assert.True(xlsx.Length < 5_000_000, $"{xlsx.Length} bytes");
        using var client = await app.LoginAsync(Peran.Operator);
        var (status, body, detik, alokasi) = await KirimAsync(client, "/api/v1/satker/51.01/register/laporan-rb/impor", Form(xlsx, "juta.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("5.000 baris", body, StringComparison.Ordinal);
        Assert.Contains("Impor:BarisMaksimumRegister", body, StringComparison.Ordinal);
        Assert.True(detik < 10, $"{detik:0.0} s");
        Assert.True(alokasi < BatasAlokasi, $"{alokasi >> 20} MB dialokasikan");
        var rows = await client.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/laporan/rb");
        Assert.DoesNotContain(rows.EnumerateArray(), r => r.GetProperty("nama").GetString() == "x");
    }

    [Fact]
    public async Task A_workbook_of_millions_of_shared_strings_is_refused_before_they_are_read()
    {
        var xlsx = WorkbookMentah(
            w => w.Write("<row><c t=\"s\"><v>0</v></c></row>"),
            w =>
            {
                for (var i = 0; i < 5_000_000; i++)
                {
                    w.Write("<si><t>x</t></si>");
                }
            });
        Assert.True(xlsx.Length < 2_000_000, $"{xlsx.Length} bytes");
        using var client = await app.LoginAsync(Peran.Perencana);
        var (status, body, detik, alokasi) = await KirimAsync(client, $"/api/v1/satker/51.01/target/{app.NewYear()}/impor", Form(xlsx, "teks.xlsx", "application/octet-stream"));
        Assert.True(status is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.NotFound, $"{(int)status} {body}");
        using var operatorClient = await app.LoginAsync(Peran.Operator);
        (status, body, detik, alokasi) = await KirimAsync(operatorClient, "/api/v1/satker/51.01/register/sengketa/impor", Form(xlsx, "teks.xlsx", "application/octet-stream"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("dimampatkan", body, StringComparison.Ordinal);
        Assert.True(detik < 10, $"{detik:0.0} s");
        Assert.True(alokasi < BatasAlokasi, $"{alokasi >> 20} MB dialokasikan");
    }

    [Fact]
    public async Task A_sirekap_zip_with_a_huge_entry_is_refused_before_it_is_inflated()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("5101012001001.json", CompressionLevel.SmallestSize).Open();
            var block = new byte[1 << 20];
            Array.Fill(block, (byte)' ');
            entry.Write("{\"chart\":{},\"x\":\""u8);
            for (var i = 0; i < 300; i++)
            {
                entry.Write(block);
            }
            entry.Write("\"}"u8);
        }
        Assert.True(memory.Length < 2_000_000, $"{memory.Length} bytes");
        using var client = await app.LoginAsync(Peran.Operator);
        var (status, body, detik, alokasi) = await KirimAsync(client, "/api/v1/pemilihan/pemilu-2024/tps/impor?suratSuara=PPWP&satker=51.01", Form(memory.ToArray(), "sirekap.zip", "application/zip"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("sirekap.zip", body, StringComparison.Ordinal);
        Assert.Contains("256 KB", body, StringComparison.Ordinal);
        Assert.True(detik < 10, $"{detik:0.0} s");
        Assert.True(alokasi < BatasAlokasi, $"{alokasi >> 20} MB dialokasikan");
    }

    [Fact]
    public async Task A_picture_sent_as_tps_data_is_named_as_not_a_data_file()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];
        using var client = await app.LoginAsync(Peran.Operator);
        var (status, body, _, _) = await KirimAsync(client, "/api/v1/pemilihan/pemilu-2024/tps/impor?suratSuara=PPWP&satker=51.01", Form(png, "data.csv", "text/csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("bukan berkas CSV, XLSX, JSON atau zip", body, StringComparison.Ordinal);
        Assert.DoesNotContain("PNG", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_workbook_is_a_422_and_a_long_bad_cell_is_not_echoed_back()
    {
        using var client = await app.LoginAsync(Peran.Operator);
        var broken = Encoding.UTF8.GetBytes("PK\u0003\u0004 ini bukan xlsx");
        var (status, body, _, _) = await KirimAsync(client, "/api/v1/satker/51.01/register/laporan-rb/impor", Form(broken, "rusak.xlsx", "application/octet-stream"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("rusak.xlsx", body, StringComparison.Ordinal);

        var longCell = new string('9', 1_000_000) + "x";
        var csv = $"kode,pemilih_dpt_l\n5101012001001,{longCell}\n";
        (status, body, _, _) = await KirimAsync(client, "/api/v1/pemilihan/pemilu-2024/tps/impor?suratSuara=PPWP&satker=51.01", Form(Encoding.UTF8.GetBytes(csv), "panjang.csv", "text/csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.True(body.Length < 5_000, $"jawaban {body.Length} karakter");
        Assert.Contains("bukan bilangan bulat", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Impossible_cell_references_and_endless_lines_are_refused_not_a_500()
    {
        using var client = await app.LoginAsync(Peran.Operator);
        var xlsx = WorkbookMentah(w => w.Write("<row><c r=\"AAAAAAAA1\" t=\"inlineStr\"><is><t>kode</t></is></c></row>"));
        var (status, body, _, _) = await KirimAsync(client, "/api/v1/pemilihan/pemilu-2024/tps/impor?suratSuara=PPWP&satker=51.01", Form(xlsx, "kolom.xlsx", "application/octet-stream"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("referensi sel", body, StringComparison.Ordinal);
        (status, body, _, _) = await KirimAsync(client, "/api/v1/satker/51.01/register/laporan-rb/impor",
            Form(WorkbookMentah(w => w.Write("<row><c r=\"9\" t=\"inlineStr\"><is><t>nama</t></is></c></row>")), "angka.xlsx", "application/octet-stream"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);

        // One JSON line (or CSV row) of 3 MB: refused before a reader holds it.
        var line = "{\"kode\":\"5101012001001\",\"x\":\"" + new string('a', 3 << 20) + "\"}\n";
        (status, body, _, var alokasi) = await KirimAsync(client, "/api/v1/pemilihan/pemilu-2024/tps/impor?suratSuara=PPWP&satker=51.01", Form(Encoding.UTF8.GetBytes(line), "baris.jsonl", "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("lebih panjang dari 1 MB", body, StringComparison.Ordinal);
        var csv = "kode,pemilih_dpt_l\n\"" + new string('5', 3 << 20) + "\",1\n";
        (status, body, _, _) = await KirimAsync(client, "/api/v1/pemilihan/pemilu-2024/tps/impor?suratSuara=PPWP&satker=51.01", Form(Encoding.UTF8.GetBytes(csv), "baris.csv", "text/csv"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }

    [Fact]
    public async Task A_totals_only_file_with_more_voters_than_registered_is_not_valid()
    {
        var slug = $"uji-total-{Guid.NewGuid():N}"[..20];
        using var admin = await app.LoginAsync(Peran.Admin);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/pemilihan", new
        {
            id = slug,
            nama = "Uji total saja",
            tanggal = "2024-02-14",
            suratSuara = new[] { new { kode = "A", nama = "Surat A" } },
        })).StatusCode);
        // 270 voters on a DPT of 200, no DPTb/DPK columns: not valid. 210 on 200 with 20 on the DPTb: a warning only.
        var csv = "kode,pemilih_dpt_j,pengguna_total_j,pemilih_dptb_j\n5101012001001,200,270,\n5101012001002,200,210,20\n5101012001003,200,150,\n";
        var (status, body, _, _) = await KirimAsync(admin, $"/api/v1/pemilihan/{slug}/tps/impor?suratSuara=A&satker=51.01", Form(Encoding.UTF8.GetBytes(csv), "total.csv", "text/csv"));
        Assert.True(status == HttpStatusCode.OK, body);
        var status2 = JsonDocument.Parse(body).RootElement.GetProperty("status");
        Assert.Equal(1, status2.GetProperty("tidak-valid").GetInt32());
        Assert.Equal(1, status2.GetProperty("peringatan").GetInt32());
        Assert.Equal(1, status2.GetProperty("valid").GetInt32());
    }
}

public sealed class BerkasBermusuhanTestsSqlite(SqliteFactory app) : BerkasBermusuhanTests(app), IClassFixture<SqliteFactory>;

public sealed class BerkasBermusuhanTestsPostgres(PostgresFactory app) : BerkasBermusuhanTests(app), IClassFixture<PostgresFactory>;
