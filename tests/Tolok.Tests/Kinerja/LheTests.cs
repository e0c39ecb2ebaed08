using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tolok.Kinerja;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Kinerja;

public class PredikatTests
{
    [Theory]
    [InlineData(100, "AA")]
    [InlineData(90.01, "AA")]
    [InlineData(90, "A")]      // "AA > 90–100": exactly 90 is A
    [InlineData(80, "BB")]
    [InlineData(70, "B")]
    [InlineData(70.01, "BB")]
    [InlineData(30, "D")]
    [InlineData(0, "D")]
    public void Grades_have_the_documented_boundaries(double nilai, string predikat) =>
        Assert.Equal(predikat, CapaianCalculator.Kategori(SkalaCapaian.PredikatBawaan(), (decimal)nilai)?.Label);
}

public abstract class LheTests(TolokFactory app)
{
    [Fact]
    public async Task Lhe_score_gives_iku_1_2_with_its_grade_and_bad_scores_are_refused()
    {
        Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);
        using var client = await app.PembacaAsync();
        var lhe = await client.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/lhe");
        Assert.Equal("BB", lhe.EnumerateArray().Single(l => l.GetProperty("tahunDievaluasi").GetInt32() == 2023).GetProperty("predikat").GetString());
        Assert.Equal("B", lhe.EnumerateArray().Single(l => l.GetProperty("tahunDievaluasi").GetInt32() == 2022).GetProperty("predikat").GetString());

        var kinerja = await client.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/kinerja/2024");
        var iku12 = kinerja.GetProperty("indikator").EnumerateArray().Single(i => i.GetProperty("kode").GetString() == "1.2");
        Assert.Equal(72.45m, iku12.GetProperty("realisasi").GetDecimal());
        Assert.Equal(Math.Round(72.45m / 75 * 100, 2), iku12.GetProperty("capaian").GetDecimal());

        using var operatorClient = await app.LoginAsync(Peran.Operator);
        var bad = await operatorClient.PostAsJsonAsync("/api/v1/satker/51/lhe", new { tahunDievaluasi = 2024, evaluator = "Inspektorat", tanggalLhe = "2025-08-01", nilai = 80, perencanaan = 31, pengukuran = 20, pelaporan = 10, evaluasiInternal = 20 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("perencanaan", out _));
        Assert.Contains("tidak sama dengan jumlah komponen", errors.GetProperty("nilai")[0].GetString(), StringComparison.Ordinal);
    }
}

public sealed class LheTestsSqlite(SqliteFactory app) : LheTests(app), IClassFixture<SqliteFactory>;

public sealed class LheTestsPostgres(PostgresFactory app) : LheTests(app), IClassFixture<PostgresFactory>;
