using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using Tolok.Dokumen;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Tolok.Tests.Dokumen;

/// <summary>User text with characters a format cannot carry never breaks a document (issue 14).</summary>
public abstract class TeksAmanTests(TolokFactory app)
{
    [Fact]
    public async Task A_narrative_with_control_characters_gives_documents_that_open_in_every_format()
    {
        using var perencana = await app.LoginAsync(Peran.Perencana);
        var tahun = app.NewYear();
        // An IKU set of the year, so that its LKjIP exists.
        Assert.Equal(HttpStatusCode.OK, (await perencana.PutAsJsonAsync($"/api/v1/satker/51.01/iku/{tahun}", new
        {
            keterangan = "uji teks aman",
            ditetapkan = new { tempat = "Negara", tanggal = $"{tahun}-01-02", jabatan = "Ketua" },
            sasaran = new[] { new { uraian = "Sasaran\u0002 satu", indikator = new[] { new { uraian = "Indikator\u0003 satu", satuan = "%", polaritas = "Maksimal" } } } },
        })).StatusCode);
        var teks = "Awal\u0001 tengah\u000B\u001F\u007F\u0085 tab\tlalu \uFFFF\uD800 akhir dengan \U0001F5F3 kotak suara.";
        var saved = await TolokFactory.PutVersiAsync(perencana, $"/api/v1/satker/51.01/narasi/{tahun}/kata-pengantar", new { teks });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        foreach (var (jenis, format) in new[] { ("lkjip", "docx"), ("lkjip", "xlsx"), ("lkjip", "pdf"), ("pk", "docx"), ("pk", "pdf"), ("rencana-aksi", "xlsx") })
        {
            var response = await perencana.GetAsync($"/api/v1/satker/51.01/dokumen/{jenis}/{tahun}.{format}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{jenis}.{format}: {(int)response.StatusCode}");
            var bytes = await response.Content.ReadAsByteArrayAsync();
            switch (format)
            {
                case "docx":
                    using (var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false))
                    {
                        var text = doc.MainDocumentPart!.Document!.InnerText;
                        if (jenis == "lkjip")
                        {
                            Assert.Contains("Awal tengah", text, StringComparison.Ordinal);
                            Assert.Contains("akhir dengan \U0001F5F3 kotak suara.", text, StringComparison.Ordinal);
                        }
                    }
                    break;
                case "xlsx":
                    using (var xlsx = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
                    {
                        Assert.NotEmpty(xlsx.WorkbookPart!.WorksheetParts);
                    }
                    break;
                default:
                    using (var pdf = PdfDocument.Open(bytes))
                    {
                        Assert.True(pdf.NumberOfPages > 0);
                    }
                    break;
            }
        }
    }

    [Theory]
    [InlineData("biasa", "biasa")]
    [InlineData("a\u0000b\u0008c", "abc")]
    [InlineData("baris\r\nbaru\ttab", "baris\r\nbaru tab")]
    [InlineData("\U0001F5F3", "\U0001F5F3")]
    public void Unsafe_characters_are_dropped_and_the_rest_kept(string input, string expected) =>
        Assert.Equal(expected, TeksAman.Bersih(input));

    [Fact]
    public void Lone_surrogates_are_dropped() => Assert.Equal("lepas", TeksAman.Bersih(new string(['\uDC00', 'l', 'e', 'p', 'a', 's', '\uD83D'])));
}

public sealed class TeksAmanTestsSqlite(SqliteFactory app) : TeksAmanTests(app), IClassFixture<SqliteFactory>;

public sealed class TeksAmanTestsPostgres(PostgresFactory app) : TeksAmanTests(app), IClassFixture<PostgresFactory>;
