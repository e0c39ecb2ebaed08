using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tolok.Infrastructure;
using Tolok.Lke;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Lke;

/// <summary>The worksheet as seeded from the CSV: its weights add up, and the scores follow decision 121.</summary>
public static class LkeHitungTests
{
    private static readonly string Csv = Path.Combine(AppContext.BaseDirectory, "Data", "lke-88-2021.csv");

    [Fact]
    public static void The_worksheet_has_76_kriteria_in_four_komponen_whose_weights_add_up()
    {
        var (bagian, kriteria) = LkeSeed.Baca(Csv);
        Assert.Equal(76, kriteria.Count);
        Assert.Equal(["AREN01", "BKUR01", "CLAP01", "DVAL01"], bagian.Where(b => b.Induk is null).Select(b => b.Kode));
        Assert.Equal(100m, bagian.Where(b => b.Induk is null).Sum(b => b.Bobot));
        Assert.Equal(22, kriteria.Count(k => k.JenisJawaban == "YT"));
        Assert.Equal("RPJMD\nRenstra PD\nPokin PD", kriteria.Single(k => k.Kode == "AREN001.1").Bukti);
        Assert.Null(kriteria.Single(k => k.Kode == "AREN003.6").Bukti);
    }

    [Fact]
    public static void Every_answer_at_its_best_scores_100_and_the_grade_follows_the_table()
    {
        var (bagian, kriteria) = LkeSeed.Baca(Csv);
        var skala = LkeSeed.SkalaBawaan.Select(s => new LkeSkalaJawaban { Edisi = LkeSeed.Edisi, JenisJawaban = s.Jenis, Jawaban = s.Jawaban, Nilai = s.Nilai }).ToList();
        var predikat = Tolok.Kinerja.SkalaCapaian.PredikatBawaan().ToList();
        LkeDto Nilai(Func<LkeKriteria, string?> jawab) => LkeQuery.Hitung(new Tolok.Iku.SatkerRingkas("uji", "Uji"), 2024, LkeSeed.Edisi, bagian, kriteria, skala,
            kriteria.Where(k => jawab(k) is not null).ToDictionary(k => k.Kode, k => new JawabanLke { KodeKriteria = k.Kode, Jawaban = jawab(k), DiubahOleh = "uji" }),
            _ => null, predikat, null, "draf", 0);

        var terbaik = Nilai(k => k.JenisJawaban == "YT" ? "Y" : "A");
        Assert.Equal(100m, terbaik.Nilai);
        Assert.Equal("AA", terbaik.Predikat);
        Assert.Equal([30m, 30m, 15m, 25m], terbaik.Komponen.Select(k => k.Nilai));

        var kosong = Nilai(_ => null);
        Assert.Equal(0m, kosong.Nilai);
        Assert.Equal("D", kosong.Predikat);
        Assert.All(kosong.Kriteria, k => Assert.Null(k.Nilai));

        // All B on the letter scale and Y elsewhere: Pemenuhan 20 + 0,66 × the rest, less the Y/T kriteria outside Pemenuhan.
        var b = Nilai(k => k.JenisJawaban == "YT" ? "Y" : "B");
        Assert.InRange(b.Kriteria.Sum(k => k.Nilai!.Value) - b.Nilai, -0.01m, 0.01m);
        Assert.InRange(b.Nilai, 70.01m, 80m);
        Assert.Equal("BB", b.Predikat);
        // A kriteria's weight is its sub-komponen's weight shared equally: AREN001 (6 points, 4 kriteria) gives 1,5 each.
        Assert.Equal(1.5m, terbaik.Kriteria.Single(k => k.Kode == "AREN001.1").Bobot);
    }
}

/// <summary>
/// Issue 18's self-assessment through the API on the demo data: every kriteria, at least a third with a suggestion
/// computed from Tolok's records, a score and grade consistent with the grade table; answers with a stale version, an
/// unexplained override, a hostile evidence address or from outside the satker's scope are refused, and a submitted
/// assessment is locked.
/// </summary>
public abstract class LkeTests(TolokFactory app) : IAsyncLifetime
{
    public async Task InitializeAsync() => Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_demo_assessment_lists_every_kriteria_with_suggestions_and_a_consistent_grade()
    {
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/satker/51.01/lke/2024")).StatusCode);

        using var reader = await app.PembacaAsync();
        var lke = await reader.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/lke/2024");
        var kriteria = lke.GetProperty("kriteria").EnumerateArray().ToList();
        Assert.Equal(76, kriteria.Count);
        var disarankan = kriteria.Where(k => k.GetProperty("saran").ValueKind == JsonValueKind.String).ToList();
        Assert.True(disarankan.Count * 3 >= kriteria.Count, $"{disarankan.Count} saran dari {kriteria.Count} kriteria");
        Assert.All(disarankan, k =>
        {
            Assert.False(string.IsNullOrWhiteSpace(k.GetProperty("alasanSaran").GetString()));
            Assert.NotEqual(0, k.GetProperty("bukti").GetArrayLength());
        });
        Assert.All(kriteria, k => Assert.Equal(JsonValueKind.Null, k.GetProperty("jawaban").ValueKind));

        // The demo's own records: Renstra 2020–2024, IKU and PK signed in January, the LKjIP signed by the end of February.
        var byKode = kriteria.ToDictionary(k => k.GetProperty("kode").GetString()!);
        Assert.Equal("Y", byKode["AREN001.1"].GetProperty("saran").GetString());
        Assert.Equal("Y", byKode["CLAP001.6"].GetProperty("saran").GetString());
        Assert.Contains(byKode["CLAP001.6"].GetProperty("bukti").EnumerateArray(), b => b.GetProperty("url").GetString() == "/api/v1/satker/51.01/dokumen/lkjip/2024.pdf");
        // The LHE of 2023 has three recommendations in the demo, one of them finished: C (a third or more).
        Assert.Equal("C", byKode["DVAL003.1"].GetProperty("saran").GetString());
        Assert.Contains("1 dari 3", byKode["DVAL003.1"].GetProperty("alasanSaran").GetString(), StringComparison.Ordinal);
        Assert.Contains(byKode["DVAL003.1"].GetProperty("bukti").EnumerateArray(), b => b.GetProperty("url").GetString()!.StartsWith("/Evaluasi/Rekomendasi?satker=51.01&lhe=", StringComparison.Ordinal));

        // The total is the sum of the scores, and its grade the band of the grade table holding it.
        var total = lke.GetProperty("nilai").GetDecimal();
        Assert.InRange(kriteria.Sum(k => k.GetProperty("nilai").ValueKind == JsonValueKind.Number ? k.GetProperty("nilai").GetDecimal() : 0) - total, -0.01m, 0.01m);
        var predikat = Tolok.Kinerja.SkalaCapaian.PredikatBawaan().First(s => s.Memuat(total)).Label;
        Assert.Equal(predikat, lke.GetProperty("predikat").GetString());
        var lheLalu = lke.GetProperty("lheLalu");
        Assert.Equal(2023, lheLalu.GetProperty("tahunDievaluasi").GetInt32());
        Assert.Equal(4, lke.GetProperty("komponen").GetArrayLength());
    }

    [Fact]
    public async Task An_answer_is_versioned_explained_when_it_differs_and_locked_once_submitted()
    {
        var (perencana, sandi) = await app.CreateUserAsync(Peran.Perencana);
        using var client = await app.MasukAsync(perencana, sandi);
        const string url = "/api/v1/satker/51.02/lke/2024";
        var first = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!.Tag;
        Assert.Equal("\"0\"", etag);

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await client.SendAsync(TolokFactory.Put($"{url}/kriteria/AREN001.1", new { jawaban = "Y" }, null))).StatusCode);
        var salahSkala = await client.SendAsync(TolokFactory.Put($"{url}/kriteria/AREN001.1", new { jawaban = "B" }, etag));
        Assert.Equal(HttpStatusCode.BadRequest, salahSkala.StatusCode);
        Assert.Contains("skala YT", await salahSkala.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(TolokFactory.Put($"{url}/kriteria/ZZZ", new { jawaban = "Y" }, etag))).StatusCode);
        foreach (var hostile in new[] { "Klik | javascript:alert(1)", "Notulen | /\t/evil.example", "//evil.example", "Berkas | /a b" })
        {
            var jahat = await client.SendAsync(TolokFactory.Put($"{url}/kriteria/AREN003.6", new { jawaban = "A", bukti = new[] { hostile } }, etag));
            Assert.Equal(HttpStatusCode.BadRequest, jahat.StatusCode);
        }

        // 51.02 (Tabanan) holds no Renstra in the demo: Tolok suggests T, so a Y needs a reason.
        var lke = await client.GetFromJsonAsync<JsonElement>(url);
        var saran = lke.GetProperty("kriteria").EnumerateArray().Single(k => k.GetProperty("kode").GetString() == "AREN001.1").GetProperty("saran").GetString();
        Assert.Equal("T", saran);
        var tanpaAlasan = await client.SendAsync(TolokFactory.Put($"{url}/kriteria/AREN001.1", new { jawaban = "Y" }, etag));
        Assert.Equal(HttpStatusCode.BadRequest, tanpaAlasan.StatusCode);
        Assert.Contains("alasanBeda", await tanpaAlasan.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var saved = await client.SendAsync(TolokFactory.Put($"{url}/kriteria/AREN001.1",
            new { jawaban = "Y", alasanBeda = "Renstra 2020–2024 ditetapkan di luar Tolok.", catatan = "Keputusan KPU Kabupaten Tabanan", bukti = new[] { "Renstra | https://contoh.kpu.go.id/renstra.pdf", "/Profil?satker=51.02" } }, etag));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var after = await saved.Content.ReadFromJsonAsync<JsonElement>();
        var answered = after.GetProperty("kriteria").EnumerateArray().Single(k => k.GetProperty("kode").GetString() == "AREN001.1");
        Assert.Equal(("Y", "jawaban", 1.5m), (answered.GetProperty("jawaban").GetString(), answered.GetProperty("sumberNilai").GetString(), answered.GetProperty("nilai").GetDecimal()));
        Assert.Contains(answered.GetProperty("bukti").EnumerateArray(), b => b.GetProperty("url").GetString() == "https://contoh.kpu.go.id/renstra.pdf");
        var etag2 = saved.Headers.ETag!.Tag;
        Assert.NotEqual(etag, etag2);
        // The version read before the first answer is stale now.
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await client.SendAsync(TolokFactory.Put($"{url}/kriteria/AREN001.2", new { jawaban = "T" }, etag))).StatusCode);

        // Another satker's planner may not answer for Tabanan.
        var (lain, sandiLain) = await app.CreateUserAsync(Peran.Perencana);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            db.PenugasanPic.Add(new PenugasanPic { NamaPengguna = lain, Satker = "51.03", Register = "*" });
            await db.SaveChangesAsync();
        }
        using (var luar = await app.MasukAsync(lain, sandiLain))
        {
            var refused = await luar.SendAsync(TolokFactory.Put($"{url}/kriteria/AREN001.2", new { jawaban = "T" }, etag2));
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        // An operator cannot answer at all.
        using (var op = await app.LoginAsync(Peran.Operator))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await op.SendAsync(TolokFactory.Put($"{url}/kriteria/AREN001.2", new { jawaban = "T" }, etag2))).StatusCode);
        }

        // Submitted for review: the assessment is locked until it is returned.
        var ajukan = await client.PostAsJsonAsync("/api/v1/satker/51.02/alur/lke/2024/ajukan", new { });
        Assert.True(ajukan.IsSuccessStatusCode, await ajukan.Content.ReadAsStringAsync());
        var etag3 = (await client.GetAsync(url)).Headers.ETag!.Tag;
        var locked = await client.SendAsync(TolokFactory.Put($"{url}/kriteria/AREN001.2", new { jawaban = "T" }, etag3));
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
        var submitted = await client.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal("diajukan", submitted.GetProperty("status").GetString());
        // Under review the sheet is scored from its answers only (a suggestion is recomputed from live records).
        Assert.All(submitted.GetProperty("kriteria").EnumerateArray().Where(k => k.GetProperty("jawaban").ValueKind == JsonValueKind.Null),
            k => Assert.Equal(JsonValueKind.Null, k.GetProperty("nilai").ValueKind));
        Assert.Equal(1.5m, submitted.GetProperty("nilai").GetDecimal());
        // The year is written one way only: "02024" is not another workflow item.
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/v1/satker/51.02/alur/lke/02024/ajukan", new { })).StatusCode);

        // The sheet as XLSX (worksheet layout) and DOCX, opened by the OpenXML reader.
        var xlsx = await client.GetByteArrayAsync($"{url}.xlsx");
        using (var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            var lembar = doc.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
            Assert.Contains("LKE", lembar);
            var shared = doc.WorkbookPart.SharedStringTablePart?.SharedStringTable.InnerText ?? "";
            var inline = string.Concat(doc.WorkbookPart.WorksheetParts.Select(w => w.Worksheet.InnerText));
            Assert.Contains("AREN001.1", shared + inline, StringComparison.Ordinal);
            Assert.Contains("DVAL004.3", shared + inline, StringComparison.Ordinal);
        }
        var docx = await client.GetByteArrayAsync($"{url}.docx");
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var text = word.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("PENILAIAN MANDIRI SAKIP (LKE) TAHUN 2024", text, StringComparison.Ordinal);
            Assert.Contains("Renstra 2020–2024 ditetapkan di luar Tolok.", text, StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{url}.exe")).StatusCode);
    }

    [Fact]
    public async Task The_page_shows_the_suggestions_and_takes_an_answer_in_its_form()
    {
        using var perencana = await app.LoginAsync(Peran.Perencana);
        const string page = "/Evaluasi/Lke?satker=51.04&tahun=2024";
        var html = await perencana.GetStringAsync(page);
        Assert.Contains("Penilaian mandiri SAKIP (LKE) tahun 2024", html, StringComparison.Ordinal);
        Assert.Contains("Saran Tolok", html, StringComparison.Ordinal);
        var versi = System.Text.RegularExpressions.Regex.Match(html, "name=\"versi\" value=\"(\\d+)\"").Groups[1].Value;
        // A reason is required where the answer differs from the suggestion; the answer typed is kept in the message.
        var refused = await TolokFactory.PostFormAsync(perencana, page, new Dictionary<string, string>
        {
            ["satker"] = "51.04",
            ["tahun"] = "2024",
            ["kriteria"] = "AREN001.1",
            ["versi"] = versi,
            ["jawaban"] = "Y",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("tuliskan alasan memilih Y", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var saved = await TolokFactory.PostFormAsync(perencana, page, new Dictionary<string, string>
        {
            ["satker"] = "51.04",
            ["tahun"] = "2024",
            ["kriteria"] = "AREN001.1",
            ["versi"] = versi,
            ["jawaban"] = "Y",
            ["alasanBeda"] = "Renstra <b>2020-2024</b> di luar Tolok.",
            ["bukti"] = "Renstra | https://contoh.kpu.go.id/r.pdf",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await perencana.GetStringAsync(page);
        Assert.Contains("Renstra &lt;b&gt;2020-2024&lt;/b&gt; di luar Tolok.", after, StringComparison.Ordinal);
        Assert.Contains("href=\"https://contoh.kpu.go.id/r.pdf\"", after, StringComparison.Ordinal);
        // The form and the address must agree on the satker; a reader without the planner role may not post.
        var mismatch = await TolokFactory.PostFormAsync(perencana, page, new Dictionary<string, string>
        {
            ["satker"] = "51.05",
            ["tahun"] = "2024",
            ["kriteria"] = "AREN001.2",
            ["versi"] = versi,
            ["jawaban"] = "T",
        });
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        using var reader = await app.PembacaAsync();
        Assert.DoesNotContain("Simpan AREN001.2", await reader.GetStringAsync(page), StringComparison.Ordinal);
        var forbidden = await TolokFactory.PostFormAsync(reader, page, new Dictionary<string, string>
        {
            ["satker"] = "51.04",
            ["tahun"] = "2024",
            ["kriteria"] = "AREN001.2",
            ["versi"] = versi,
            ["jawaban"] = "T",
        });
        Assert.Equal(HttpStatusCode.Redirect, forbidden.StatusCode);
        Assert.Equal("/Akun/Ditolak", forbidden.Headers.Location!.AbsolutePath);
        var lke = await reader.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.04/lke/2024");
        Assert.Single(lke.GetProperty("kriteria").EnumerateArray(), k => k.GetProperty("jawaban").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task Two_first_answers_at_once_store_one_and_refuse_the_other()
    {
        using var admin = await app.LoginAsync(Peran.Admin);
        const string url = "/api/v1/satker/51.03/lke/2024";
        var results = await Task.WhenAll(
            admin.SendAsync(TolokFactory.Put($"{url}/kriteria/BKUR002.6", new { jawaban = "Y" }, "\"0\"")),
            admin.SendAsync(TolokFactory.Put($"{url}/kriteria/BKUR002.7", new { jawaban = "Y" }, "\"0\"")));
        var codes = results.Select(r => r.StatusCode).OrderBy(c => (int)c).ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], codes);
        var lke = await admin.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(1, lke.GetProperty("kriteria").EnumerateArray().Count(k => k.GetProperty("jawaban").ValueKind == JsonValueKind.String));
        Assert.Equal(1, lke.GetProperty("versi").GetInt32());
        // A realisation's workflow key names its year one way only, like the sheet's.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/satker/51.01/alur/realisasi/2024:TW1:1.1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/satker/51.01/alur/realisasi/02024:TW1:1.1")).StatusCode);
    }

    [Fact]
    public async Task The_inspektorat_reads_its_assigned_satker_and_reviews_its_self_assessment_and_nothing_else()
    {
        const string url = "/api/v1/satker/51.05/lke/2024";
        using var perencana = await app.LoginAsync(Peran.Perencana);
        Assert.Equal(HttpStatusCode.OK, (await perencana.SendAsync(TolokFactory.Put($"{url}/kriteria/AREN003.6", new { jawaban = "B", catatan = "uji" }, "\"0\""))).StatusCode);
        using var op = await app.LoginAsync(Peran.Operator);
        var lhe = await (await op.PostAsJsonAsync("/api/v1/satker/51.05/lhe", new { tahunDievaluasi = 2036, evaluator = "Inspektorat", tanggalLhe = "2037-02-01", nilai = 70 })).Content.ReadFromJsonAsync<JsonElement>();
        var lheUrl = $"/api/v1/satker/51.05/alur/lhe/{lhe.GetProperty("id").GetInt32()}";
        Assert.True((await op.PostAsJsonAsync($"{lheUrl}/ajukan", new { })).IsSuccessStatusCode);
        Assert.True((await perencana.PostAsJsonAsync("/api/v1/satker/51.05/alur/lke/2024/ajukan", new { })).IsSuccessStatusCode);

        var (nama, sandi) = await app.CreateUserAsync(false, Peran.Inspektorat);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            db.PenugasanPic.Add(new PenugasanPic { NamaPengguna = nama, Satker = "51.05", Register = "*" });
            await db.SaveChangesAsync();
        }
        using var inspektorat = await app.MasukAsync(nama, sandi);
        Assert.Equal(HttpStatusCode.OK, (await inspektorat.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspektorat.GetAsync("/api/v1/satker/51.06/lke/2024")).StatusCode);
        // It answers nothing and verifies no register item; it verifies the self-assessment.
        var etag = (await inspektorat.GetAsync(url)).Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.Forbidden, (await inspektorat.SendAsync(TolokFactory.Put($"{url}/kriteria/AREN003.6", new { jawaban = "A" }, etag))).StatusCode);
        Assert.False((await inspektorat.PostAsJsonAsync($"{lheUrl}/verifikasi", new { })).IsSuccessStatusCode);
        var verifikasi = await inspektorat.PostAsJsonAsync("/api/v1/satker/51.05/alur/lke/2024/verifikasi", new { catatan = "Bukti cukup" });
        Assert.True(verifikasi.IsSuccessStatusCode, await verifikasi.Content.ReadAsStringAsync());
        Assert.Equal("diverifikasi", (await inspektorat.GetFromJsonAsync<JsonElement>(url)).GetProperty("status").GetString());
        // Approval stays with the Pimpinan.
        Assert.False((await inspektorat.PostAsJsonAsync("/api/v1/satker/51.05/alur/lke/2024/setujui", new { })).IsSuccessStatusCode);
    }
}

public sealed class LkeTestsSqlite(SqliteFactory app) : LkeTests(app), IClassFixture<SqliteFactory>;

public sealed class LkeTestsPostgres(PostgresFactory app) : LkeTests(app), IClassFixture<PostgresFactory>;
