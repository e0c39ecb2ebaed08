using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tolok.Infrastructure;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;
using Tolok.Tests.Partisipasi;

namespace Tolok.Tests.Kinerja;

/// <summary>
/// Computed figures are cached and recomputed exactly when a write changes them (issue 17, point 6): the change
/// stamps live in the database, so a write through any context — another app server's included — and the TPS import
/// in plain SQL invalidate, and a write to another satker does not.
/// </summary>
public abstract class TembolokTests(TolokFactory app)
{
    private static async Task<Dictionary<string, JsonElement>> KinerjaAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/kinerja/2024")).GetProperty("indikator").EnumerateArray()
            .ToDictionary(i => i.GetProperty("kode").GetString()!);

    [Fact]
    public async Task A_read_is_served_from_cache_until_a_write_changes_its_figures_on_any_path()
    {
        Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);
        var tembolok = app.Services.GetRequiredService<Tembolok>();
        using var reader = await app.PembacaAsync();
        var first = await KinerjaAsync(reader);
        Assert.Equal(3m, first["1.1"].GetProperty("realisasi").GetDecimal());
        var (kena, hitung) = (tembolok.Kena, tembolok.Hitung);
        await KinerjaAsync(reader);
        Assert.True(tembolok.Kena > kena, "the second read comes from the cache");
        Assert.Equal(hitung, tembolok.Hitung);

        // Another satker's write leaves Jembrana's figures cached.
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            var tabanan = await db.Satker.Where(s => s.Kode == "51.02").Select(s => s.Id).SingleAsync();
            db.Lhe.Add(new Tolok.Evaluasi.Lhe { SatkerId = tabanan, TahunDievaluasi = 2023, Evaluator = "Inspektorat uji", TanggalLhe = new DateOnly(2024, 8, 1), Nilai = 70 });
            await db.SaveChangesAsync();
        }
        hitung = tembolok.Hitung;
        await KinerjaAsync(reader);
        Assert.Equal(hitung, tembolok.Hitung);

        // A write through a context of its own (as another app server would write) to Jembrana's register: the late
        // report is now on time, and the next read says so.
        using (var scope = app.Services.CreateScope())
        {
            var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<TolokDb>>();
            await using var other = new TolokDb(options);
            var late = await other.LaporanRb.SingleAsync(l => other.Satker.Any(s => s.Id == l.SatkerId && s.Kode == "51.01") && l.TanggalDisampaikan > l.JatuhTempo);
            late.TanggalDisampaikan = late.JatuhTempo;
            await other.SaveChangesAsync();
        }
        Assert.Equal(4m, (await KinerjaAsync(reader))["1.1"].GetProperty("realisasi").GetDecimal());

        // The TPS import writes in plain SQL: one TPS of Jembrana corrected, and IKU 3.1 follows.
        var before = first["3.1"].GetProperty("pembilang").GetDecimal();
        using var admin = await app.LoginAsync(Peran.Admin);
        var desa = TpsFiles.DesaJembrana[0];
        var csv = TpsFiles.Csv([TpsFiles.Consistent(TpsFiles.Tps(desa, 1), 100, 110, 80, 90)]);
        var impor = await admin.PostAsync("/api/v1/pemilihan/pemilu-2024/tps/impor?suratSuara=PPWP&satker=51.01&partial=true",
            new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "berkas", "koreksi.csv" } });
        Assert.Equal(HttpStatusCode.OK, impor.StatusCode);
        Assert.NotEqual(before, (await KinerjaAsync(reader))["3.1"].GetProperty("pembilang").GetDecimal());
    }
}

public sealed class TembolokTestsSqlite(SqliteFactory app) : TembolokTests(app), IClassFixture<SqliteFactory>;

public sealed class TembolokTestsPostgres(PostgresFactory app) : TembolokTests(app), IClassFixture<PostgresFactory>;
