using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;
using Tolok.Wilayah;

namespace Tolok.Tests.Partisipasi;

/// <summary>Coverage is counted against the election's TPS list, never against the TPS that happen to have data (issue 15, point 1).</summary>
public abstract class CakupanTests(TolokFactory app)
{
    private static MultipartFormDataContent Berkas(string csv, string name = "tps.csv") =>
        new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "berkas", name } };

    private static async Task<JsonElement> CakupanAsync(HttpClient client, string pemilihan, string surat, string kode)
    {
        var json = await client.GetFromJsonAsync<JsonElement>($"/api/v1/pemilihan/{pemilihan}/partisipasi/{kode}?suratSuara={surat}");
        return json;
    }

    [Fact]
    public async Task Four_tps_of_jembrana_are_4_of_898_and_the_nation_says_what_it_covers()
    {
        using var admin = await app.LoginAsync(Peran.Admin);
        var desa = TpsFiles.DesaJembrana[0];
        var rows = Enumerable.Range(1, 4).Select(n => TpsFiles.Consistent(TpsFiles.Tps(desa, n), 100, 110, 80, 90));
        var impor = await admin.PostAsync("/api/v1/pemilihan/pemilu-2024/tps/impor?suratSuara=DPR&satker=51.01", Berkas(TpsFiles.Csv(rows)));
        Assert.Equal(HttpStatusCode.OK, impor.StatusCode);

        var kab = await CakupanAsync(admin, "pemilu-2024", "DPR", "51.01");
        var c = kab.GetProperty("cakupan");
        Assert.Equal(898, c.GetProperty("tpsDaftar").GetInt64());
        Assert.Equal(4, c.GetProperty("tpsBerdata").GetInt64());
        Assert.Equal(0.45m, c.GetProperty("persen").GetDecimal());
        Assert.True(c.GetProperty("sementara").GetBoolean());
        Assert.Equal(1, c.GetProperty("anakBerdata").GetInt32());
        Assert.Equal(5, c.GetProperty("anakJumlah").GetInt32());
        Assert.Contains("4 dari 898 (0,45%)", c.GetProperty("keterangan").GetString(), StringComparison.Ordinal);
        // Kecamatan without data are marked, not shown as 0.
        var tanpa = kab.GetProperty("anak").EnumerateArray().Where(a => !a.GetProperty("adaData").GetBoolean()).ToList();
        Assert.Equal(4, tanpa.Count);
        Assert.All(tanpa, a => Assert.Equal(JsonValueKind.Null, a.GetProperty("partisipasi").GetProperty("total").ValueKind));

        var nasional = (await CakupanAsync(admin, "pemilu-2024", "DPR", "RI")).GetProperty("cakupan");
        Assert.Equal(JsonValueKind.Null, nasional.GetProperty("tpsDaftar").ValueKind);
        Assert.True(nasional.GetProperty("sementara").GetBoolean());
        Assert.Contains("cakupan belum diketahui", nasional.GetProperty("keterangan").GetString(), StringComparison.Ordinal);
        Assert.Contains("Data dari 1 dari 38 provinsi", nasional.GetProperty("keterangan").GetString(), StringComparison.Ordinal);
        var bali = (await CakupanAsync(admin, "pemilu-2024", "DPR", "51")).GetProperty("cakupan");
        Assert.Contains("Data dari 1 dari 9 kabupaten/kota", bali.GetProperty("keterangan").GetString(), StringComparison.Ordinal);

        // The desa lists its TPS without data too.
        var d = await CakupanAsync(admin, "pemilu-2024", "DPR", KodeWilayah.Format(desa));
        var daftarDesa = d.GetProperty("cakupan").GetProperty("tpsDaftar").GetInt64();
        Assert.Equal(daftarDesa, d.GetProperty("anak").GetArrayLength());
        Assert.Equal(daftarDesa - 4, d.GetProperty("anak").EnumerateArray().Count(a => a.GetProperty("status").GetString() == "belum ada data"));

        // No list for the Pilkada: coverage unknown.
        var pilkada = (await CakupanAsync(admin, "pilkada-2024", "BUPATI", "51.01")).GetProperty("cakupan");
        Assert.Equal(JsonValueKind.Null, pilkada.GetProperty("tpsDaftar").ValueKind);

        var html = await admin.GetStringAsync("/Partisipasi?pemilihan=pemilu-2024&surat=DPR&kode=51.01");
        Assert.Contains("4 dari 898", html, StringComparison.Ordinal);
        Assert.Contains("Sementara", html, StringComparison.Ordinal);
        Assert.Contains("belum ada data", html, StringComparison.Ordinal);
        var ri = await admin.GetStringAsync("/Partisipasi?pemilihan=pemilu-2024&surat=DPR&kode=RI");
        Assert.Contains("cakupan belum diketahui", ri, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", ri, StringComparison.Ordinal); // 38 provinces: a sorted table, not 38 bars
    }

    [Fact]
    public async Task A_tps_list_is_imported_atomically_within_scope_and_becomes_the_denominator()
    {
        var desa = TpsFiles.DesaJembrana[3];
        var kode = KodeWilayah.Format(desa);
        static string Daftar(params string[] baris) => "kode,pemilih_dpt_l,pemilih_dpt_p\n" + string.Join('\n', baris) + "\n";
        var baik = Daftar($"{TpsFiles.Tps(desa, 1)},200,210", $"{TpsFiles.Tps(desa, 2)},190,205", $"{TpsFiles.Tps(desa, 3)},180,200");
        const string url = "/api/v1/pemilihan/pilkada-2024/daftar-tps/impor?satker=51.01";

        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync(url, Berkas(baik))).StatusCode);
        using var pimpinan = await app.PembacaAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await pimpinan.PostAsync(url, Berkas(baik))).StatusCode);
        using var operatorLain = await app.LoginAsync(false, Peran.Operator); // no assignment: outside its scope
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorLain.PostAsync(url, Berkas(baik))).StatusCode);

        using var admin = await app.LoginAsync(Peran.Admin);
        // One wrong row (a TPS of Denpasar, outside 51.01) and one repeated: nothing saved, both rows named.
        var buruk = Daftar($"{TpsFiles.Tps(desa, 1)},200,210", "51.71.01.1001.001,1,1", $"{TpsFiles.Tps(desa, 1)},5,5");
        var tolak = await admin.PostAsync(url, Berkas(buruk, "daftar.csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tolak.StatusCode);
        var problem = await tolak.Content.ReadAsStringAsync();
        Assert.Contains("di luar wilayah satker 51.01", problem, StringComparison.Ordinal);
        Assert.Contains("lebih dari sekali", problem, StringComparison.Ordinal);
        Assert.Matches(new Regex("daftar\\.csv baris 3"), problem);
        var sebelum = (await CakupanAsync(admin, "pilkada-2024", "BUPATI", kode)).GetProperty("cakupan");
        Assert.Equal(JsonValueKind.Null, sebelum.GetProperty("tpsDaftar").ValueKind);

        var terima = await admin.PostAsync(url, Berkas(baik));
        Assert.Equal(HttpStatusCode.OK, terima.StatusCode);
        var hasil = await terima.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, hasil.GetProperty("tps").GetInt32());
        Assert.Equal(1185, hasil.GetProperty("dpt").GetInt64());

        var sesudah = (await CakupanAsync(admin, "pilkada-2024", "BUPATI", kode)).GetProperty("cakupan");
        Assert.Equal(3, sesudah.GetProperty("tpsDaftar").GetInt64());
        var kab = (await CakupanAsync(admin, "pilkada-2024", "BUPATI", "51.01")).GetProperty("cakupan");
        Assert.Contains("daftar TPS baru ada untuk 1 dari 51 desa/kelurahan", kab.GetProperty("keterangan").GetString(), StringComparison.Ordinal);

        // The page form takes the same file and the same rule.
        var page = await admin.GetStringAsync("/Partisipasi/Impor?Jenis=daftar");
        var token = WebUtility.HtmlDecode(Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("daftar"), "Jenis" },
            { new StringContent("pilkada-2024"), "Pemilihan" },
            { new StringContent("51.01"), "Satker" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Daftar($"{TpsFiles.Tps(desa, 1)},200,210", $"{TpsFiles.Tps(desa, 2)},190,205"))), "Berkas", "daftar2.csv" },
        };
        var html = await (await admin.PostAsync("/Partisipasi/Impor", form)).Content.ReadAsStringAsync();
        Assert.Contains("Daftar TPS tersimpan: 2 TPS di 1 desa/kelurahan", html, StringComparison.Ordinal);
        Assert.Equal(2, (await CakupanAsync(admin, "pilkada-2024", "BUPATI", kode)).GetProperty("cakupan").GetProperty("tpsDaftar").GetInt64());

        var audit = await admin.GetStringAsync("/Audit?tabel=DaftarTps");
        Assert.Contains("daftar2.csv", audit, StringComparison.Ordinal);
    }
}

public sealed class CakupanTestsSqlite(SqliteFactory app) : CakupanTests(app), IClassFixture<SqliteFactory>;

public sealed class CakupanTestsPostgres(PostgresFactory app) : CakupanTests(app), IClassFixture<PostgresFactory>;
