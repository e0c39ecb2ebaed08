using System.Net;
using System.Net.Http.Json;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Halaman;

/// <summary>Pages an office can work in (issue 15, in part): every page at its plain address, no English framework text.</summary>
public sealed class HalamanTests(SqliteFactory app) : IClassFixture<SqliteFactory>
{
    private static readonly string[] Halaman =
    [
        "/", "/Iku", "/Kinerja", "/Kinerja/Target", "/Kinerja/Skala", "/Tahapan", "/Laporan/Rb", "/Laporan/Keuangan", "/Evaluasi",
        "/Layanan", "/Sengketa", "/Lkjip/Anggaran", "/Register", "/Dokumen", "/Dokumen/Narasi", "/Alur/Antrian", "/Partisipasi",
        "/Partisipasi/Impor", "/Partisipasi/Anomali", "/Publik", "/Publik/Partisipasi", "/Audit", "/Pengguna/Token",
    ];

    [Fact]
    public async Task Every_page_opens_at_its_plain_address_without_a_validation_message_or_english_text()
    {
        using var admin = await app.LoginAsync(Peran.Admin, Peran.Pimpinan);
        var failures = new List<string>();
        foreach (var url in Halaman)
        {
            var response = await admin.GetAsync(url);
            var html = await response.Content.ReadAsStringAsync();
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Redirect))
            {
                failures.Add($"{url}: {(int)response.StatusCode}");
            }
            foreach (var english in new[] { "field is required", "is not valid", "The value", "Exception", "An error occurred" })
            {
                if (html.Contains(english, StringComparison.Ordinal))
                {
                    failures.Add($"{url}: \"{english}\"");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("/Laporan/Rb?satker=51.01", "/Laporan/Rb")]
    [InlineData("/Sengketa?satker=51.01", "/Sengketa")]
    [InlineData("/Dokumen?satker=51.01&tahun=2024", "/Dokumen")]
    [InlineData("/Publik/Partisipasi?pemilihan=pemilu-2024&kode=51.01", "/Publik")]
    [InlineData("/Audit", "/Iku")]
    public async Task The_satker_and_year_chooser_stays_on_the_page(string page, string action)
    {
        using var admin = await app.LoginAsync(Peran.Admin);
        var html = await admin.GetStringAsync(page);
        Assert.Contains("<form class=\"pemilih\" method=\"get\" action=\"/Pilih\"", html, StringComparison.Ordinal);
        Assert.Contains($"<input type=\"hidden\" name=\"ke\" value=\"{action}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Public_pages_have_a_description_and_are_compressed_and_versioned_files_cached_for_a_year()
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Publik?satker=51.01&tahun=2024");
        request.Headers.AcceptEncoding.ParseAdd("br");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("br", response.Content.Headers.ContentEncoding);
        using var plain = await client.GetAsync("/Publik?satker=51.01&tahun=2024");
        Assert.Contains("<meta name=\"description\" content=\"Capaian kinerja KPU", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var css = await client.GetAsync("/css/site.css?v=abc");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("immutable", css.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_approval_queue_names_items_as_people_do()
    {
        using var operatorClient = await app.LoginAsync(Peran.Operator);
        var report = new { nama = "Semester I 2031", periodeDari = "2031-01-01", periodeSampai = "2031-06-30", jatuhTempo = "2031-07-10" };
        var created = await operatorClient.PostAsJsonAsync("/api/v1/satker/51.01/laporan/rb", report);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.PostAsJsonAsync($"/api/v1/satker/51.01/alur/laporan-rb/{id}/ajukan", new { })).StatusCode);

        using var verifikator = await app.LoginAsync(Peran.Verifikator);
        var page = await verifikator.GetStringAsync("/Alur/Antrian?satker=51.01&status=diajukan");
        Assert.Contains("Laporan RB Semester I 2031", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"laporan-rb {id}<", page, StringComparison.Ordinal);
        var queue = await verifikator.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/satker/51.01/alur?status=diajukan");
        Assert.Contains(queue.EnumerateArray(), a => a.GetProperty("judul").GetString() == "Laporan RB Semester I 2031");
    }

    [Fact]
    public async Task The_chooser_finds_a_satker_by_part_of_its_name_and_only_opens_tolok_pages()
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var cari = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/satker/cari?q=jembr");
        Assert.Equal("51.01", cari.EnumerateArray().Single().GetProperty("kode").GetString());
        Assert.Equal(10, (await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/satker/cari?q=komisi")).GetArrayLength()); // at most 10 of the 553

        var jemb = await client.GetAsync("/Pilih?satker=JEMBR&tahun=2024&ke=/Publik");
        Assert.Equal("/Publik?satker=51.01&tahun=2024", jemb.Headers.Location?.OriginalString);
        // Another site, or a page that takes no satker, is never the destination.
        var asing = await client.GetAsync("/Pilih?satker=51&tahun=2024&ke=https%3A%2F%2Fcontoh.invalid%2F");
        Assert.Equal("/Iku?satker=51&tahun=2024", asing.Headers.Location?.OriginalString);
        Assert.Equal("/Iku?satker=51&tahun=2024", (await client.GetAsync("/Pilih?satker=51&tahun=2024&ke=//contoh.invalid")).Headers.Location?.OriginalString);
        // Several matches: a list to choose from; none: an Indonesian answer.
        var banyak = await client.GetAsync("/Pilih?satker=komisi&ke=/Kinerja");
        Assert.Equal(HttpStatusCode.OK, banyak.StatusCode);
        Assert.Contains("Lebih dari 50 satker cocok", await banyak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var tidak = await client.GetAsync("/Pilih?satker=%3Cscript%3E");
        Assert.Equal(HttpStatusCode.NotFound, tidak.StatusCode);
        var html = await tidak.Content.ReadAsStringAsync();
        Assert.Contains("Tidak ada satker dengan kode atau nama", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }
}
