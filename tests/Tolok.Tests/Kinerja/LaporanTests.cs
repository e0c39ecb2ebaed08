using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Kinerja;

public abstract class LaporanTests(TolokFactory app)
{
    [Fact]
    public async Task Report_registers_are_written_by_data_roles_and_checked()
    {
        using var anonymous = app.CreateClient();
        using var reader = await app.PembacaAsync(); // internal reads need a sign-in (decision 87)
        using var operatorClient = await app.LoginAsync(Peran.Operator);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/satker/51/laporan/rb", new { nama = "x" })).StatusCode);
        var bad = await operatorClient.PostAsJsonAsync("/api/v1/satker/51/laporan/rb", new { nama = "", periodeDari = "2024-06-30", periodeSampai = "2024-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("nama", out _) && errors.TryGetProperty("periodeSampai", out _) && errors.TryGetProperty("jatuhTempo", out _));

        var late = await operatorClient.PostAsJsonAsync("/api/v1/satker/51/laporan/rb", new { nama = "Laporan RB uji", periodeDari = "2030-01-01", periodeSampai = "2030-03-31", jatuhTempo = "2030-04-10", tanggalDisampaikan = "2030-04-11" });
        Assert.Equal(HttpStatusCode.Created, late.StatusCode);
        Assert.False((await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tepatWaktu").GetBoolean());
        var due2030 = await reader.GetFromJsonAsync<JsonElement>("/api/v1/satker/51/laporan/rb?tahun=2030");
        Assert.Equal(1, due2030.GetArrayLength());

        var badOpinion = await operatorClient.PostAsJsonAsync("/api/v1/satker/51/laporan/keuangan", new { tahunAnggaran = 2029, jenis = "LK", pemeriksa = "BPK", hasil = "BAGUS", tanggalHasil = "2030-05-01" });
        Assert.Equal(HttpStatusCode.BadRequest, badOpinion.StatusCode);
        var opinion = await operatorClient.PostAsJsonAsync("/api/v1/satker/51/laporan/keuangan", new { tahunAnggaran = 2029, jenis = "LK", pemeriksa = "BPK", hasil = "wdp", tanggalHasil = "2030-05-01" });
        Assert.Equal(HttpStatusCode.Created, opinion.StatusCode);
        Assert.Equal("WDP", (await opinion.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hasil").GetString());
    }
}

public abstract class LayananTests(TolokFactory app)
{
    [Fact]
    public async Task Services_catalogue_and_log_give_the_share_delivered()
    {
        using var anonymous = app.CreateClient();
        using var reader = await app.PembacaAsync(); // internal reads need a sign-in (decision 87)
        using var operatorClient = await app.LoginAsync(Peran.Operator);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/satker/51/layanan", new { tahun = 2031, nama = "x" })).StatusCode);

        var a = await (await operatorClient.PostAsJsonAsync("/api/v1/satker/51/layanan", new { tahun = 2031, nama = "Layanan A" })).Content.ReadFromJsonAsync<JsonElement>();
        await operatorClient.PostAsJsonAsync("/api/v1/satker/51/layanan", new { tahun = 2031, nama = "Layanan B" });
        Assert.Equal(HttpStatusCode.BadRequest, (await operatorClient.PostAsJsonAsync("/api/v1/satker/51/layanan", new { tahun = 2031, nama = "Layanan A" })).StatusCode);
        var id = a.GetProperty("id").GetInt32();
        var wrongYear = await operatorClient.PostAsJsonAsync($"/api/v1/satker/51/layanan/{id}/pelaksanaan", new { tanggal = "2030-12-31", kanal = "PPID", jenisPemohon = "masyarakat", perihal = "uji", terpenuhi = true });
        Assert.Equal(HttpStatusCode.BadRequest, wrongYear.StatusCode);
        var ok = await operatorClient.PostAsJsonAsync($"/api/v1/satker/51/layanan/{id}/pelaksanaan", new { tanggal = "2031-05-02", kanal = "PPID", jenisPemohon = "masyarakat", perihal = "uji", terpenuhi = true });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);

        var tw1 = await reader.GetFromJsonAsync<JsonElement>("/api/v1/satker/51/layanan/2031?periode=TW1");
        var tw2 = await reader.GetFromJsonAsync<JsonElement>("/api/v1/satker/51/layanan/2031?periode=TW2");
        Assert.Equal(0, tw1.EnumerateArray().Count(l => l.GetProperty("terlaksanaPadaPeriode").GetBoolean()));
        Assert.Equal(1, tw2.EnumerateArray().Count(l => l.GetProperty("terlaksanaPadaPeriode").GetBoolean()));
    }
}

public sealed class LayananTestsSqlite(SqliteFactory app) : LayananTests(app), IClassFixture<SqliteFactory>;

public sealed class LaporanTestsSqlite(SqliteFactory app) : LaporanTests(app), IClassFixture<SqliteFactory>;

public sealed class LaporanTestsPostgres(PostgresFactory app) : LaporanTests(app), IClassFixture<PostgresFactory>;
