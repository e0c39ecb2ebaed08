using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Kinerja;

public abstract class SkalaTests(TolokFactory app)
{
    [Fact]
    public async Task An_admin_replaces_the_traffic_light_scale_and_the_dashboard_follows()
    {
        Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);
        using var admin = await app.LoginAsync(Peran.Admin);
        using var perencana = await app.LoginAsync(Peran.Perencana);
        var scale = new[]
        {
            new { label = "merah", bawah = (decimal?)null, bawahInklusif = true, atas = (decimal?)60, atasInklusif = false, warna = "#c62828" },
            new { label = "kuning", bawah = (decimal?)60, bawahInklusif = true, atas = (decimal?)75, atasInklusif = false, warna = "#f9a825" },
            new { label = "hijau", bawah = (decimal?)75, bawahInklusif = true, atas = (decimal?)null, atasInklusif = false, warna = "#2e7d32" },
        };
        Assert.Equal(HttpStatusCode.Forbidden, (await perencana.PutAsJsonAsync("/api/v1/skala/capaian", scale)).StatusCode);
        var overlapping = scale.Select(s => s.label == "kuning" ? s with { atas = 80 } : s).ToArray();
        var bad = await admin.PutAsJsonAsync("/api/v1/skala/capaian", overlapping);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("tumpang tindih", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The edge 60 belongs to one band only: here to kuning (inclusive), not merah (exclusive).
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/v1/skala/capaian", scale)).StatusCode);

        var kinerja = await admin.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/kinerja/2024");
        var iku42 = kinerja.GetProperty("indikator").EnumerateArray().Single(i => i.GetProperty("kode").GetString() == "4.2"); // 66,67%
        Assert.Equal("kuning", iku42.GetProperty("kategori").GetProperty("label").GetString());
        var iku14 = kinerja.GetProperty("indikator").EnumerateArray().Single(i => i.GetProperty("kode").GetString() == "1.4"); // 80%
        Assert.Equal("hijau", iku14.GetProperty("kategori").GetProperty("label").GetString());
        Assert.Contains("name=\"Pita[0].Label\"", await admin.GetStringAsync("/Kinerja/Skala"), StringComparison.Ordinal);
    }
}

public sealed class SkalaTestsSqlite(SqliteFactory app) : SkalaTests(app), IClassFixture<SqliteFactory>;

public sealed class SkalaTestsPostgres(PostgresFactory app) : SkalaTests(app), IClassFixture<PostgresFactory>;
