using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tolok.Alur;
using Tolok.Infrastructure;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;
using static Tolok.Tests.Partisipasi.TpsFiles;

namespace Tolok.Tests.Aturan;

/// <summary>
/// The write rules on every path a write can take — page form, API, XLSX register import, TPS import (CLI, API, page),
/// evidence upload, CLI — on both databases: scope from the row written, the lock, versions, atomic workflow, four eyes.
/// </summary>
public abstract class JalurTulisTests(TolokFactory app)
{
    private static int _nomor;

    private static string Nomor() => $"{Interlocked.Increment(ref _nomor)}/{Guid.NewGuid():N}"[..20];

    private async Task<int> SatkerIdAsync(string kode)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TolokDb>().Satker.Where(s => s.Kode == kode).Select(s => s.Id).FirstAsync();
    }

    /// <summary>Puts an item straight into a workflow status (the fixture; the workflow itself is tested below).</summary>
    private async Task StatusAsync(string kode, string jenis, string kunci, string status)
    {
        var satkerId = await SatkerIdAsync(kode);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
        var row = await db.AlurData.FirstOrDefaultAsync(a => a.SatkerId == satkerId && a.Jenis == jenis && a.Kunci == kunci);
        if (row is null)
        {
            db.AlurData.Add(new AlurData { SatkerId = satkerId, Jenis = jenis, Kunci = kunci, Status = status, DiajukanOleh = "uji" });
        }
        else
        {
            row.Status = status;
        }
        await db.SaveChangesAsync();
    }

    private async Task<T> DbAsync<T>(Func<TolokDb, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<TolokDb>());
    }

    private static async Task<int> IdAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }


    private async Task<int> TahapanIdAsync(int index)
    {
        using var anonymous = app.CreateClient();
        using var reader = await app.PembacaAsync(); // internal reads need a sign-in (decision 87)
        var list = await reader.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/tahapan/2024");
        return list[index].GetProperty("id").GetInt32();
    }

    private static object Perkara(string nomor, string pokok = "Pokok uji") =>
        new { forum = "MK", nomorPerkara = nomor, pihak = "Pemohon uji", peranKpu = "termohon", pokok, tanggalRegistrasi = "2047-01-10" };

    [Fact]
    public async Task Every_register_row_has_an_etag_and_a_put_needs_the_current_one()
    {
        using var admin = await app.LoginAsync(Peran.Admin);
        const string s = "/api/v1/satker/51.01";
        var rb = await IdAsync(await admin.PostAsJsonAsync($"{s}/laporan/rb", new { nama = "RB versi", periodeDari = "2047-01-01", periodeSampai = "2047-03-31", jatuhTempo = "2047-04-10" }));
        var keuangan = await IdAsync(await admin.PostAsJsonAsync($"{s}/laporan/keuangan", new { tahunAnggaran = 2047, jenis = "Laporan Keuangan Satker", pemeriksa = "Itjen" }));
        var lhe = await IdAsync(await admin.PostAsJsonAsync($"{s}/lhe", new { tahunDievaluasi = 2046, evaluator = "Inspektorat", tanggalLhe = "2047-02-01", nilai = 70 }));
        var perkara = await IdAsync(await admin.PostAsJsonAsync($"{s}/sengketa", Perkara(Nomor())));
        var anggaran = await IdAsync(await admin.PostAsJsonAsync($"{s}/anggaran", new { tahun = 2047, kode = $"076.{Nomor()[..4]}", uraian = "Kegiatan uji", pagu = 100, realisasi = 40 }));
        var layanan = await IdAsync(await admin.PostAsJsonAsync($"{s}/layanan", new { tahun = 2047, nama = $"Layanan {Nomor()}" }));
        var log = await IdAsync(await admin.PostAsJsonAsync($"{s}/layanan/{layanan}/pelaksanaan", new { tanggal = "2047-03-01", kanal = "loket", jenisPemohon = "warga", perihal = "salinan", terpenuhi = true }));
        var tahapan = await TahapanIdAsync(0);
        var rekomendasi = await IdAsync(await admin.PostAsJsonAsync($"{s}/lhe/{lhe}/rekomendasi", new { uraian = "Rekomendasi versi", penanggungJawab = "Subbagian", jatuhTempo = "2047-06-30" }));

        var cases = new (string Get, string Put, object Body)[]
        {
            ($"{s}/laporan/rb/{rb}", $"{s}/laporan/rb/{rb}", new { nama = "RB versi 2", periodeDari = "2047-01-01", periodeSampai = "2047-03-31", jatuhTempo = "2047-04-10", tanggalDisampaikan = "2047-04-09" }),
            ($"{s}/laporan/keuangan/{keuangan}", $"{s}/laporan/keuangan/{keuangan}", new { tahunAnggaran = 2047, jenis = "Laporan Keuangan Satker", pemeriksa = "BPK", hasil = "WTP", tanggalHasil = "2048-05-01" }),
            ($"{s}/lhe/{lhe}", $"{s}/lhe/{lhe}", new { tahunDievaluasi = 2046, evaluator = "Inspektorat", tanggalLhe = "2047-02-01", nilai = 71.5 }),
            ($"{s}/sengketa/{perkara}", $"{s}/sengketa/{perkara}", Perkara(Nomor(), "Pokok diubah")),
            ($"{s}/anggaran/baris/{anggaran}", $"{s}/anggaran/{anggaran}", new { tahun = 2047, kode = $"076.{Nomor()[..4]}", uraian = "Kegiatan uji", pagu = 100, realisasi = 60 }),
            ($"{s}/layanan/katalog/{layanan}", $"{s}/layanan/{layanan}", new { tahun = 2047, nama = $"Layanan {Nomor()}" }),
            ($"{s}/layanan/{layanan}/pelaksanaan/{log}", $"{s}/layanan/{layanan}/pelaksanaan/{log}", new { tanggal = "2047-03-02", kanal = "surel", jenisPemohon = "warga", perihal = "salinan", terpenuhi = true }),
            ($"{s}/tahapan/pelaksanaan/{tahapan}", $"{s}/tahapan/pelaksanaan/{tahapan}", new { realisasiMulai = "2022-06-14", sesuaiKetentuan = true }),
            ($"{s}/narasi/2024/kata-pengantar", $"{s}/narasi/2024/kata-pengantar", new { teks = "Kata pengantar uji versi." }),
            ($"{s}/target/2024", $"{s}/target/2024", new[] { new { kode = "1.1", tahunan = 100 } }),
            ($"{s}/lke/2047", $"{s}/lke/2047/kriteria/AREN003.6", new { jawaban = "B", catatan = "Uji versi" }),
            ($"{s}/lhe/{lhe}/rekomendasi/{rekomendasi}", $"{s}/lhe/{lhe}/rekomendasi/{rekomendasi}", new { uraian = "Rekomendasi versi 2", penanggungJawab = "Subbagian", jatuhTempo = "2047-07-31" }),
            ($"{s}/kalender/aturan/lkjip", $"{s}/kalender/aturan/lkjip", new { bulan = 2, hari = 27, tahunBerikut = true }),
        };
        var failures = new List<string>();
        foreach (var (get, put, body) in cases)
        {
            var read = await admin.GetAsync(get);
            var etag = read.Headers.ETag?.Tag;
            if (read.StatusCode != HttpStatusCode.OK || etag is null)
            {
                failures.Add($"GET {get}: {(int)read.StatusCode}, ETag {etag ?? "tidak ada"}");
                continue;
            }
            var missing = await admin.SendAsync(TolokFactory.Put(put, body, null));
            var saved = await admin.SendAsync(TolokFactory.Put(put, body, etag));
            var stale = await admin.SendAsync(TolokFactory.Put(put, body, etag));
            var after = (await admin.GetAsync(get)).Headers.ETag?.Tag;
            if (missing.StatusCode != HttpStatusCode.PreconditionRequired || saved.StatusCode != HttpStatusCode.OK || stale.StatusCode != HttpStatusCode.PreconditionFailed
                || after is null || after == etag || saved.Headers.ETag?.Tag != after || stale.Headers.ETag?.Tag != after)
            {
                failures.Add($"PUT {put}: tanpa If-Match {(int)missing.StatusCode}, cocok {(int)saved.StatusCode} ({await saved.Content.ReadAsStringAsync()}), usang {(int)stale.StatusCode}; ETag {etag} → {after}, jawaban {saved.Headers.ETag?.Tag}/{stale.Headers.ETag?.Tag}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task An_iku_set_revision_saved_since_it_was_read_is_not_overwritten()
    {
        var tahun = app.NewYear();
        using var a = await app.LoginAsync(Peran.Perencana);
        using var b = await app.LoginAsync(Peran.Perencana);
        var url = $"/api/v1/satker/51.01/iku/{tahun}";
        object Set(string uraian) => new
        {
            keterangan = uraian,
            ditetapkan = new { tempat = "Negara", tanggal = $"{tahun}-01-02", jabatan = "Ketua" },
            sasaran = new[] { new { uraian = "Sasaran", indikator = new[] { new { uraian, satuan = "%", polaritas = "Maksimal" } } } },
        };
        Assert.Equal(HttpStatusCode.OK, (await a.PutAsJsonAsync(url, Set("Indikator awal"))).StatusCode);
        var read = (await a.GetAsync(url)).Headers.ETag!.Tag;
        Assert.Equal("\"1\"", read);
        Assert.Equal(HttpStatusCode.OK, (await b.SendAsync(TolokFactory.Put(url, Set("Indikator oleh B"), read))).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await a.SendAsync(TolokFactory.Put(url, Set("Indikator oleh A"), read))).StatusCode);
        var stored = await a.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal("Indikator oleh B", stored.GetProperty("sasaran")[0].GetProperty("indikator")[0].GetProperty("uraian").GetString());
    }

    [Fact]
    public async Task Two_simultaneous_puts_of_one_version_store_exactly_one()
    {
        using var a = await app.LoginAsync(Peran.Admin);
        using var b = await app.LoginAsync(Peran.Admin);
        var id = await IdAsync(await a.PostAsJsonAsync("/api/v1/satker/51.01/sengketa", Perkara(Nomor())));
        var url = $"/api/v1/satker/51.01/sengketa/{id}";
        var failures = new List<string>();
        for (var trial = 0; trial < 5; trial++)
        {
            var etag = (await a.GetAsync(url)).Headers.ETag!.Tag;
            var results = await Task.WhenAll(a.SendAsync(TolokFactory.Put(url, Perkara(Nomor(), $"oleh A {trial}"), etag)), b.SendAsync(TolokFactory.Put(url, Perkara(Nomor(), $"oleh B {trial}"), etag)));
            var codes = results.Select(r => (int)r.StatusCode).Order().ToArray();
            if (!codes.SequenceEqual([200, 412]))
            {
                failures.Add($"percobaan {trial}: {string.Join(", ", codes)}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task A_page_form_with_a_stale_version_says_so_shows_the_stored_values_and_keeps_the_input()
    {
        using var admin = await app.LoginAsync(Peran.Admin);
        var id = await IdAsync(await admin.PostAsJsonAsync("/api/v1/satker/51.01/sengketa", Perkara(Nomor(), "Pokok semula")));
        var page = $"/Sengketa?satker=51.01&id={id}";
        var form = await admin.GetStringAsync(page);
        var versi = System.Text.RegularExpressions.Regex.Match(form, "name=\"Versi\" value=\"(\\d+)\"").Groups[1].Value;
        Assert.Equal("1", versi);
        // Someone else saves first.
        var etag = (await admin.GetAsync($"/api/v1/satker/51.01/sengketa/{id}")).Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(TolokFactory.Put($"/api/v1/satker/51.01/sengketa/{id}", Perkara(Nomor(), "Pokok orang lain"), etag))).StatusCode);

        var response = await TolokFactory.PostFormAsync(admin, page, new Dictionary<string, string>
        {
            ["satker"] = "51.01",
            ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Versi"] = versi,
            ["Forum"] = "MK",
            ["NomorPerkara"] = Nomor(),
            ["Pihak"] = "Pemohon uji",
            ["PeranKpu"] = "termohon",
            ["Pokok"] = "Pokok saya",
            ["TanggalRegistrasi"] = "2047-01-10",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("telah diubah orang lain", html, StringComparison.Ordinal);
        Assert.Contains("Pokok orang lain", html, StringComparison.Ordinal);   // stored value shown
        Assert.Contains("Pokok saya", html, StringComparison.Ordinal);         // the input kept in the form
        Assert.Contains("name=\"Versi\" value=\"2\"", html, StringComparison.Ordinal); // saving again is a deliberate choice
        Assert.Equal("Pokok orang lain", await DbAsync(db => db.Perkara.Where(p => p.Id == id).Select(p => p.Pokok).FirstAsync()));
    }

    [Fact]
    public async Task Scope_is_taken_from_the_row_written_and_query_and_form_must_agree()
    {
        var (name, password) = await app.CreateUserAsync(false, Peran.Operator);
        Assert.Equal(0, (await app.RunCliAsync("user", "pic", name, "--satker", "51.01", "--register", "sengketa")).Exit);
        Assert.Equal(0, (await app.RunCliAsync("user", "pic", name, "--satker", "51.01", "--register", "partisipasi")).Exit);
        using var op = await app.MasukAsync(name, password);
        var satker51 = await SatkerIdAsync("51");
        Task<int> CountIn51() => DbAsync(db => db.Perkara.CountAsync(p => p.SatkerId == satker51));
        var before = await CountIn51();
        Dictionary<string, string> Form(string satker) => new()
        {
            ["satker"] = satker,
            ["Forum"] = "PTUN",
            ["NomorPerkara"] = Nomor(),
            ["Pihak"] = "x",
            ["PeranKpu"] = "tergugat",
            ["Pokok"] = "x",
            ["TanggalRegistrasi"] = "2047-02-02",
        };

        // The attack of the report: authorised for 51.01 by the query, written for 51 by the form.
        var mismatch = await TolokFactory.PostFormAsync(op, "/Sengketa?satker=51.01", Form("51"), "/Sengketa?satker=51.01");
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        // The same satker in both, but not the operator's: refused by the rule on the row.
        var other = await TolokFactory.PostFormAsync(op, "/Sengketa?satker=51", Form("51"), "/Sengketa?satker=51.01");
        Assert.Contains("/Akun/Ditolak", other.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await op.PostAsJsonAsync("/api/v1/satker/51/sengketa", Perkara(Nomor()))).StatusCode);
        Assert.Equal(before, await CountIn51());
        // Where assigned, the same form saves.
        var own = await TolokFactory.PostFormAsync(op, "/Sengketa?satker=51.01", Form("51.01"), "/Sengketa?satker=51.01");
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.DoesNotContain("Ditolak", own.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);

        // The TPS upload page: the satker in the form is the one checked.
        var page = await op.GetStringAsync("/Partisipasi/Impor");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Csv([Consistent(Tps(DesaJembrana[0], 1), 10, 10, 5, 5)])));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var upload = await op.PostAsync("/Partisipasi/Impor", new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent("pemilu-2024"), "Pemilihan" },
            { new StringContent("DPD"), "Surat" },
            { new StringContent("51"), "Satker" },
            { file, "Berkas", "tps.csv" },
        });
        Assert.Contains("/Akun/Ditolak", upload.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_locked_item_changes_through_no_path()
    {
        using var admin = await app.LoginAsync(Peran.Admin);
        const string s = "/api/v1/satker/51.01";
        var failures = new List<string>();
        void Expect(bool ok, string what)
        {
            if (!ok)
            {
                failures.Add(what);
            }
        }

        // A case: API PUT with the current version, the page form, evidence upload.
        var perkara = await IdAsync(await admin.PostAsJsonAsync($"{s}/sengketa", Perkara(Nomor(), "Pokok terkunci")));
        var etag = (await admin.GetAsync($"{s}/sengketa/{perkara}")).Headers.ETag!.Tag;
        await StatusAsync("51.01", "sengketa", perkara.ToString(System.Globalization.CultureInfo.InvariantCulture), AlurRules.Disetujui);
        Expect((await admin.SendAsync(TolokFactory.Put($"{s}/sengketa/{perkara}", Perkara(Nomor(), "diubah"), etag))).StatusCode == HttpStatusCode.Conflict, "PUT sengketa terkunci");
        var form = await TolokFactory.PostFormAsync(admin, $"/Sengketa?satker=51.01&id={perkara}", new Dictionary<string, string>
        {
            ["satker"] = "51.01",
            ["id"] = perkara.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Versi"] = "1",
            ["Forum"] = "MK",
            ["NomorPerkara"] = Nomor(),
            ["Pihak"] = "x",
            ["PeranKpu"] = "termohon",
            ["Pokok"] = "diubah lewat halaman",
            ["TanggalRegistrasi"] = "2047-01-10",
        });
        Expect(WebUtility.HtmlDecode(await form.Content.ReadAsStringAsync()).Contains("sudah disetujui dan terkunci", StringComparison.Ordinal), "halaman sengketa terkunci");
        var pdf = new ByteArrayContent("%PDF-1.4\n%uji\n"u8.ToArray());
        var bukti = await admin.PostAsync($"{s}/bukti/sengketa/{perkara}", new MultipartFormDataContent { { pdf, "berkas", "bukti.pdf" } });
        Expect(bukti.StatusCode == HttpStatusCode.Conflict, $"unggah bukti item terkunci: {(int)bukti.StatusCode}");
        Expect(await DbAsync(db => db.Perkara.Where(p => p.Id == perkara).Select(p => p.Pokok).FirstAsync()) == "Pokok terkunci", "perkara tetap");
        Expect(await DbAsync(db => db.BuktiDukung.CountAsync(b => b.Jenis == "sengketa" && b.Kunci == perkara.ToString())) == 0, "tidak ada bukti");

        // A stage: page, API PUT, incident by API, XLSX import of the stage and of an incident.
        var tahapan = await TahapanIdAsync(1);
        var kunci = tahapan.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var stageEtag = (await admin.GetAsync($"{s}/tahapan/pelaksanaan/{tahapan}")).Headers.ETag!.Tag;
        await StatusAsync("51.01", "tahapan", kunci, AlurRules.Disetujui);
        Expect((await admin.SendAsync(TolokFactory.Put($"{s}/tahapan/pelaksanaan/{tahapan}", new { realisasiMulai = "2022-07-01", sesuaiKetentuan = true }, stageEtag))).StatusCode == HttpStatusCode.Conflict, "PUT tahapan terkunci");
        Expect((await admin.PostAsJsonAsync($"{s}/tahapan/pelaksanaan/{tahapan}/insiden", new { tanggal = "2022-07-02", tempat = "Negara", jenis = "unjuk rasa", keparahan = 2, ditangani = true })).StatusCode == HttpStatusCode.Conflict, "insiden API pada tahapan terkunci");
        var stagePage = await TolokFactory.PostFormAsync(admin, "/Tahapan?satker=51.01&tahun=2024&periode=tahunan", new Dictionary<string, string>
        {
            ["satker"] = "51.01",
            ["tahun"] = "2024",
            ["periode"] = "tahunan",
            ["TahapanId"] = kunci,
            ["Versi"] = "0",
            ["RealisasiMulai"] = "2022-07-01",
            ["Sesuai"] = "ya",
        });
        Expect(WebUtility.HtmlDecode(await stagePage.Content.ReadAsStringAsync()).Contains("sudah disetujui dan terkunci", StringComparison.Ordinal), $"halaman tahapan terkunci: {(int)stagePage.StatusCode}");
        var slug = await DbAsync(db => db.Tahapan.Where(t => t.Id == tahapan).Select(t => db.Pemilihan.First(p => p.Id == t.PemilihanId).Slug).FirstAsync());
        var nomor = await DbAsync(db => db.Tahapan.Where(t => t.Id == tahapan).Select(t => t.Nomor).FirstAsync());
        var stageXlsx = await admin.PostAsync($"{s}/register/tahapan/impor", Tolok.Tests.Infrastructure.Xlsx.Form(Tolok.Tests.Infrastructure.Xlsx.Workbook(["pemilihan", "nomor", "realisasi_mulai", "sesuai_ketentuan"], [slug, nomor, "2022-07-01", "ya"]), "tahapan.xlsx"));
        var stageText = await stageXlsx.Content.ReadAsStringAsync();
        Expect(stageXlsx.StatusCode == HttpStatusCode.BadRequest && stageText.Contains("tahapan.xlsx baris 2", StringComparison.Ordinal) && stageText.Contains("disetujui", StringComparison.Ordinal), $"impor XLSX tahapan: {stageText}");
        var incidentXlsx = await admin.PostAsync($"{s}/register/insiden/impor", Tolok.Tests.Infrastructure.Xlsx.Form(Tolok.Tests.Infrastructure.Xlsx.Workbook(["pemilihan", "nomor", "tanggal", "tempat", "jenis", "keparahan"], [slug, nomor, "2022-07-02", "Negara", "unjuk rasa", 2]), "insiden.xlsx"));
        var incidentText = await incidentXlsx.Content.ReadAsStringAsync();
        Expect(incidentXlsx.StatusCode == HttpStatusCode.BadRequest && incidentText.Contains("insiden.xlsx baris 2", StringComparison.Ordinal), $"impor XLSX insiden: {incidentText}");
        Expect(await DbAsync(db => db.PelaksanaanTahapan.CountAsync(p => p.TahapanId == tahapan && db.Satker.Any(x => x.Id == p.SatkerId && x.Kode == "51.01"))) == 0, "tahapan tidak tercatat");

        // A service log entry through its page.
        var layanan = await IdAsync(await admin.PostAsJsonAsync($"{s}/layanan", new { tahun = 2047, nama = $"Layanan {Nomor()}" }));
        var log = await IdAsync(await admin.PostAsJsonAsync($"{s}/layanan/{layanan}/pelaksanaan", new { tanggal = "2047-03-01", kanal = "loket", jenisPemohon = "warga", perihal = "asli", terpenuhi = true }));
        await StatusAsync("51.01", "layanan-pelaksanaan", log.ToString(System.Globalization.CultureInfo.InvariantCulture), AlurRules.Diajukan);
        var logPage = await TolokFactory.PostFormAsync(admin, $"/Layanan?satker=51.01&tahun=2047&log={log}&handler=Log", new Dictionary<string, string>
        {
            ["satker"] = "51.01",
            ["tahun"] = "2047",
            ["log"] = log.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Versi"] = "1",
            ["LogLayananId"] = layanan.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Tanggal"] = "2047-03-01",
            ["Kanal"] = "loket",
            ["JenisPemohon"] = "warga",
            ["Perihal"] = "diubah",
            ["Terpenuhi"] = "true",
        }, $"/Layanan?satker=51.01&tahun=2047&log={log}");
        Expect(WebUtility.HtmlDecode(await logPage.Content.ReadAsStringAsync()).Contains("sedang diperiksa", StringComparison.Ordinal), $"halaman log layanan terkunci: {(int)logPage.StatusCode}");
        Expect(await DbAsync(db => db.PelaksanaanLayanan.Where(p => p.Id == log).Select(p => p.Perihal).FirstAsync()) == "asli", "log tetap");

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task An_approved_manual_realisation_changes_neither_through_its_page_nor_through_the_api()
    {
        var tahun = app.NewYear();
        using var perencana = await app.LoginAsync(Peran.Perencana);
        Assert.Equal(HttpStatusCode.OK, (await perencana.PutAsJsonAsync($"/api/v1/satker/51.01/iku/{tahun}", new
        {
            keterangan = "uji kunci nilai manual",
            ditetapkan = new { tempat = "Negara", tanggal = $"{tahun}-01-02", jabatan = "Ketua" },
            // Codes 1.1 … 5.1; the registers compute 1.1 … 4.2, so 5.1 is entered by hand.
            sasaran = Enumerable.Range(1, 5).Select(n => new { uraian = $"Sasaran {n}", indikator = new[] { new { uraian = $"Indikator {n}", satuan = "%", polaritas = "Maksimal" } } }).ToArray(),
        })).StatusCode);
        var url = $"/api/v1/satker/51.01/kinerja/{tahun}/manual/5.1";
        var body = new { periode = "tahunan", nilai = 87.5, justifikasi = "Survei kepuasan tahunan oleh pihak ketiga; belum ada register.", bukti = "Laporan survei 1" };
        Assert.Equal(HttpStatusCode.OK, (await TolokFactory.PutVersiAsync(perencana, url, body)).StatusCode);
        await StatusAsync("51.01", "realisasi", $"{tahun}:tahunan:5.1", AlurRules.Disetujui);

        Assert.Equal(HttpStatusCode.Conflict, (await TolokFactory.PutVersiAsync(perencana, url, body with { nilai = 99.0 })).StatusCode);
        var page = $"/Kinerja/Rincian?satker=51.01&tahun={tahun}&periode=tahunan&kode=5.1";
        var response = await TolokFactory.PostFormAsync(perencana, page + "&handler=Manual", new Dictionary<string, string>
        {
            ["satker"] = "51.01",
            ["tahun"] = tahun.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["periode"] = "tahunan",
            ["kode"] = "5.1",
            ["Versi"] = "1",
            ["NilaiManual"] = "99",
            ["Justifikasi"] = "Survei kepuasan tahunan oleh pihak ketiga; belum ada register.",
            ["Bukti"] = "Laporan survei 1",
        }, page);
        Assert.Contains("sudah disetujui dan terkunci", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(87.5m, await DbAsync(db => db.RealisasiManual.Where(m => m.Tahun == tahun && m.KodeIndikator == "5.1").Select(m => m.Nilai).FirstAsync()));
    }

    [Fact]
    public async Task A_tps_import_into_submitted_or_approved_data_is_refused_on_every_path()
    {
        using var admin = await app.LoginAsync(Peran.Admin);
        var slug = $"uji-{Guid.NewGuid():N}"[..16];
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/pemilihan", new
        {
            id = slug,
            nama = "Pemilihan uji kunci",
            tanggal = "2024-02-14",
            suratSuara = new[] { new { kode = "A", nama = "Surat A" } },
        })).StatusCode);
        var first = await WriteAsync(Csv([Consistent(Tps(DesaJembrana[0], 1), 100, 100, 50, 50)]), ".csv");
        Assert.Equal(0, (await app.RunCliAsync("tps", "import", first, "--pemilihan", slug, "--surat-suara", "A", "--satker", "51.01")).Exit);
        await StatusAsync("51.01", "partisipasi", $"{slug}:A", AlurRules.Disetujui);

        var second = await WriteAsync(Csv([Consistent(Tps(DesaJembrana[0], 1), 100, 100, 90, 90)]), ".csv");
        var cli = await app.RunCliAsync("tps", "import", second, "--pemilihan", slug, "--surat-suara", "A", "--satker", "51.01");
        Assert.Equal(1, cli.Exit);
        Assert.Contains("disetujui", cli.Error, StringComparison.Ordinal);
        // The province's import covers the locked regency too.
        Assert.Equal(1, (await app.RunCliAsync("tps", "import", second, "--pemilihan", slug, "--surat-suara", "A", "--satker", "51")).Exit);
        var content = new ByteArrayContent(await File.ReadAllBytesAsync(second));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var api = await admin.PostAsync($"/api/v1/pemilihan/{slug}/tps/impor?suratSuara=A&satker=51.01", new MultipartFormDataContent { { content, "berkas", "tps.csv" } });
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        var dpt = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/pemilihan/{slug}/partisipasi/51.01?suratSuara=A");
        Assert.Equal(50m, dpt.GetProperty("partisipasi").GetProperty("total").GetDecimal()); // still the approved figures

        // Submitted (not yet approved) is locked as well; returned is open again.
        await StatusAsync("51.01", "partisipasi", $"{slug}:A", AlurRules.Diajukan);
        Assert.Equal(1, (await app.RunCliAsync("tps", "import", second, "--pemilihan", slug, "--surat-suara", "A", "--satker", "51.01")).Exit);
        await StatusAsync("51.01", "partisipasi", $"{slug}:A", AlurRules.Dikembalikan);
        Assert.Equal(0, (await app.RunCliAsync("tps", "import", second, "--pemilihan", slug, "--surat-suara", "A", "--satker", "51.01")).Exit);
    }

    [Fact]
    public async Task Of_two_opposite_decisions_at_once_exactly_one_succeeds_and_first_submissions_race_to_409()
    {
        using var op = await app.LoginAsync(Peran.Operator);
        using var verifikator = await app.LoginAsync(Peran.Verifikator);
        using var verifikator2 = await app.LoginAsync(Peran.Verifikator);
        using var op2 = await app.LoginAsync(Peran.Operator);
        var failures = new List<string>();
        for (var trial = 0; trial < 4; trial++)
        {
            var id = await IdAsync(await op.PostAsJsonAsync("/api/v1/satker/51.01/sengketa", Perkara(Nomor())));
            var url = $"/api/v1/satker/51.01/alur/sengketa/{id}";
            var ajukan = await Task.WhenAll(op.PostAsJsonAsync($"{url}/ajukan", new { }), op2.PostAsJsonAsync($"{url}/ajukan", new { }));
            var a = ajukan.Select(r => (int)r.StatusCode).Order().ToArray();
            if (!a.SequenceEqual([200, 409]))
            {
                failures.Add($"ajukan bersamaan {trial}: {string.Join(", ", a)}");
            }
            var keputusan = await Task.WhenAll(verifikator.PostAsJsonAsync($"{url}/verifikasi", new { }), verifikator2.PostAsJsonAsync($"{url}/kembalikan", new { catatan = "perbaiki" }));
            var k = keputusan.Select(r => (int)r.StatusCode).Order().ToArray();
            if (!k.SequenceEqual([200, 409]))
            {
                failures.Add($"verifikasi/kembalikan bersamaan {trial}: {string.Join(", ", k)}");
            }
            var riwayat = await op.GetFromJsonAsync<JsonElement>(url);
            if (riwayat.GetProperty("riwayat").GetArrayLength() != 2)
            {
                failures.Add($"riwayat {trial}: {riwayat.GetProperty("riwayat").GetArrayLength()} langkah, seharusnya 2");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Submitting_makes_an_edit_opened_before_it_stale_and_a_workflow_action_can_name_the_version_it_saw()
    {
        using var op = await app.LoginAsync(Peran.Operator);
        using var verifikator = await app.LoginAsync(Peran.Verifikator);
        var id = await IdAsync(await op.PostAsJsonAsync("/api/v1/satker/51.01/sengketa", Perkara(Nomor())));
        var row = $"/api/v1/satker/51.01/sengketa/{id}";
        var url = $"/api/v1/satker/51.01/alur/sengketa/{id}";
        var opened = (await op.GetAsync(row)).Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsJsonAsync($"{url}/ajukan", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await verifikator.PostAsJsonAsync($"{url}/kembalikan", new { catatan = "lengkapi" })).StatusCode);
        // Open again, but the edit prepared before the submission is not stored over what was submitted.
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await op.SendAsync(TolokFactory.Put(row, Perkara(Nomor(), "dari sebelum diajukan"), opened))).StatusCode);

        var item = await op.GetFromJsonAsync<JsonElement>(url);
        var seen = item.GetProperty("versi").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsJsonAsync($"{url}/ajukan", new { })).StatusCode);
        var stale = new HttpRequestMessage(HttpMethod.Post, $"{url}/verifikasi") { Content = JsonContent.Create(new { }) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{seen}\""));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await verifikator.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task A_service_with_records_keeps_its_year()
    {
        using var admin = await app.LoginAsync(Peran.Admin);
        var layanan = await IdAsync(await admin.PostAsJsonAsync("/api/v1/satker/51.01/layanan", new { tahun = 2047, nama = $"Layanan {Nomor()}" }));
        await IdAsync(await admin.PostAsJsonAsync($"/api/v1/satker/51.01/layanan/{layanan}/pelaksanaan", new { tanggal = "2047-03-01", kanal = "loket", jenisPemohon = "warga", perihal = "x", terpenuhi = true }));
        var moved = await TolokFactory.PutVersiAsync(admin, $"/api/v1/satker/51.01/layanan/{layanan}", new { tahun = 2048, nama = "dipindah" }, $"/api/v1/satker/51.01/layanan/katalog/{layanan}");
        Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);
        Assert.Contains("tahunnya tidak dapat diubah", await moved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Whoever_verified_an_item_cannot_approve_it_whatever_roles_they_hold()
    {
        using var op = await app.LoginAsync(Peran.Operator);
        using var both = await app.LoginAsync(Peran.Verifikator, Peran.Pimpinan);
        using var pimpinan = await app.LoginAsync(Peran.Pimpinan);
        var id = await IdAsync(await op.PostAsJsonAsync("/api/v1/satker/51.01/sengketa", Perkara(Nomor())));
        var url = $"/api/v1/satker/51.01/alur/sengketa/{id}";
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsJsonAsync($"{url}/ajukan", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await both.PostAsJsonAsync($"{url}/verifikasi", new { })).StatusCode);

        var refused = await both.PostAsJsonAsync($"{url}/setujui", new { });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("empat mata", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The page offers no approval to that person either.
        Assert.DoesNotContain("value=\"setujui\"", await both.GetStringAsync($"/Alur?satker=51.01&jenis=sengketa&kunci={id}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await pimpinan.PostAsJsonAsync($"{url}/setujui", new { })).StatusCode);
    }

    [Fact]
    public async Task The_targets_page_reads_indonesian_numbers_names_a_refused_cell_and_never_blanks_a_stored_target()
    {
        var tahun = app.NewYear();
        using var perencana = await app.LoginAsync(Peran.Perencana);
        Assert.Equal(HttpStatusCode.OK, (await perencana.PutAsJsonAsync($"/api/v1/satker/51.01/iku/{tahun}", new
        {
            keterangan = "uji angka",
            ditetapkan = new { tempat = "Negara", tanggal = $"{tahun}-01-02", jabatan = "Ketua" },
            sasaran = new[] { new { uraian = "Sasaran", indikator = new[] { new { uraian = "Partisipasi", satuan = "%", polaritas = "Maksimal" }, new { uraian = "Nilai", satuan = "nilai", polaritas = "Maksimal" } } } },
        })).StatusCode);
        var page = $"/Kinerja/Target?satker=51.01&tahun={tahun}";
        Dictionary<string, string> Form(string versi, string pk1, string pk2) => new()
        {
            ["satker"] = "51.01",
            ["tahun"] = tahun.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Versi"] = versi,
            ["Input[0].Kode"] = "1.1",
            ["Input[0].Tahunan"] = pk1,
            ["Input[1].Kode"] = "1.2",
            ["Input[1].Tahunan"] = pk2,
            ["Input[1].Tw1"] = "1.234,5",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await TolokFactory.PostFormAsync(perencana, page, Form("0", "72,5", "4,0"))).StatusCode);
        async Task<(decimal?, decimal?, decimal?)> Stored() => await DbAsync(async db =>
        {
            var t = await db.TargetIku.AsNoTracking().Where(x => x.Tahun == tahun).OrderBy(x => x.KodeIndikator).ToListAsync();
            return (t[0].Tahunan, t[1].Tahunan, t[1].Tw1);
        });
        Assert.Equal((72.5m, 4m, 1234.5m), await Stored());

        var versi = System.Text.RegularExpressions.Regex.Match(await perencana.GetStringAsync(page), "name=\"Versi\" value=\"(\\d+)\"").Groups[1].Value;
        var refused = await TolokFactory.PostFormAsync(perencana, page, Form(versi, "72.5", "1,2,3"));
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("IKU 1.1, kolom PK (tahunan): \"72.5\" bukan angka", html, StringComparison.Ordinal);
        Assert.Contains("IKU 1.2, kolom PK (tahunan): \"1,2,3\" bukan angka", html, StringComparison.Ordinal);
        Assert.Contains("value=\"72.5\"", html, StringComparison.Ordinal);   // what was typed stays, highlighted
        Assert.Contains("class=\"galat\"", html, StringComparison.Ordinal);
        Assert.Equal((72.5m, 4m, 1234.5m), await Stored());
        // Saving the refused form again with a corrected value keeps the other cells' stored values.
        Assert.Equal(HttpStatusCode.Redirect, (await TolokFactory.PostFormAsync(perencana, page, Form(versi, "80", "4,0"))).StatusCode);
        Assert.Equal((80m, 4m, 1234.5m), await Stored());
    }
}

public sealed class JalurTulisTestsSqlite(SqliteFactory app) : JalurTulisTests(app), IClassFixture<SqliteFactory>;

public sealed class JalurTulisTestsPostgres(PostgresFactory app) : JalurTulisTests(app), IClassFixture<PostgresFactory>;