using System.Net.Http.Json;
using System.Text.Json;
using Tolok.Iku;
using Tolok.Kinerja;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Kinerja;

/// <summary>The year-end forecast of issue 18: the pace against the target curve, and the flag it raises.</summary>
public static class ProyeksiHitungTests
{
    [Fact]
    public static void A_quarter_behind_its_cumulative_target_forecasts_a_miss()
    {
        // 30 reached against a TW2 target of 50 on the way to 100: at that pace the year ends at 60.
        var p = Proyeksi.Hitung(Polaritas.Maksimal, 50, 100, 30)!;
        Assert.Equal((60m, true), ((decimal)p.Nilai!, p.Berisiko));
        Assert.Contains("di bawah target tahunan", p.Alasan, StringComparison.Ordinal);
        // Ahead of the curve: no flag.
        Assert.Equal(false, Proyeksi.Hitung(Polaritas.Maksimal, 50, 100, 55)!.Berisiko);
        // Lower is better: 30 complaints by mid-year against 20 planned, 40 for the year, forecasts 60 → at risk.
        Assert.Equal(true, Proyeksi.Hitung(Polaritas.Minimal, 20, 40, 30)!.Berisiko);
        // No target for the quarter: the level reached holds (a percentage such as reports on time).
        var level = Proyeksi.Hitung(Polaritas.Maksimal, null, 100, 75)!;
        Assert.Equal((75m, true), ((decimal)level.Nilai!, level.Berisiko));
        Assert.Null(Proyeksi.Hitung(Polaritas.Maksimal, 50, null, 30));
        // Nothing planned by the quarter (a once-a-year report): no pace, no forecast; an absurd target does not throw.
        Assert.Null(Proyeksi.Hitung(Polaritas.Maksimal, 0, 1, 0));
        Assert.Null(Proyeksi.Hitung(Polaritas.Maksimal, 0.0001m, 99_999_999_999_999m, 100_000_000_000m));
        Assert.Null(Proyeksi.Hitung(Polaritas.Maksimal, 50, 100, null));
    }

    [Fact]
    public static void A_category_holds_its_label_and_is_pending_without_one()
    {
        string[] opini = ["TMP", "TW", "WDP", "WTP"];
        Assert.Equal(true, Proyeksi.HitungKategori(opini, "WTP", "WDP")!.Berisiko);
        Assert.Equal(false, Proyeksi.HitungKategori(opini, "WTP", "WTP")!.Berisiko);
        var menunggu = Proyeksi.HitungKategori(opini, "WTP", null)!;
        Assert.Null(menunggu.Berisiko);
        Assert.Contains("menunggu", menunggu.Alasan, StringComparison.Ordinal);
    }

    [Fact]
    public static void Without_an_opinion_the_pending_financial_report_decides_the_flag()
    {
        string[] opini = ["TMP", "TW", "WDP", "WTP"];
        Tolok.Laporan.LaporanKeuangan Lk(DateOnly? disampaikan, DateOnly? batas, bool? sap) =>
            new() { TahunAnggaran = 2024, Jenis = "LK", Pemeriksa = "BPK", TanggalDisampaikan = disampaikan, BatasWaktu = batas, SesuaiSap = sap };
        var tw1 = new DateOnly(2025, 3, 31);
        Tertunda T(params Tolok.Laporan.LaporanKeuangan[] rows) => Proyeksi.LaporanKeuangan(rows, 2025, tw1);

        Assert.Null(T().Berisiko);
        Assert.Contains("belum tercatat", T().Alasan, StringComparison.Ordinal);
        // Past its deadline and not delivered by the quarter's end: at risk; before the deadline: unknown.
        Assert.Equal(true, T(Lk(null, new DateOnly(2025, 2, 28), null)).Berisiko);
        Assert.Equal(true, T(Lk(new DateOnly(2025, 4, 5), new DateOnly(2025, 2, 28), null)).Berisiko);
        Assert.Null(T(Lk(null, new DateOnly(2025, 4, 30), null)).Berisiko);
        // Delivered: waiting for the auditor, unless prepared outside the standards.
        var menunggu = T(Lk(new DateOnly(2025, 2, 20), new DateOnly(2025, 2, 28), true));
        Assert.Null(menunggu.Berisiko);
        Assert.Contains("menunggu opini BPK", menunggu.Alasan, StringComparison.Ordinal);
        Assert.Equal(true, T(Lk(new DateOnly(2025, 2, 20), new DateOnly(2025, 2, 28), false)).Berisiko);
        // Another fiscal year's report is not the one pending.
        Assert.Contains("belum tercatat", T(new Tolok.Laporan.LaporanKeuangan { TahunAnggaran = 2023, Jenis = "LK", Pemeriksa = "BPK" }).Alasan, StringComparison.Ordinal);
        var hasil = Proyeksi.HitungKategori(opini, "WTP", null, T(Lk(null, new DateOnly(2025, 2, 28), null)))!;
        Assert.Equal(true, hasil.Berisiko);
        Assert.Contains("Target WTP", hasil.Alasan, StringComparison.Ordinal);
    }
}

/// <summary>Through the API on the demo data: every IKU with quarterly figures carries a forecast and a flag.</summary>
public abstract class ProyeksiTests(TolokFactory app)
{
    [Fact]
    public async Task A_quarter_of_the_demo_carries_a_forecast_and_a_flag_for_every_iku_with_data()
    {
        Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);
        using var reader = await app.PembacaAsync();
        var tw2 = (await reader.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/kinerja/2024?periode=TW2")).GetProperty("indikator").EnumerateArray().ToList();
        var berdata = tw2.Where(i => i.GetProperty("realisasi").ValueKind != JsonValueKind.Null && i.GetProperty("target").ValueKind != JsonValueKind.Null).ToList();
        Assert.NotEmpty(berdata);
        var tahunan = (await reader.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/target/2024")).EnumerateArray()
            .ToDictionary(t => t.GetProperty("kode").GetString()!);
        foreach (var i in berdata)
        {
            var kode = i.GetProperty("kode").GetString()!;
            Assert.True(i.TryGetProperty("proyeksi", out var proyeksi), kode);
            Assert.True(i.TryGetProperty("berisiko", out var berisiko), kode);
            if (i.GetProperty("realisasi").ValueKind == JsonValueKind.Number && tahunan[kode].GetProperty("tahunan").ValueKind == JsonValueKind.Number)
            {
                Assert.Equal(JsonValueKind.Number, proyeksi.ValueKind);
                Assert.True(berisiko.ValueKind is JsonValueKind.True or JsonValueKind.False, kode);
                Assert.False(string.IsNullOrWhiteSpace(i.GetProperty("alasanRisiko").GetString()));
            }
        }
        // The annual view is not a forecast.
        var year = (await reader.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/kinerja/2024")).GetProperty("indikator").EnumerateArray();
        Assert.All(year, i => Assert.Equal(JsonValueKind.Null, i.GetProperty("berisiko").ValueKind));
        // The dashboard shows the flag and states the method.
        var page = await reader.GetStringAsync("/Kinerja?satker=51.01&tahun=2024&periode=TW2");
        Assert.Contains("Peringatan dini", page, StringComparison.Ordinal);
        if (berdata.Any(i => i.GetProperty("berisiko").ValueKind == JsonValueKind.True))
        {
            Assert.Contains("berisiko tidak tercapai", page, StringComparison.Ordinal);
        }
    }
}

public sealed class ProyeksiTestsSqlite(SqliteFactory app) : ProyeksiTests(app), IClassFixture<SqliteFactory>;

public sealed class ProyeksiTestsPostgres(PostgresFactory app) : ProyeksiTests(app), IClassFixture<PostgresFactory>;
