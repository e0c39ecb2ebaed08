using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Kinerja;

/// <summary>XLSX import into the registers, their edit APIs, and their pages.</summary>
public abstract class RegisterTests(TolokFactory app)
{
    private static double Serial(int y, int m, int d) => new DateTime(y, m, d).ToOADate();

    [Fact]
    public async Task A_register_sheet_imports_all_rows_or_none_with_errors_by_row_and_column()
    {
        var year = app.NewYear();
        using var operatorClient = await app.LoginAsync(Peran.Operator);
        var url = "/api/v1/satker/51/register/laporan-rb/impor";
        int Count(JsonElement list) => list.EnumerateArray().Count(l => l.GetProperty("nama").GetString()!.StartsWith("Impor RB", StringComparison.Ordinal));
        async Task<int> StoredAsync() => Count(await operatorClient.GetFromJsonAsync<JsonElement>($"/api/v1/satker/51/laporan/rb?tahun={year}"));

        // Row 3 has an unreadable date and row 4 lacks a required cell: nothing of the sheet is saved, row 2 included.
        var bad = await operatorClient.PostAsync(url, Xlsx.Form(Xlsx.Workbook(
            ["Nama", "periode_dari", "periode_sampai", "jatuh_tempo", "tanggal_disampaikan"],
            ["Impor RB 1", $"{year}-01-01", $"{year}-03-31", $"{year}-04-10", $"{year}-04-09"],
            ["Impor RB 2", $"{year}-04-01", $"{year}-06-30", "sepuluh juli", ""],
            ["Impor RB 3", $"{year}-07-01", "", $"{year}-10-10", ""]), "rb.xlsx"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("bukan tanggal", errors.GetProperty("rb.xlsx baris 3, kolom jatuh_tempo")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("wajib diisi", errors.GetProperty("rb.xlsx baris 4, kolom periode_sampai")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await StoredAsync());

        // Dates as Excel stores them (serial numbers) and as dd/mm/yyyy text both read.
        var ok = await operatorClient.PostAsync(url, Xlsx.Form(Xlsx.Workbook(
            ["nama", "periode_dari", "periode_sampai", "jatuh_tempo", "tanggal_disampaikan", "bukti"],
            ["Impor RB 1", Serial(year, 1, 1), Serial(year, 3, 31), Serial(year, 4, 10), Serial(year, 4, 9), "B-12/2024"],
            ["Impor RB 2", $"01/04/{year}", $"30/06/{year}", $"10/07/{year}", $"11/07/{year}", ""]), "rb.xlsx"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(2, (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jumlah").GetInt32());
        var stored = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/v1/satker/51/laporan/rb?tahun={year}");
        Assert.Equal([true, false], stored.EnumerateArray().Select(l => l.GetProperty("tepatWaktu").GetBoolean()));
        Assert.Equal($"{year}-04-10", stored[0].GetProperty("jatuhTempo").GetString());

        // A text file named .xlsx is refused by its content; an unknown column and an unknown register are named.
        var text = await operatorClient.PostAsync(url, Xlsx.Form(Encoding.UTF8.GetBytes("nama,jatuh_tempo\nx,2024-01-01\n"), "palsu.xlsx"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, text.StatusCode);
        Assert.Contains("bukan berkas XLSX", await text.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var column = await operatorClient.PostAsync(url, Xlsx.Form(Xlsx.Workbook(["nama", "warna"], ["x", "merah"]), "rb.xlsx"));
        var columnError = (await column.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("rb.xlsx baris 1")[0].GetString();
        Assert.StartsWith("kolom \"warna\" tidak dikenal", columnError, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await operatorClient.PostAsync("/api/v1/satker/51/register/cuaca/impor", Xlsx.Form(Xlsx.Workbook(["a"], ["b"]), "x.xlsx"))).StatusCode);

        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync(url, Xlsx.Form(Xlsx.Workbook(["nama"], ["x"]), "rb.xlsx"))).StatusCode);
        var kinds = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/register");
        Assert.Contains("sengketa", kinds.EnumerateArray().Select(k => k.GetProperty("kode").GetString()));
    }

    [Fact]
    public async Task Service_catalogue_and_log_import_and_a_log_row_for_a_service_not_in_the_catalogue_is_refused()
    {
        var year = app.NewYear();
        using var operatorClient = await app.LoginAsync(Peran.Operator);
        var catalogue = await operatorClient.PostAsync("/api/v1/satker/51/register/layanan/impor", Xlsx.Form(Xlsx.Workbook(
            ["tahun", "nama"], [year, "Salinan keputusan"], [year, "Data pemilih"], [year, "Peta TPS"]), "katalog.xlsx"));
        Assert.Equal(HttpStatusCode.OK, catalogue.StatusCode);

        var unknown = await operatorClient.PostAsync("/api/v1/satker/51/register/layanan-pelaksanaan/impor", Xlsx.Form(Xlsx.Workbook(
            ["layanan", "tanggal", "kanal", "jenis_pemohon", "perihal", "terpenuhi", "waktu_respons_jam"],
            ["Salinan keputusan", $"{year}-02-01", "PPID daring", "media", "SK DPT", "ya", "2,5"],
            ["Cuaca", $"{year}-02-02", "surel", "masyarakat", "x", "ya", ""]), "log.xlsx"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("tidak ada di katalog", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var log = await operatorClient.PostAsync("/api/v1/satker/51/register/layanan-pelaksanaan/impor", Xlsx.Form(Xlsx.Workbook(
            ["layanan", "tanggal", "kanal", "jenis_pemohon", "perihal", "terpenuhi", "waktu_respons_jam"],
            ["Salinan keputusan", $"{year}-02-01", "PPID daring", "media", "SK DPT", "ya", "2,5"],
            ["Data pemilih", $"{year}-05-02", "datang langsung", "partai politik", "DPT per desa", "tidak", "48"]), "log.xlsx"));
        Assert.Equal(HttpStatusCode.OK, log.StatusCode);
        var list = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/v1/satker/51/layanan/{year}");
        Assert.Equal([true, false, false], list.EnumerateArray().Select(l => l.GetProperty("terlaksanaPadaPeriode").GetBoolean()));
        var entries = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/v1/satker/51/layanan/{year}/pelaksanaan");
        Assert.Equal(2.5m, entries[0].GetProperty("waktuResponsJam").GetDecimal());

        // Fixing the log: the second request was fulfilled after all.
        var second = entries[1];
        var fixedEntry = await TolokFactory.PutVersiAsync(operatorClient, $"/api/v1/satker/51/layanan/{second.GetProperty("layananId").GetInt32()}/pelaksanaan/{second.GetProperty("id").GetInt32()}",
            new { tanggal = $"{year}-05-02", kanal = "datang langsung", jenisPemohon = "partai politik", perihal = "DPT per desa", waktuResponsJam = 24, terpenuhi = true });
        Assert.Equal(HttpStatusCode.OK, fixedEntry.StatusCode);
        list = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/v1/satker/51/layanan/{year}");
        Assert.Equal([true, true, false], list.EnumerateArray().Select(l => l.GetProperty("terlaksanaPadaPeriode").GetBoolean()));
    }

    [Fact]
    public async Task Stage_incidents_and_disputes_import_by_election_and_stage_number()
    {
        using var operatorClient = await app.LoginAsync(Peran.Operator);
        var nomor = $"I-{Guid.NewGuid():N}"[..12];
        var cases = await operatorClient.PostAsync("/api/v1/satker/51/register/sengketa/impor", Xlsx.Form(Xlsx.Workbook(
            ["forum", "nomor_perkara", "pihak", "peran_kpu", "pokok", "tanggal_registrasi", "putusan", "tanggal_putusan"],
            ["Bawaslu", nomor, "X melawan KPU", "Termohon", "uji impor", "2024-03-01", "Ditolak", "2024-03-20"]), "sengketa.xlsx"));
        Assert.Equal(HttpStatusCode.OK, cases.StatusCode);
        var list = await operatorClient.GetFromJsonAsync<JsonElement>("/api/v1/satker/51/sengketa");
        Assert.True(list.EnumerateArray().Single(p => p.GetProperty("nomorPerkara").GetString() == nomor).GetProperty("menang").GetBoolean());

        var stage = await operatorClient.PostAsync("/api/v1/satker/51/register/tahapan/impor", Xlsx.Form(Xlsx.Workbook(
            ["pemilihan", "nomor", "realisasi_mulai", "realisasi_selesai", "sesuai_ketentuan"],
            ["pemilu-2024", 99, "2024-01-01", "2024-01-02", "ya"]), "tahapan.xlsx"));
        Assert.Equal(HttpStatusCode.BadRequest, stage.StatusCode);
        Assert.Contains("tahapan nomor 99 pemilihan", await stage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_pages_add_and_edit_rows_and_explain_bad_input_in_indonesian()
    {
        using var operatorClient = await app.LoginAsync(Peran.Operator);
        var tag = Guid.NewGuid().ToString("N")[..8];

        var rb = await TolokFactory.PostFormAsync(operatorClient, "/Laporan/Rb?satker=51", new Dictionary<string, string>
        {
            ["satker"] = "51",
            ["Nama"] = $"Laporan halaman {tag}",
            ["PeriodeDari"] = "2035-01-01",
            ["PeriodeSampai"] = "2035-06-30",
            ["JatuhTempo"] = "2035-07-10",
        });
        Assert.Equal(HttpStatusCode.Redirect, rb.StatusCode);
        var report = (await operatorClient.GetFromJsonAsync<JsonElement>("/api/v1/satker/51/laporan/rb?tahun=2035")).EnumerateArray().Single(l => l.GetProperty("nama").GetString()!.EndsWith(tag, StringComparison.Ordinal));
        var id = report.GetProperty("id").GetInt32();
        Assert.False(report.GetProperty("tepatWaktu").GetBoolean());
        var edited = await TolokFactory.PostFormAsync(operatorClient, "/Laporan/Rb?satker=51", new Dictionary<string, string>
        {
            ["satker"] = "51",
            ["id"] = id.ToString(CultureInfo.InvariantCulture),
            ["Versi"] = "1",
            ["Nama"] = $"Laporan halaman {tag}",
            ["PeriodeDari"] = "2035-01-01",
            ["PeriodeSampai"] = "2035-06-30",
            ["JatuhTempo"] = "2035-07-10",
            ["TanggalDisampaikan"] = "2035-07-08",
        }, $"/Laporan/Rb?satker=51&id={id}");
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Contains(await operatorClient.GetFromJsonAsync<JsonElement>("/api/v1/satker/51/laporan/rb?tahun=2035") is var after ? after.EnumerateArray() : default,
            l => l.GetProperty("id").GetInt32() == id && l.GetProperty("tepatWaktu").GetBoolean());

        // An LHE with an Indonesian decimal comma; then a score that is not a number: an Indonesian message, nothing saved.
        var lhe = await TolokFactory.PostFormAsync(operatorClient, "/Evaluasi?satker=51", new Dictionary<string, string>
        {
            ["satker"] = "51",
            ["TahunDievaluasi"] = "2034",
            ["Evaluator"] = $"Inspektorat {tag}",
            ["TanggalLhe"] = "2035-03-15",
            ["Nilai"] = "81,25",
        });
        Assert.Equal(HttpStatusCode.Redirect, lhe.StatusCode);
        var lheList = await operatorClient.GetFromJsonAsync<JsonElement>("/api/v1/satker/51/lhe");
        var saved = lheList.EnumerateArray().Single(l => l.GetProperty("evaluator").GetString() == $"Inspektorat {tag}");
        Assert.Equal(81.25m, saved.GetProperty("nilai").GetDecimal());
        Assert.Equal("A", saved.GetProperty("predikat").GetString());
        var badLhe = await TolokFactory.PostFormAsync(operatorClient, "/Evaluasi?satker=51", new Dictionary<string, string>
        {
            ["satker"] = "51",
            ["TahunDievaluasi"] = "dua ribu",
            ["Evaluator"] = $"Inspektorat lain {tag}",
            ["TanggalLhe"] = "2035-03-15",
            ["Nilai"] = "delapan puluh",
        });
        Assert.Equal(HttpStatusCode.OK, badLhe.StatusCode);
        var html = WebUtility.HtmlDecode(await badLhe.Content.ReadAsStringAsync());
        Assert.Contains("\"delapan puluh\" bukan angka", html, StringComparison.Ordinal);
        Assert.Contains("\"dua ribu\" tidak valid", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"Inspektorat lain {tag}", (await operatorClient.GetFromJsonAsync<JsonElement>("/api/v1/satker/51/lhe")).GetRawText(), StringComparison.Ordinal);

        var keuangan = await TolokFactory.PostFormAsync(operatorClient, "/Laporan/Keuangan?satker=51", new Dictionary<string, string>
        {
            ["satker"] = "51",
            ["TahunAnggaran"] = "2034",
            ["Jenis"] = $"LK {tag}",
            ["Pemeriksa"] = "BPK RI",
            ["Hasil"] = "WTP",
            ["TanggalHasil"] = "2035-05-20",
            ["SesuaiSap"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, keuangan.StatusCode);
        Assert.Contains($"LK {tag}", await operatorClient.GetStringAsync("/Laporan/Keuangan?satker=51"), StringComparison.Ordinal);

        var layanan = await TolokFactory.PostFormAsync(operatorClient, "/Layanan?satker=51&tahun=2035&handler=Katalog", new Dictionary<string, string>
        {
            ["satker"] = "51",
            ["tahun"] = "2035",
            ["NamaLayanan"] = $"Layanan {tag}",
        }, "/Layanan?satker=51&tahun=2035");
        Assert.Equal(HttpStatusCode.Redirect, layanan.StatusCode);
        var layananId = (await operatorClient.GetFromJsonAsync<JsonElement>("/api/v1/satker/51/layanan/2035")).EnumerateArray().Single(l => l.GetProperty("nama").GetString() == $"Layanan {tag}").GetProperty("id").GetInt32();
        var entry = await TolokFactory.PostFormAsync(operatorClient, "/Layanan?satker=51&tahun=2035&handler=Log", new Dictionary<string, string>
        {
            ["satker"] = "51",
            ["tahun"] = "2035",
            ["LogLayananId"] = layananId.ToString(CultureInfo.InvariantCulture),
            ["Tanggal"] = "2035-02-03",
            ["Kanal"] = "PPID daring",
            ["JenisPemohon"] = "media",
            ["Perihal"] = "rekap DPT",
            ["WaktuResponsJam"] = "1,5",
            ["Terpenuhi"] = "true",
        }, "/Layanan?satker=51&tahun=2035");
        Assert.Equal(HttpStatusCode.Redirect, entry.StatusCode);
        var page = await operatorClient.GetStringAsync("/Layanan?satker=51&tahun=2035");
        Assert.Contains("rekap DPT", page, StringComparison.Ordinal);
        Assert.Contains("1,5 jam", page, StringComparison.Ordinal);

        // Visitors are sent to sign in (decision 87); a signed-in user without a data role reads the registers but
        // gets no forms.
        using var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var toLogin = await anonymous.GetAsync("/Laporan/Rb?satker=51");
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.Contains("/Akun/Masuk", toLogin.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var reader = await app.PembacaAsync();
        var readerPage = await reader.GetStringAsync("/Laporan/Rb?satker=51");
        Assert.Contains($"Laporan halaman {tag}", readerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Catat laporan baru", readerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Impor dari XLSX", await reader.GetStringAsync("/Register?satker=51"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_and_evaluation_rows_are_edited_through_the_api()
    {
        using var operatorClient = await app.LoginAsync(Peran.Operator);
        var created = await (await operatorClient.PostAsJsonAsync("/api/v1/satker/51/lhe", new { tahunDievaluasi = 2036, evaluator = "Inspektorat Utama KPU", tanggalLhe = "2037-02-01", nilai = 69.99 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("B", created.GetProperty("predikat").GetString());
        var id = created.GetProperty("id").GetInt32();
        var put = await TolokFactory.PutVersiAsync(operatorClient, $"/api/v1/satker/51/lhe/{id}", new { tahunDievaluasi = 2036, evaluator = "Inspektorat Utama KPU", tanggalLhe = "2037-02-01", nilai = 70.01, tindakLanjut = "Cascading kinerja disusun." });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var after = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("BB", after.GetProperty("predikat").GetString());
        Assert.Equal("Cascading kinerja disusun.", after.GetProperty("tindakLanjut").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await TolokFactory.PutVersiAsync(operatorClient, $"/api/v1/satker/51.01/lhe/{id}", new { tahunDievaluasi = 2036, evaluator = "x", tanggalLhe = "2037-02-01", nilai = 70 })).StatusCode);

        var lk = await (await operatorClient.PostAsJsonAsync("/api/v1/satker/51/laporan/keuangan", new { tahunAnggaran = 2036, jenis = "LK", pemeriksa = "BPK" })).Content.ReadFromJsonAsync<JsonElement>();
        var opinion = await TolokFactory.PutVersiAsync(operatorClient, $"/api/v1/satker/51/laporan/keuangan/{lk.GetProperty("id").GetInt32()}", new { tahunAnggaran = 2036, jenis = "LK", pemeriksa = "BPK", hasil = "WTP", tanggalHasil = "2037-05-01" });
        Assert.Equal("WTP", (await opinion.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hasil").GetString());
    }
}

public sealed class RegisterTestsSqlite(SqliteFactory app) : RegisterTests(app), IClassFixture<SqliteFactory>;

public sealed class RegisterTestsPostgres(PostgresFactory app) : RegisterTests(app), IClassFixture<PostgresFactory>;
