using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Iku;

public abstract class IkuApiTests(TolokFactory app)
{
    private const string SeedUrl = "/api/v1/satker/51.01/iku/2024";

    [Fact]
    public async Task Seed_is_imported_on_first_start_and_served_by_the_documented_contract()
    {
        using var client = await app.PembacaAsync();
        using var json = JsonDocument.Parse(await client.GetStringAsync(SeedUrl));
        var root = json.RootElement;

        Assert.Equal(["satker", "tahun", "revisi", "ditetapkan", "sasaran"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("51.01", root.GetProperty("satker").GetProperty("kode").GetString());
        Assert.Equal("Komisi Pemilihan Umum Kabupaten Jembrana", root.GetProperty("satker").GetProperty("nama").GetString());
        Assert.Equal(2024, root.GetProperty("tahun").GetInt32());
        Assert.Equal(1, root.GetProperty("revisi").GetInt32());

        var ditetapkan = root.GetProperty("ditetapkan");
        Assert.Equal("Negara", ditetapkan.GetProperty("tempat").GetString());
        Assert.Equal("2024-01-03", ditetapkan.GetProperty("tanggal").GetString());
        Assert.Equal("Ketua Komisi Pemilihan Umum Kabupaten Jembrana", ditetapkan.GetProperty("jabatan").GetString());
        Assert.Equal(JsonValueKind.Null, ditetapkan.GetProperty("nama").ValueKind);

        var sasaran = root.GetProperty("sasaran").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4], sasaran.Select(s => s.GetProperty("nomor").GetInt32()));
        var indikator = sasaran.SelectMany(s => s.GetProperty("indikator").EnumerateArray()).ToList();
        Assert.Equal(["1.1", "1.2", "1.3", "1.4", "2.1", "3.1", "3.2", "3.3", "4.1", "4.2"], indikator.Select(i => i.GetProperty("kode").GetString()));
        Assert.Equal(["kode", "uraian", "caraPengukuran", "sumberData", "satuan", "polaritas", "kodeInduk"], indikator[0].EnumerateObject().Select(p => p.Name));

        // The two blank cells of the document are null, not "".
        Assert.Equal(JsonValueKind.Null, indikator[0].GetProperty("sumberData").ValueKind);
        Assert.Equal(JsonValueKind.Null, indikator[2].GetProperty("caraPengukuran").ValueKind);
        Assert.Equal("Persentase Partisipasi Pemilih Disabilitas dalam Pemilu/Pemilihan", indikator[7].GetProperty("uraian").GetString());
        Assert.Equal("kategorikal", indikator[2].GetProperty("polaritas").GetString());
        Assert.Equal("%", indikator[5].GetProperty("satuan").GetString());
    }

    [Theory]
    [InlineData("/api/v1/satker/99.99/iku/2024", "Satker dengan kode \"99.99\" tidak ditemukan.")]
    [InlineData("/api/v1/satker/51.01/iku/2099", "Satker 51.01 belum memiliki IKU untuk tahun 2099.")]
    [InlineData("/api/v1/satker/51.01/iku/2024?revisi=99", "IKU satker 51.01 tahun 2024 tidak memiliki revisi 99.")]
    public async Task Unknown_satker_year_or_revision_is_a_404_problem(string url, string detail)
    {
        using var client = await app.PembacaAsync();
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Satker_list_holds_the_hierarchy()
    {
        using var client = await app.PembacaAsync();
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/satker");
        var byKode = list.EnumerateArray().ToDictionary(s => s.GetProperty("kode").GetString()!);

        Assert.Equal(JsonValueKind.Null, byKode["RI"].GetProperty("kodeInduk").ValueKind);
        Assert.Equal("RI", byKode["51"].GetProperty("kodeInduk").GetString());
        Assert.Equal("51", byKode["51.01"].GetProperty("kodeInduk").GetString());
        Assert.Equal("Komisi Pemilihan Umum Provinsi Bali", byKode["51"].GetProperty("nama").GetString());
    }

    [Fact]
    public async Task OpenApi_document_describes_the_iku_endpoint()
    {
        using var client = await app.PembacaAsync();
        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/v1/satker/{kode}/iku/{tahun}", out _));
    }

    [Fact]
    public async Task Writing_the_catalog_needs_Perencana_or_Admin()
    {
        var tahun = app.NewYear();
        var url = $"/api/v1/satker/51.01/iku/{tahun}";
        using var anonymous = app.CreateClient();
        using var operatorClient = await app.LoginAsync(Peran.Operator);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync(url, Edit("Sasaran", "IKU"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorClient.PutAsJsonAsync(url, Edit("Sasaran", "IKU"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_change_makes_a_new_revision_and_the_old_one_stays_readable()
    {
        var tahun = app.NewYear();
        var url = $"/api/v1/satker/51.01/iku/{tahun}";
        using var perencana = await app.LoginAsync(Peran.Perencana);

        var first = await perencana.PutAsJsonAsync(url, Edit("Sasaran lama", "IKU lama"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await perencana.PutAsJsonAsync(url, Edit("Sasaran  baru ", "IKU baru"));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var same = await perencana.PutAsJsonAsync(url, Edit("Sasaran baru", "IKU baru"));
        Assert.Equal(2, (await same.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revisi").GetInt32());

        using var anonymous = app.CreateClient();
        var latest = await anonymous.GetFromJsonAsync<JsonElement>(url);
        var old = await anonymous.GetFromJsonAsync<JsonElement>(url + "?revisi=1");
        var history = await anonymous.GetFromJsonAsync<JsonElement>(url + "/revisi");

        Assert.Equal(2, latest.GetProperty("revisi").GetInt32());
        Assert.Equal("Sasaran baru", latest.GetProperty("sasaran")[0].GetProperty("uraian").GetString());
        Assert.Equal("Sasaran lama", old.GetProperty("sasaran")[0].GetProperty("uraian").GetString());
        Assert.Equal([2, 1], history.EnumerateArray().Select(r => r.GetProperty("revisi").GetInt32()));
        Assert.Equal("uji perubahan", history[0].GetProperty("keterangan").GetString());
    }

    [Fact]
    public async Task Invalid_catalog_is_rejected_field_by_field_in_Indonesian_and_nothing_is_saved()
    {
        var tahun = app.NewYear();
        var url = $"/api/v1/satker/51.01/iku/{tahun}";
        using var admin = await app.LoginAsync(Peran.Admin);
        var edit = Edit(" ", "");
        edit.Keterangan = null;

        var response = await admin.PutAsJsonAsync(url, edit);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.Equal("Uraian sasaran 1 wajib diisi.", errors.GetProperty("Sasaran[0].Uraian")[0].GetString());
        Assert.Equal("Uraian indikator 1.1 wajib diisi.", errors.GetProperty("Sasaran[0].Indikator[0].Uraian")[0].GetString());
        Assert.True(errors.TryGetProperty("Keterangan", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Cli_reimport_is_idempotent()
    {
        var tahun = 2024;
        var file = Path.Combine(AppContext.BaseDirectory, "Seed", "iku-kpu-jembrana-2024.txt");

        var (exit, output, _) = await app.RunCliAsync("iku", "import", file, "--satker", "51.01", "--tahun", tahun.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0, exit);
        Assert.Contains("Tidak ada perubahan", output, StringComparison.Ordinal);
        using var client = await app.PembacaAsync();
        var history = await client.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/iku/2024/revisi");
        Assert.Equal(1, history.GetArrayLength());
    }

    [Fact]
    public async Task Cli_imports_a_document_for_another_satker_and_a_malformed_one_stores_nothing()
    {
        var tahun = app.NewYear();
        var dir = Directory.CreateTempSubdirectory("tolok-iku-");
        var good = Path.Combine(dir.FullName, "iku-bali.txt");
        await File.WriteAllTextAsync(good, IkuDocumentParserTests.SeedText.Replace("TAHUN 2024", $"TAHUN {tahun}", StringComparison.Ordinal));
        var bad = Path.Combine(dir.FullName, "rusak.txt");
        await File.WriteAllTextAsync(bad, IkuDocumentParserTests.SeedText.Replace("\n3\tTerwujudnya", "\n7\tTerwujudnya", StringComparison.Ordinal));
        var year = tahun.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var failed = await app.RunCliAsync("iku", "import", bad, "--satker", "51", "--tahun", year);
        using var client = await app.PembacaAsync();
        Assert.Equal(1, failed.Exit);
        Assert.Contains("rusak.txt baris 10: nomor sasaran 7 tidak berurutan; seharusnya 3.", failed.Error, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/satker/51/iku/{year}")).StatusCode);

        var ok = await app.RunCliAsync("iku", "import", good, "--satker", "51", "--tahun", year);
        Assert.Equal(0, ok.Exit);
        Assert.Contains("revisi 1: 4 sasaran, 10 indikator", ok.Output, StringComparison.Ordinal);
        var iku = await client.GetFromJsonAsync<JsonElement>($"/api/v1/satker/51/iku/{year}");
        // The position is that of the satker the document is imported for.
        Assert.Equal("Ketua Komisi Pemilihan Umum Provinsi Bali", iku.GetProperty("ditetapkan").GetProperty("jabatan").GetString());

        var wrongYear = await app.RunCliAsync("iku", "import", good, "--satker", "51", "--tahun", "2030");
        Assert.Equal(1, wrongYear.Exit);
        Assert.Contains($"judul dokumen menyebut tahun {year}", wrongYear.Error, StringComparison.Ordinal);

        var unknown = await app.RunCliAsync("iku", "import", good, "--satker", "99.99", "--tahun", year);
        Assert.Equal(1, unknown.Exit);
        Assert.Contains("Satker dengan kode \"99.99\" tidak ditemukan.", unknown.Error, StringComparison.Ordinal);
        dir.Delete(recursive: true);
    }

    internal static Tolok.Iku.IkuEdit Edit(string sasaran, string indikator) => new()
    {
        Keterangan = "uji perubahan",
        Ditetapkan = new Tolok.Iku.PenetapanEdit { Tempat = "Negara", Tanggal = new DateOnly(2030, 1, 2), Jabatan = "Ketua" },
        Sasaran = [new Tolok.Iku.SasaranEdit { Uraian = sasaran, Indikator = [new Tolok.Iku.IndikatorEdit { Uraian = indikator, Satuan = "%" }] }],
    };
}

public sealed class IkuApiTestsSqlite(SqliteFactory app) : IkuApiTests(app), IClassFixture<SqliteFactory>;

public sealed class IkuApiTestsPostgres(PostgresFactory app) : IkuApiTests(app), IClassFixture<PostgresFactory>;
