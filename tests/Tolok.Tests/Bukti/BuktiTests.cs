using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Bukti;

public sealed class SqliteFactoryBuktiKecil : SqliteFactory
{
    protected override int BatasBuktiMB => 1;
}

public abstract class BuktiTests(TolokFactory app)
{
    internal static byte[] Pdf(int padding = 0) => Encoding.ASCII.GetBytes("%PDF-1.4\n" + new string('x', padding) + "\n%%EOF\n");

    private static MultipartFormDataContent Form(byte[] data, string name) => new() { { new ByteArrayContent(data), "berkas", name } };

    [Fact]
    public async Task Evidence_is_checked_by_content_stored_by_hash_and_downloaded_like_its_item()
    {
        using var operatorClient = await app.LoginAsync(Peran.Operator);
        var id = (await (await operatorClient.PostAsJsonAsync("/api/v1/satker/51/laporan/rb", new { nama = "RB dengan bukti", periodeDari = "2046-01-01", periodeSampai = "2046-03-31", jatuhTempo = "2046-04-10" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var url = $"/api/v1/satker/51/bukti/laporan-rb/{id}";

        var pdf = await operatorClient.PostAsync(url, Form(Pdf(), "tanda-terima.pdf"));
        Assert.Equal(HttpStatusCode.Created, pdf.StatusCode);
        var stored = await pdf.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("application/pdf", stored.GetProperty("tipeKonten").GetString());
        var hash = stored.GetProperty("hash").GetString()!;
        Assert.True(File.Exists(Path.Combine(app.FolderBukti, hash[..2], hash)), "stored under its hash outside the web root");

        // Names lie; content does not.
        var fake = await operatorClient.PostAsync(url, Form(Encoding.UTF8.GetBytes("<script>alert(1)</script>"), "laporan.pdf"));
        Assert.Equal(HttpStatusCode.BadRequest, fake.StatusCode);
        Assert.Contains("diperiksa dari isinya", await fake.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntry("virus.exe");
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await operatorClient.PostAsync(url, Form(zip.ToArray(), "data.xlsx"))).StatusCode);
        var xlsx = Xlsx.Workbook(["a"], ["b"]);
        var workbook = await (await operatorClient.PostAsync(url, Form(xlsx, "lampiran"))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.GetProperty("tipeKonten").GetString()); // recognised without an extension

        var list = await operatorClient.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(2, list.GetArrayLength());
        var download = stored.GetProperty("url").GetString()!;
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(download)).StatusCode);
        Assert.Equal(Pdf(), await operatorClient.GetByteArrayAsync(download));
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync(url, Form(Pdf(), "x.pdf"))).StatusCode);

        // Approved: the item is public, so is its evidence; and nothing more can be attached.
        using var verifikator = await app.LoginAsync(Peran.Verifikator);
        using var pimpinan = await app.LoginAsync(Peran.Pimpinan);
        var alur = $"/api/v1/satker/51/alur/laporan-rb/{id}";
        await operatorClient.PostAsJsonAsync($"{alur}/ajukan", new { });
        await verifikator.PostAsJsonAsync($"{alur}/verifikasi", new { });
        await pimpinan.PostAsJsonAsync($"{alur}/setujui", new { });
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(download)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await operatorClient.PostAsync(url, Form(Pdf(1), "tambahan.pdf"))).StatusCode);
    }
}

public sealed class BuktiTestsSqlite(SqliteFactory app) : BuktiTests(app), IClassFixture<SqliteFactory>;

public sealed class BuktiTestsPostgres(PostgresFactory app) : BuktiTests(app), IClassFixture<PostgresFactory>;

public sealed class BuktiBatasTests(SqliteFactoryBuktiKecil app) : IClassFixture<SqliteFactoryBuktiKecil>
{
    [Fact]
    public async Task The_size_limit_is_configurable_and_a_larger_file_is_refused()
    {
        using var operatorClient = await app.LoginAsync(Peran.Operator);
        var id = (await (await operatorClient.PostAsJsonAsync("/api/v1/satker/51/lhe", new { tahunDievaluasi = 2046, evaluator = "Batas", tanggalLhe = "2047-01-01", nilai = 70 }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var response = await operatorClient.PostAsync($"/api/v1/satker/51/bukti/lhe/{id}", new MultipartFormDataContent { { new ByteArrayContent(BuktiTests.Pdf(1_200_000)), "berkas", "besar.pdf" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("melebihi batas 1 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
