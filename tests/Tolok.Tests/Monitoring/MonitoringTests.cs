using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tolok.Iku;
using Tolok.Kinerja;
using Tolok.Monitoring;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Monitoring;

/// <summary>The aggregates of the monitoring matrix: sums of numerators and denominators, never a mean of percentages.</summary>
public static class AgregatTests
{
    private static IndikatorKinerjaDto Dto(string kode, object? realisasi, decimal? pembilang, decimal? penyebut, Polaritas polaritas = Polaritas.Maksimal, string? satuan = "%") =>
        new(kode, "uji", satuan, polaritas, null, realisasi, pembilang, penyebut, null, null, false, null);

    [Fact]
    public static void A_ratio_sums_its_parts_a_score_is_averaged_a_category_is_counted()
    {
        var rasio = new KolomMonitoringDto("3.1", "uji", "%", Polaritas.Maksimal, MonitoringQuery.Rasio);
        var a = MonitoringQuery.Hitung(rasio, [Dto("3.1", 50m, 1, 2), Dto("3.1", 99m, 99, 100), Dto("3.1", null, null, null)]);
        Assert.Equal((100m, 102m, 98.04m, 2), (a.Pembilang!.Value, a.Penyebut!.Value, a.Nilai!.Value, a.JumlahUnit)); // not (50 + 99) / 2 = 74,5

        var skor = new KolomMonitoringDto("1.2", "uji", "nilai", Polaritas.Maksimal, MonitoringQuery.Skor);
        Assert.Equal(70.5m, MonitoringQuery.Hitung(skor, [Dto("1.2", 65m, null, null, satuan: "nilai"), Dto("1.2", 76m, null, null, satuan: "nilai")]).Nilai);

        var kategori = new KolomMonitoringDto("1.3", "uji", null, Polaritas.Kategorikal, MonitoringQuery.Kategori);
        var k = MonitoringQuery.Hitung(kategori, [Dto("1.3", "WTP", null, null, Polaritas.Kategorikal), Dto("1.3", "WTP", null, null, Polaritas.Kategorikal), Dto("1.3", "WDP", null, null, Polaritas.Kategorikal)]);
        Assert.Null(k.Nilai);
        Assert.Equal(2, k.Sebaran["WTP"]);
        Assert.Equal(1, k.Sebaran["WDP"]);
        Assert.Equal(MonitoringQuery.Rasio, MonitoringQuery.Agregasi(Dto("1.4", 80m, 4, 5)));
        Assert.Equal(MonitoringQuery.Kategori, MonitoringQuery.Agregasi(Dto("1.3", "WTP", null, null, Polaritas.Kategorikal)));
    }
}

/// <summary>The 553 satker, and a parent's monitoring through the API, the page and the XLSX, within the reader's scope.</summary>
public abstract class MonitoringTests(TolokFactory app)
{
    [Fact]
    public async Task Every_kpu_office_is_seeded_with_its_official_name_and_reseeding_keeps_local_edits()
    {
        using var anonymous = app.CreateClient();
        var list = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/satker");
        var byKode = list.EnumerateArray().ToDictionary(s => s.GetProperty("kode").GetString()!, s => (Nama: s.GetProperty("nama").GetString(), Induk: s.GetProperty("kodeInduk").GetString()));
        Assert.Equal(553, byKode.Count);
        Assert.Equal(38, byKode.Values.Count(s => s.Induk == "RI"));
        Assert.Equal(514, byKode.Count(s => s.Key.Contains('.', StringComparison.Ordinal) && byKode.ContainsKey(s.Value.Induk!)));
        Assert.Equal("Komisi Pemilihan Umum Provinsi Bali", byKode["51"].Nama);
        Assert.Equal("Komisi Pemilihan Umum Kota Denpasar", byKode["51.71"].Nama);
        Assert.Equal("Komisi Pemilihan Umum Kabupaten Administrasi Kepulauan Seribu", byKode["31.01"].Nama);
        Assert.Equal("Komisi Independen Pemilihan Aceh", byKode["11"].Nama);
        Assert.Equal(("Komisi Independen Pemilihan Kabupaten Aceh Selatan", "11"), byKode["11.01"]);
        Assert.Equal("Komisi Pemilihan Umum Provinsi DKI Jakarta", byKode["31"].Nama);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Tolok.Infrastructure.TolokDb>();
        var tabanan = await db.Satker.SingleAsync(s => s.Kode == "51.02");
        tabanan.Alamat = "Jl. Uji No. 1, Tabanan";
        tabanan.Nama = "Komisi Pemilihan Umum Kabupaten Tabanan (nama diubah)";
        await db.SaveChangesAsync();
        await Tolok.Satker.SatkerSeed.EnsureAsync(db, false, CancellationToken.None);
        Assert.Equal(553, await db.Satker.CountAsync());
        var again = await db.Satker.AsNoTracking().SingleAsync(s => s.Kode == "51.02");
        Assert.Equal(("Komisi Pemilihan Umum Kabupaten Tabanan (nama diubah)", "Jl. Uji No. 1, Tabanan"), (again.Nama, again.Alamat));
        tabanan.Nama = "Komisi Pemilihan Umum Kabupaten Tabanan";
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_province_monitors_its_regencies_in_scope_with_stated_aggregates_and_an_xlsx()
    {
        Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/satker/51/monitoring/2024")).StatusCode);

        using var reader = await app.PembacaAsync();
        var m = await reader.GetFromJsonAsync<JsonElement>("/api/v1/satker/51/monitoring/2024?periode=TW4");
        var units = m.GetProperty("unit").EnumerateArray().ToList();
        Assert.Equal(9, units.Count); // Bali's 8 kabupaten and 1 kota
        var jembrana = units.Single(u => u.GetProperty("kode").GetString() == "51.01");
        Assert.True(jembrana.GetProperty("punyaIku").GetBoolean());
        Assert.Equal(10, jembrana.GetProperty("jumlahIku").GetInt32());
        Assert.Equal("belum ada IKU", units.Single(u => u.GetProperty("kode").GetString() == "51.71").GetProperty("status").GetString());
        // The matrix agrees with the unit's own dashboard, and the ratio aggregate is its numerator over its denominator.
        var kinerja = (await reader.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/kinerja/2024?periode=TW4")).GetProperty("indikator").EnumerateArray()
            .ToDictionary(i => i.GetProperty("kode").GetString()!);
        var cell = jembrana.GetProperty("nilai").EnumerateArray().Single(c => c.GetProperty("kode").GetString() == "3.1");
        Assert.Equal(kinerja["3.1"].GetProperty("realisasi").GetDecimal(), cell.GetProperty("realisasi").GetDecimal());
        var agregat = m.GetProperty("agregat").EnumerateArray().ToDictionary(a => a.GetProperty("kode").GetString()!);
        Assert.Equal("rasio", agregat["3.1"].GetProperty("agregasi").GetString());
        Assert.Equal(kinerja["3.1"].GetProperty("pembilang").GetDecimal(), agregat["3.1"].GetProperty("pembilang").GetDecimal());
        Assert.Equal("kategori", agregat["1.3"].GetProperty("agregasi").GetString());
        Assert.Equal(1, agregat["1.3"].GetProperty("sebaran").GetProperty("WTP").GetInt32());

        // KPU RI: its provinces, or all 514 regencies and cities at once.
        Assert.Equal(38, (await reader.GetFromJsonAsync<JsonElement>("/api/v1/satker/RI/monitoring/2024")).GetProperty("unit").GetArrayLength());
        Assert.Equal(514, (await reader.GetFromJsonAsync<JsonElement>("/api/v1/satker/RI/monitoring/2024?tingkat=kabupaten")).GetProperty("unit").GetArrayLength());
        var bad = await reader.GetAsync("/api/v1/satker/51/monitoring/2024?tingkat=desa");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("tingkat \"desa\" tidak dikenal", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/api/v1/satker/99/monitoring/2024")).StatusCode);

        // A regency's user reads its own office, not the province's matrix; a province's user reads it.
        var (regency, password) = await app.CreateUserAsync(false, Peran.Verifikator);
        Assert.Equal(0, (await app.RunCliAsync("user", "pic", regency, "--satker", "51.01", "--register", "*")).Exit);
        using var regencyClient = await app.MasukAsync(regency, password);
        Assert.Equal(HttpStatusCode.Forbidden, (await regencyClient.GetAsync("/api/v1/satker/51/monitoring/2024")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await regencyClient.GetAsync("/api/v1/satker/51.01/kinerja/2024")).StatusCode);
        var (province, password2) = await app.CreateUserAsync(false, Peran.Verifikator);
        Assert.Equal(0, (await app.RunCliAsync("user", "pic", province, "--satker", "51", "--register", "*")).Exit);
        using var provinceClient = await app.MasukAsync(province, password2);
        Assert.Equal(HttpStatusCode.OK, (await provinceClient.GetAsync("/api/v1/satker/51/monitoring/2024")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provinceClient.GetAsync("/api/v1/satker/52/monitoring/2024")).StatusCode);

        // The page: filtered by colour and sorted, each unit linked to its dashboard.
        var page = await provinceClient.GetStringAsync("/Monitoring?satker=51&tahun=2024&periode=TW4&status=belum+ada+IKU");
        Assert.DoesNotContain("Kabupaten Jembrana</a>", page, StringComparison.Ordinal);
        Assert.Contains("Kota Denpasar</a>", page, StringComparison.Ordinal);
        page = await provinceClient.GetStringAsync("/Monitoring?satker=51&tahun=2024&periode=TW4&urut=3.1");
        Assert.Contains("/Kinerja?satker=51.01&amp;tahun=2024&amp;periode=TW4", page, StringComparison.Ordinal);

        // The XLSX: one row per unit with the figures, read back by an OpenXML reader.
        var xlsx = await provinceClient.GetByteArrayAsync("/api/v1/satker/51/monitoring/2024.xlsx?periode=TW4");
        using var stream = new MemoryStream(xlsx);
        using var doc = SpreadsheetDocument.Open(stream, false);
        var shared = doc.WorkbookPart!.SharedStringTablePart?.SharedStringTable.InnerText ?? "";
        var inline = string.Concat(doc.WorkbookPart.WorksheetParts.Select(w => w.Worksheet.InnerText));
        Assert.Contains("Komisi Pemilihan Umum Kabupaten Jembrana", shared + inline, StringComparison.Ordinal);
        Assert.Contains("IKU 3.1", shared + inline, StringComparison.Ordinal);
    }
}

public sealed class MonitoringTestsSqlite(SqliteFactory app) : MonitoringTests(app), IClassFixture<SqliteFactory>;

public sealed class MonitoringTestsPostgres(PostgresFactory app) : MonitoringTests(app), IClassFixture<PostgresFactory>;

/// <summary>
/// The national demo (553 satker) on SQLite: every unit's figures computed together for the KPU RI matrix (one read per
/// table for all 514 kabupaten/kota) equal the same unit's figures computed alone, so rows never cross between units.
/// </summary>
public sealed class MonitoringNasionalTests(SqliteFactory app) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task The_matrix_computed_for_all_units_at_once_equals_each_unit_computed_alone()
    {
        Assert.Equal(0, (await app.RunCliAsync("demo", "--nasional")).Exit);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Tolok.Infrastructure.TolokDb>();
        var daftar = await Tolok.Satker.DaftarSatker.AmbilAsync(db, CancellationToken.None);
        var units = MonitoringQuery.Unit(daftar, daftar.PerKode["RI"], MonitoringQuery.Kabupaten);
        Assert.Equal(514, units.Count);
        foreach (var periode in new[] { "TW2", "tahunan" })
        {
            var together = await KinerjaQuery.SemuaAsync(db, units, 2024, periode, id => "uji|" + periode + "|" + id, CancellationToken.None);
            Assert.True(together.Count > 500, $"{together.Count} unit ber-IKU");
            // Every 17th unit, and Bali's (different registers per unit), computed alone through the document path.
            foreach (var unit in units.Where((u, i) => i % 17 == 0 || u.Kode.StartsWith("51.", StringComparison.Ordinal)))
            {
                var iku = await IkuStore.LoadAsync(db, unit.Kode, 2024, null, CancellationToken.None);
                Assert.NotNull(iku);
                var alone = await KinerjaQuery.GetAsync(db, iku, 2024, periode, CancellationToken.None);
                Assert.Equal(JsonSerializer.Serialize(alone), JsonSerializer.Serialize(together[unit.Id]));
            }
        }
    }
}
