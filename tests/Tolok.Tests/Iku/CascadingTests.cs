using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Iku;

/// <summary>
/// Cascading (issue 17 point 2): a year's IKU set made from a template (the parent's, a sibling's, last year's), each
/// IKU linked to the parent IKU it supports, shown as a tree (API, page, LKjIP Bab II); and planners scoped to their
/// own satker (point 4).
/// </summary>
public abstract class CascadingTests(TolokFactory app)
{
    private static Tolok.Iku.IkuEdit Set(params (string Sasaran, string[] Indikator)[] sasaran) => new()
    {
        Keterangan = "uji cascading",
        Ditetapkan = new Tolok.Iku.PenetapanEdit { Tempat = "Denpasar", Tanggal = new DateOnly(2030, 1, 2), Jabatan = "Ketua" },
        Sasaran = [.. sasaran.Select(s => new Tolok.Iku.SasaranEdit
        {
            Uraian = s.Sasaran,
            Indikator = [.. s.Indikator.Select(i => new Tolok.Iku.IndikatorEdit { Uraian = i, Satuan = "%" })],
        })],
    };

    private static List<JsonElement> Indikator(JsonElement iku) =>
        [.. iku.GetProperty("sasaran").EnumerateArray().SelectMany(s => s.GetProperty("indikator").EnumerateArray())];

    private static string? Induk(JsonElement indikator) =>
        indikator.TryGetProperty("kodeInduk", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;

    [Fact]
    public async Task A_regency_set_made_from_its_provinces_supports_it_and_a_later_change_of_the_template_changes_nothing()
    {
        var lalu = app.NewYear();
        var tahun = app.NewYear();
        Assert.Equal(lalu + 1, tahun);
        using var admin = await app.LoginAsync(Peran.Admin);
        var provinsi = $"/api/v1/satker/51/iku/{tahun}";
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync(provinsi, Set(
            ("Meningkatnya kualitas penyelenggaraan pemilu", ["Persentase tahapan tepat waktu", "Tingkat partisipasi pemilih"]),
            ("Meningkatnya akuntabilitas", ["Nilai SAKIP"])))).StatusCode);

        // From the parent: every IKU copied and linked to the parent's IKU of the same code.
        var made = await admin.PostAsJsonAsync($"/api/v1/satker/51.02/iku/{tahun}/templat", new { sumber = "induk" });
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var tabanan = await made.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(new[] { "1.1", "1.2", "2.1" }, Indikator(tabanan).Select(Induk));
        Assert.Equal("Tingkat partisipasi pemilih", Indikator(tabanan)[1].GetProperty("uraian").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/v1/satker/51.02/iku/{tahun}/templat", new { sumber = "induk" })).StatusCode);

        // From a sibling: its links are kept; a satker of another province is no sibling; an unknown source says so.
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/api/v1/satker/51.03/iku/{tahun}/templat", new { sumber = "saudara", satker = "51.02" })).StatusCode);
        var notSibling = await admin.PostAsJsonAsync($"/api/v1/satker/51.04/iku/{tahun}/templat", new { sumber = "saudara", satker = "52.01" });
        Assert.Equal(HttpStatusCode.BadRequest, notSibling.StatusCode);
        Assert.Contains("bukan satker saudara", await notSibling.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unknown = await admin.PostAsJsonAsync($"/api/v1/satker/51.04/iku/{tahun}/templat", new { sumber = "tetangga" });
        Assert.Contains("tidak dikenal", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var noTemplate = await admin.PostAsJsonAsync($"/api/v1/satker/51.04/iku/{tahun}/templat", new { sumber = "tahun-lalu" });
        Assert.Equal(HttpStatusCode.BadRequest, noTemplate.StatusCode);
        Assert.Contains($"belum memiliki IKU tahun {lalu}", await noTemplate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // From last year: the links stay only where the parent's set of the new year has that IKU (none here).
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/api/v1/satker/51.02/iku/{tahun + 1}/templat", new { sumber = "tahun-lalu" })).StatusCode);
        using var anonymous = app.CreateClient();
        Assert.All(Indikator(await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/satker/51.02/iku/{tahun + 1}")), i => Assert.Null(Induk(i)));

        // A link to an IKU the parent does not have is refused with the reason, by the API and the page alike.
        var edit = Set(("Sasaran", ["IKU"]));
        edit.Sasaran[0].Indikator[0].KodeInduk = "9.9";
        var bad = await admin.PutAsJsonAsync($"/api/v1/satker/51.02/iku/{tahun}", edit);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("IKU induk 9.9 tidak ada", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        edit.Sasaran[0].Indikator[0].KodeInduk = "tiga";
        Assert.Contains("tulis kode IKU satker induk", await (await admin.PutAsJsonAsync($"/api/v1/satker/51.02/iku/{tahun}", edit)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var page = await TolokFactory.PostFormAsync(admin, $"/Iku/Edit?satker=51.05&tahun={tahun}&handler=Simpan", new Dictionary<string, string>
        {
            ["satker"] = "51.05",
            ["tahun"] = tahun.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Versi"] = "0",
            ["Input.Keterangan"] = "uji",
            ["Input.Sasaran[0].Uraian"] = "Sasaran",
            ["Input.Sasaran[0].Indikator[0].Uraian"] = "IKU",
            ["Input.Sasaran[0].Indikator[0].Polaritas"] = "Maksimal",
            ["Input.Sasaran[0].Indikator[0].KodeInduk"] = "7.7",
        }, $"/Iku/Edit?satker=51.05&tahun={tahun}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("IKU induk 7.7 tidak ada", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/satker/51.05/iku/{tahun}")).StatusCode);

        // The page's template form makes the set too.
        var fromPage = await TolokFactory.PostFormAsync(admin, $"/Iku/Edit?satker=51.05&tahun={tahun}&handler=Templat",
            new Dictionary<string, string> { ["satker"] = "51.05", ["tahun"] = $"{tahun}", ["sumber"] = "induk" }, $"/Iku/Edit?satker=51.05&tahun={tahun}");
        Assert.Equal(HttpStatusCode.Redirect, fromPage.StatusCode);
        Assert.Equal("1.1", Induk(Indikator(await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/satker/51.05/iku/{tahun}"))[0]));

        // The tree: the province's IKU with the regencies' IKU that support it; a regency's IKU with its parent's.
        var pohon = await admin.GetFromJsonAsync<JsonElement>($"{provinsi}/pohon");
        var partisipasi = pohon.GetProperty("indikator").EnumerateArray().Single(i => i.GetProperty("kode").GetString() == "1.2");
        Assert.Equal(new[] { "51.02", "51.03", "51.05" }, partisipasi.GetProperty("anak").EnumerateArray().Select(a => a.GetProperty("satker").GetString()).Order());
        Assert.Equal(3, pohon.GetProperty("anakBerIku").GetInt32());
        Assert.Equal(9, pohon.GetProperty("jumlahAnak").GetInt32());
        var bawah = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/satker/51.03/iku/{tahun}/pohon");
        Assert.Equal("Persentase tahapan tepat waktu", bawah.GetProperty("indikator")[0].GetProperty("induk").GetProperty("uraian").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{provinsi}/pohon")).StatusCode);
        var treePage = WebUtility.HtmlDecode(await admin.GetStringAsync($"/Iku/Pohon?satker=51&tahun={tahun}"));
        Assert.Contains("Komisi Pemilihan Umum Kabupaten Tabanan", treePage, StringComparison.Ordinal);
        Assert.Contains("3 dari 9 satker anak memiliki IKU", treePage, StringComparison.Ordinal);

        // Changing the template makes a new revision of the province's set; the regency's signed set stays as it was.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync(provinsi, Set(("Sasaran baru provinsi", ["IKU baru provinsi"])))).StatusCode);
        var after = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/satker/51.02/iku/{tahun}");
        Assert.Equal(1, after.GetProperty("revisi").GetInt32());
        Assert.Equal("Tingkat partisipasi pemilih", Indikator(after)[1].GetProperty("uraian").GetString());

        // The LKjIP's Bab II carries the tree as a table, the parent IKU grouping the IKU that support it.
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Tolok.Infrastructure.TolokDb>();
        var bahan = (await Tolok.Lkjip.BahanLaporan.LoadAsync(db, "51.03", tahun, false, false, CancellationToken.None))!;
        var tabel = Tolok.Lkjip.KinerjaDokumen.Lkjip(bahan).Isi.OfType<Tolok.Dokumen.Tabel>().Single(t => t.NamaLembar == "Pohon kinerja");
        Assert.Equal("1.1 IKU baru provinsi", tabel.Baris[0][0]!.Teks); // the parent's set as it stands now
        Assert.Contains(tabel.Baris, b => b[0]?.Teks == "(tidak dikaitkan ke IKU satker induk)" && b[0]!.Baris == 2);
    }

    [Fact]
    public async Task A_planner_assigned_to_a_regency_plans_there_only_and_reads_no_other_satker()
    {
        var tahun = app.NewYear();
        using var admin = await app.LoginAsync(Peran.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/satker/51/iku/{tahun}", Set(("Sasaran", ["IKU provinsi"])))).StatusCode);
        var (name, password) = await app.CreateUserAsync(false, Peran.Perencana);
        Assert.Equal(0, (await app.RunCliAsync("user", "pic", name, "--satker", "51.06", "--register", "*")).Exit);
        using var planner = await app.MasukAsync(name, password);

        // Own satker: template, edit, read.
        Assert.Equal(HttpStatusCode.Created, (await planner.PostAsJsonAsync($"/api/v1/satker/51.06/iku/{tahun}/templat", new { sumber = "induk" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await planner.PutAsJsonAsync($"/api/v1/satker/51.06/iku/{tahun}", Set(("Sasaran sendiri", ["IKU sendiri"])))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await planner.GetAsync($"/api/v1/satker/51.06/kinerja/{tahun}")).StatusCode);

        // Another satker (a sibling, the parent): no template, no edit through API or page, no internal reads.
        var other = await planner.PostAsJsonAsync($"/api/v1/satker/51.07/iku/{tahun}/templat", new { sumber = "induk" });
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Contains("satker 51.07", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await planner.PutAsJsonAsync($"/api/v1/satker/51/iku/{tahun}", Set(("Diubah", ["Diubah"])))).StatusCode);
        await TolokFactory.PostFormAsync(planner, $"/Iku/Edit?satker=51.07&tahun={tahun}&handler=Templat",
            new Dictionary<string, string> { ["satker"] = "51.07", ["tahun"] = $"{tahun}", ["sumber"] = "induk" }, $"/Iku/Edit?satker=51.06&tahun={tahun}");
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/satker/51.07/iku/{tahun}")).StatusCode);
        Assert.Equal("IKU provinsi", Indikator(await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/satker/51/iku/{tahun}"))[0].GetProperty("uraian").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await planner.GetAsync($"/api/v1/satker/51.07/kinerja/{tahun}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await planner.GetAsync($"/api/v1/satker/51/monitoring/{tahun}")).StatusCode);

        // A planner of the province reads its regencies (monitoring) but writes only the province.
        var (prov, password2) = await app.CreateUserAsync(false, Peran.Perencana);
        Assert.Equal(0, (await app.RunCliAsync("user", "pic", prov, "--satker", "51", "--register", "*")).Exit);
        using var provPlanner = await app.MasukAsync(prov, password2);
        Assert.Equal(HttpStatusCode.OK, (await provPlanner.GetAsync($"/api/v1/satker/51/monitoring/{tahun}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await provPlanner.GetAsync($"/api/v1/satker/51.06/kinerja/{tahun}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provPlanner.PutAsJsonAsync($"/api/v1/satker/51.06/iku/{tahun}", Set(("Diubah", ["Diubah"])))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provPlanner.GetAsync($"/api/v1/satker/52/monitoring/{tahun}")).StatusCode);
    }
}

public sealed class CascadingTestsSqlite(SqliteFactory app) : CascadingTests(app), IClassFixture<SqliteFactory>;

public sealed class CascadingTestsPostgres(PostgresFactory app) : CascadingTests(app), IClassFixture<PostgresFactory>;