using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Publik;

public abstract class PortalTests(TolokFactory app)
{
    private async Task ApproveAsync(string url)
    {
        using var perencana = await app.LoginAsync(Peran.Perencana);
        using var verifikator = await app.LoginAsync(Peran.Verifikator);
        using var pimpinan = await app.LoginAsync(Peran.Pimpinan);
        Assert.Equal(HttpStatusCode.OK, (await perencana.PostAsJsonAsync($"{url}/ajukan", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await verifikator.PostAsJsonAsync($"{url}/verifikasi", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await pimpinan.PostAsJsonAsync($"{url}/setujui", new { })).StatusCode);
    }

    [Fact]
    public async Task Only_approved_data_appear_served_from_cache_and_refreshed_on_approval()
    {
        Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);
        using var publik = app.CreateClient();
        using var reader = await app.PembacaAsync(); // internal reads need a sign-in (decision 87)

        var before = await publik.GetFromJsonAsync<JsonElement>("/api/v1/publik/satker/51.01/kinerja/2024.json");
        Assert.All(before.GetProperty("indikator").EnumerateArray(), i => Assert.False(i.GetProperty("disetujui").GetBoolean()));
        Assert.All(before.GetProperty("indikator").EnumerateArray(), i => Assert.Equal(JsonValueKind.Null, i.GetProperty("realisasi").ValueKind));
        var page = await publik.GetAsync("/Publik?satker=51.01&tahun=2024");
        Assert.Contains("belum disetujui", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var again = await publik.GetAsync("/Publik?satker=51.01&tahun=2024");
        Assert.NotNull(again.Headers.Age); // the second visitor is served from memory
        Assert.Equal(HttpStatusCode.NotFound, (await publik.GetAsync("/api/v1/publik/pemilihan/pemilu-2024/partisipasi/51.01.json?suratSuara=PPWP")).StatusCode);
        Assert.Contains("belum disetujui", await publik.GetStringAsync("/Publik/Partisipasi?pemilihan=pemilu-2024&surat=PPWP&kode=51.01"), StringComparison.Ordinal);

        // IKU 4.2 approved: the portal shows it at once (the cache is evicted) with the figures as approved.
        await ApproveAsync("/api/v1/satker/51.01/alur/realisasi/2024:tahunan:4.2");
        var after = await publik.GetFromJsonAsync<JsonElement>("/api/v1/publik/satker/51.01/kinerja/2024.json");
        var iku42 = after.GetProperty("indikator").EnumerateArray().Single(i => i.GetProperty("kode").GetString() == "4.2");
        Assert.True(iku42.GetProperty("disetujui").GetBoolean());
        Assert.Equal(66.67m, iku42.GetProperty("realisasi").GetDecimal());
        Assert.Contains("66,67%", await publik.GetStringAsync("/Publik?satker=51.01&tahun=2024"), StringComparison.Ordinal);

        // A later ruling changes the live figure but not the approved one.
        using var operatorClient = await app.LoginAsync(Peran.Operator);
        await operatorClient.PostAsJsonAsync("/api/v1/satker/51.01/sengketa", new { forum = "PTUN", nomorPerkara = "77/G/2024/PTUN.DPS", pihak = "Uji melawan KPU", peranKpu = "tergugat", pokok = "uji portal", tanggalRegistrasi = "2024-10-01", tanggalPutusan = "2024-11-20", putusan = "ditolak" });
        var live = await reader.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/kinerja/2024");
        Assert.Equal(75m, live.GetProperty("indikator").EnumerateArray().Single(i => i.GetProperty("kode").GetString() == "4.2").GetProperty("realisasi").GetDecimal());
        var csv = await publik.GetStringAsync("/api/v1/publik/satker/51.01/kinerja/2024.csv");
        Assert.StartsWith("satker,tahun,kode,uraian,satuan,disetujui,target,realisasi,capaian,kategori\n", csv, StringComparison.Ordinal);
        Assert.Contains(",true,100,66.67,66.67,\"merah\"", csv, StringComparison.Ordinal);

        // Participation approved by Jembrana: its kecamatan and desa appear, with open data.
        await ApproveAsync("/api/v1/satker/51.01/alur/partisipasi/pemilu-2024:PPWP");
        var portal = await publik.GetStringAsync("/Publik/Partisipasi?pemilihan=pemilu-2024&surat=PPWP&kode=51.01");
        Assert.Contains("Melaya", portal, StringComparison.Ordinal);
        Assert.Contains("<svg", portal, StringComparison.Ordinal);
        var open = await publik.GetFromJsonAsync<JsonElement>("/api/v1/publik/pemilihan/pemilu-2024/partisipasi/51.01.json?suratSuara=PPWP");
        Assert.Equal(5, open.GetProperty("anak").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await publik.GetAsync("/api/v1/publik/pemilihan/pemilu-2024/partisipasi/51.02.json?suratSuara=PPWP")).StatusCode); // Tabanan: not approved
        Assert.Contains("pemilu-2024", await publik.GetStringAsync("/Publik?satker=51.01&tahun=2024"), StringComparison.Ordinal);
    }
}

public sealed class PortalTestsSqlite(SqliteFactory app) : PortalTests(app), IClassFixture<SqliteFactory>;

public sealed class PortalTestsPostgres(PostgresFactory app) : PortalTests(app), IClassFixture<PostgresFactory>;
