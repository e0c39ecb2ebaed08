using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Alur;

public abstract class AlurTests(TolokFactory app)
{
    private static async Task<(HttpStatusCode Status, string? Galat, string? State)> ActAsync(HttpClient client, string url, string aksi, string? catatan = null)
    {
        var response = await client.PostAsJsonAsync($"{url}/{aksi}", new { catatan });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return response.StatusCode == HttpStatusCode.OK
            ? (response.StatusCode, null, body.GetProperty("status").GetString())
            : (response.StatusCode, body.TryGetProperty("errors", out var e) ? e.GetProperty("aksi")[0].GetString()
                : body.TryGetProperty("detail", out var d) ? d.GetString() : null, null); // 409: the item is not in a state for it
    }

    [Fact]
    public async Task A_row_goes_from_draft_to_approved_nobody_checks_their_own_and_approved_is_locked()
    {
        using var operatorClient = await app.LoginAsync(Peran.Operator);
        using var verifikator = await app.LoginAsync(Peran.Verifikator);
        using var pimpinan = await app.LoginAsync(Peran.Pimpinan);
        using var admin = await app.LoginAsync(Peran.Admin);
        var report = new { nama = "Laporan RB alur", periodeDari = "2044-01-01", periodeSampai = "2044-03-31", jatuhTempo = "2044-04-10", tanggalDisampaikan = "2044-04-12" };
        var id = (await (await operatorClient.PostAsJsonAsync("/api/v1/satker/51/laporan/rb", report)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var url = $"/api/v1/satker/51/alur/laporan-rb/{id}";

        Assert.Equal("draf", (await operatorClient.GetFromJsonAsync<JsonElement>(url)).GetProperty("status").GetString());
        Assert.Equal("diajukan", (await ActAsync(operatorClient, url, "ajukan")).State);
        // Submitted rows are locked while they are checked.
        Assert.Equal(HttpStatusCode.Conflict, (await TolokFactory.PutVersiAsync(operatorClient, $"/api/v1/satker/51/laporan/rb/{id}", report)).StatusCode);
        Assert.Contains("Verifikator", (await ActAsync(operatorClient, url, "verifikasi")).Galat, StringComparison.Ordinal);
        Assert.Contains("catatan", (await ActAsync(verifikator, url, "kembalikan")).Galat, StringComparison.Ordinal);
        Assert.Equal("dikembalikan", (await ActAsync(verifikator, url, "kembalikan", "Tanggal disampaikan keliru; lihat agenda surat.")).State);

        // The operator fixes it and submits again; the verifier verifies; the head approves.
        Assert.Equal(HttpStatusCode.OK, (await TolokFactory.PutVersiAsync(operatorClient, $"/api/v1/satker/51/laporan/rb/{id}", report with { tanggalDisampaikan = "2044-04-09" })).StatusCode);
        Assert.Equal("diajukan", (await ActAsync(operatorClient, url, "ajukan")).State);
        var early = await ActAsync(pimpinan, url, "setujui");
        Assert.Equal(HttpStatusCode.Conflict, early.Status);
        Assert.Contains("sudah diverifikasi", early.Galat, StringComparison.Ordinal);
        Assert.Equal("diverifikasi", (await ActAsync(verifikator, url, "verifikasi")).State);
        Assert.Equal("disetujui", (await ActAsync(pimpinan, url, "setujui")).State);

        var locked = await TolokFactory.PutVersiAsync(operatorClient, $"/api/v1/satker/51/laporan/rb/{id}", report);
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
        Assert.Contains("terkunci", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Admin atau Pimpinan", (await ActAsync(operatorClient, url, "buka", "perlu diubah")).Galat, StringComparison.Ordinal);
        Assert.Contains("alasan", (await ActAsync(admin, url, "buka")).Galat, StringComparison.Ordinal);
        Assert.Equal("draf", (await ActAsync(admin, url, "buka", "Salah ketik nama laporan.")).State);
        Assert.Equal(HttpStatusCode.OK, (await TolokFactory.PutVersiAsync(operatorClient, $"/api/v1/satker/51/laporan/rb/{id}", report with { nama = "Laporan RB alur (diperbaiki)" })).StatusCode);

        var history = (await operatorClient.GetFromJsonAsync<JsonElement>(url)).GetProperty("riwayat");
        Assert.Equal(["diajukan", "dikembalikan", "diajukan", "diverifikasi", "disetujui", "draf"], history.EnumerateArray().Select(r => r.GetProperty("ke").GetString()));
        Assert.Equal("Tanggal disampaikan keliru; lihat agenda surat.", history[1].GetProperty("catatan").GetString());
        Assert.Equal("Salah ketik nama laporan.", history[5].GetProperty("catatan").GetString());

        // The item's page shows its history and, to those who may read the audit trail, the row's changes.
        var page = WebUtility.HtmlDecode(await pimpinan.GetStringAsync($"/Alur?satker=51&jenis=laporan-rb&kunci={id}"));
        Assert.Contains("Salah ketik nama laporan.", page, StringComparison.Ordinal);
        Assert.Contains("Perubahan data (jejak audit)", page, StringComparison.Ordinal);
        Assert.Contains("Laporan RB alur (diperbaiki)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Perubahan data (jejak audit)", await operatorClient.GetStringAsync($"/Alur?satker=51&jenis=laporan-rb&kunci={id}"), StringComparison.Ordinal);
        Assert.Contains("Persetujuan publikasi data", await pimpinan.GetStringAsync("/Partisipasi?pemilihan=pemilu-2024&kode=51"), StringComparison.Ordinal);

        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"{url}/ajukan", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/satker/51/alur/laporan-rb/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/satker/51.01/alur/laporan-rb/{id}")).StatusCode); // another satker's row
    }

    [Fact]
    public async Task Whoever_submitted_cannot_verify_or_approve_even_with_those_roles()
    {
        using var both = await app.LoginAsync(Peran.Operator, Peran.Verifikator, Peran.Pimpinan);
        var id = (await (await both.PostAsJsonAsync("/api/v1/satker/51/lhe", new { tahunDievaluasi = 2044, evaluator = "Alur uji", tanggalLhe = "2045-01-02", nilai = 80 }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var url = $"/api/v1/satker/51/alur/lhe/{id}";
        Assert.Equal("diajukan", (await ActAsync(both, url, "ajukan")).State);
        Assert.Contains("sendiri", (await ActAsync(both, url, "verifikasi")).Galat, StringComparison.Ordinal);
        Assert.Contains("sendiri", (await ActAsync(both, url, "kembalikan", "x")).Galat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_approved_realisation_keeps_its_figures_and_locks_the_manual_value()
    {
        Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);
        using var perencana = await app.LoginAsync(Peran.Perencana);
        using var verifikator = await app.LoginAsync(Peran.Verifikator);
        using var pimpinan = await app.LoginAsync(Peran.Pimpinan);
        var url = "/api/v1/satker/51.01/alur/realisasi/2024:tahunan:4.2";
        Assert.Equal("diajukan", (await ActAsync(perencana, url, "ajukan")).State);
        Assert.Equal("diverifikasi", (await ActAsync(verifikator, url, "verifikasi")).State);
        Assert.Equal("disetujui", (await ActAsync(pimpinan, url, "setujui")).State);
        Assert.Equal(HttpStatusCode.NotFound, (await pimpinan.GetAsync("/api/v1/satker/51.01/alur/realisasi/2024:tahunan:9.9")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pimpinan.GetAsync("/api/v1/satker/51.01/alur/realisasi/2024:semester:4.2")).StatusCode);

        var page = await pimpinan.GetStringAsync("/Kinerja/Rincian?satker=51.01&tahun=2024&kode=4.2");
        Assert.Contains(">disetujui<", page, StringComparison.Ordinal);
    }
}

public sealed class AlurTestsSqlite(SqliteFactory app) : AlurTests(app), IClassFixture<SqliteFactory>;

public sealed class AlurTestsPostgres(PostgresFactory app) : AlurTests(app), IClassFixture<PostgresFactory>;
