using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tolok.Infrastructure;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;

namespace Tolok.Tests.Evaluasi;

/// <summary>
/// Issue 18 point 3: an LHE's recommendations with their follow-up actions, evidence and status, overdue marking, the
/// lock of the LHE on the recommendations (not on their follow-up), the scope of the register, the LKE's DVAL003.1
/// computed from them and the LKjIP's Bab III C / IV B printing them.
/// </summary>
public abstract class RekomendasiTests(TolokFactory app) : IAsyncLifetime
{
    public async Task InitializeAsync() => Assert.Equal(0, (await app.RunCliAsync("demo")).Exit);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_demo_lhe_lists_its_recommendations_with_status_and_overdue_and_the_reports_read_them()
    {
        using var pembaca = await app.PembacaAsync();
        var lhe = (await pembaca.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/lhe")).EnumerateArray().Single(l => l.GetProperty("tahunDievaluasi").GetInt32() == 2023);
        var id = lhe.GetProperty("id").GetInt32();
        var daftar = (await pembaca.GetFromJsonAsync<JsonElement>($"/api/v1/satker/51.01/lhe/{id}/rekomendasi")).EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], daftar.Select(r => r.GetProperty("nomor").GetInt32()));
        Assert.Equal(["selesai", "proses", "belum"], daftar.Select(r => r.GetProperty("status").GetString()));
        // Finished is never overdue; the other two are past their due dates (2025 and 2024).
        Assert.Equal([false, true, true], daftar.Select(r => r.GetProperty("terlambat").GetBoolean()));
        Assert.Equal(2, daftar[0].GetProperty("tindakLanjut").GetArrayLength());
        Assert.Equal("BKUR01", daftar[0].GetProperty("komponen").GetString());

        // The LKjIP 2024 (Bab III C, Bab IV B), as of its signing date in the demo.
        var docx = await pembaca.GetByteArrayAsync("/api/v1/satker/51.01/dokumen/lkjip/2024.docx");
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var teks = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("C. Tindak Lanjut Rekomendasi Hasil Evaluasi", teks, StringComparison.Ordinal);
        Assert.Contains("dengan 3 rekomendasi", teks, StringComparison.Ordinal);
        Assert.Contains("Melaksanakan evaluasi internal atas capaian kinerja setiap triwulan", teks, StringComparison.Ordinal);
        Assert.Contains("belum (terlambat)", teks, StringComparison.Ordinal);
        Assert.Contains("Rekomendasi LHE tahun 2023 yang belum selesai", teks, StringComparison.Ordinal);

        // A follow-up recorded after the LKjIP was signed does not change it: it reports as of its date.
        using var op = await app.LoginAsync(Peran.Operator);
        var hariIni = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var kemudian = await op.PostAsJsonAsync($"/api/v1/satker/51.01/lhe/{id}/rekomendasi/{daftar[1].GetProperty("id").GetInt32()}/tindak-lanjut",
            new { tanggal = hariIni, uraian = "Rencana Aksi semua triwulan disusun", status = "selesai", bukti = new[] { "/Kinerja/RencanaAksi?satker=51.01&tahun=2024" } });
        Assert.Equal(HttpStatusCode.Created, kemudian.StatusCode);
        using (var ulang = WordprocessingDocument.Open(new MemoryStream(await pembaca.GetByteArrayAsync("/api/v1/satker/51.01/dokumen/lkjip/2024.docx")), false))
        {
            var sesudah = ulang.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("1 selesai ditindaklanjuti", sesudah, StringComparison.Ordinal);
            Assert.DoesNotContain("Rencana Aksi semua triwulan disusun", sesudah, StringComparison.Ordinal);
        }

        // The calendar carries the due dates of the recommendations.
        var kalender = await pembaca.GetFromJsonAsync<JsonElement>("/api/v1/satker/51.01/kalender?dari=2024-11-01&sampai=2025-04-30");
        var rek = kalender.EnumerateArray().Where(k => k.GetProperty("kode").GetString() == "rekomendasi-lhe").ToList();
        Assert.Equal(3, rek.Count);
        Assert.Equal([true, true, false], rek.OrderBy(k => k.GetProperty("uid").GetString(), StringComparer.Ordinal).Select(k => k.GetProperty("selesai").GetBoolean()));
    }

    [Fact]
    public async Task Recommendations_and_follow_up_are_validated_versioned_scoped_and_locked_with_their_lhe_only()
    {
        using var op = await app.LoginAsync(Peran.Operator);
        var lhe = await (await op.PostAsJsonAsync("/api/v1/satker/51.02/lhe", new { tahunDievaluasi = 2031, evaluator = "Inspektorat uji", tanggalLhe = "2032-03-02", nilai = 70 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var basis = $"/api/v1/satker/51.02/lhe/{lhe.GetProperty("id").GetInt32()}/rekomendasi";

        // Bad input names its field; nothing is written.
        var salah = await op.PostAsJsonAsync(basis, new { uraian = "", komponen = "XYZ01", penanggungJawab = "", nomor = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, salah.StatusCode);
        var galat = (await salah.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "uraian", "penanggungJawab", "jatuhTempo", "nomor" })
        {
            Assert.True(galat.TryGetProperty(field, out _), field);
        }
        var komponen = await op.PostAsJsonAsync(basis, new { uraian = "x", komponen = "XYZ01", penanggungJawab = "Subbagian", jatuhTempo = "2032-06-30" });
        Assert.Contains("AREN01", await komponen.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, (await op.GetFromJsonAsync<JsonElement>(basis)).GetArrayLength());

        var dibuat = await op.PostAsJsonAsync(basis, new { uraian = "Menyusun pohon kinerja <b>lengkap</b>", komponen = "AREN01", penanggungJawab = "Subbagian Perencanaan", jatuhTempo = "2032-06-30" });
        Assert.Equal(HttpStatusCode.Created, dibuat.StatusCode);
        var r = await dibuat.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, r.GetProperty("nomor").GetInt32());
        Assert.Equal("belum", r.GetProperty("status").GetString());
        var url = $"{basis}/{r.GetProperty("id").GetInt32()}";
        Assert.Equal(HttpStatusCode.BadRequest, (await op.PostAsJsonAsync(basis, new { nomor = 1, uraian = "dua", penanggungJawab = "x", jatuhTempo = "2032-06-30" })).StatusCode);

        // Follow-up: finished needs evidence; a hostile address or a future date is refused.
        var tindak = $"{url}/tindak-lanjut";
        var tanpaBukti = await op.PostAsJsonAsync(tindak, new { tanggal = "2026-01-05", uraian = "Selesai", status = "selesai" });
        Assert.Contains("bukti", await tanpaBukti.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await op.PostAsJsonAsync(tindak, new { tanggal = "2026-01-05", uraian = "x", status = "proses", bukti = new[] { "//jahat.contoh/x" } })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await op.PostAsJsonAsync(tindak, new { tanggal = "2999-01-05", uraian = "x", status = "proses" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await op.PostAsJsonAsync(tindak, new { tanggal = "2026-01-05", uraian = "x", status = "hampir" })).StatusCode);
        var proses = await op.PostAsJsonAsync(tindak, new { tanggal = "2026-01-05", uraian = "Draf pohon kinerja", status = "proses", bukti = new[] { "Draf | /Iku?satker=51.02&tahun=2031" } });
        Assert.Equal(HttpStatusCode.Created, proses.StatusCode);
        Assert.Equal("proses", (await proses.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        // A stale version is refused; the current one accepted.
        var etag = (await op.GetAsync(url)).Headers.ETag!.Tag;
        var ubah = new { uraian = "Menyusun pohon kinerja lengkap", komponen = "AREN01", penanggungJawab = "Subbagian Perencanaan", jatuhTempo = "2032-07-31" };
        Assert.Equal(HttpStatusCode.OK, (await op.SendAsync(TolokFactory.Put(url, ubah, etag))).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await op.SendAsync(TolokFactory.Put(url, ubah, etag))).StatusCode);

        // An Operator assigned to another satker reads but does not write this register.
        var (nama, sandi) = await app.CreateUserAsync(false, Peran.Operator);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            db.PenugasanPic.Add(new PenugasanPic { NamaPengguna = nama, Satker = "51.03", Register = "lhe" });
            await db.SaveChangesAsync();
        }
        using var lain = await app.MasukAsync(nama, sandi);
        Assert.Equal(HttpStatusCode.Forbidden, (await lain.PostAsJsonAsync(tindak, new { tanggal = "2026-01-06", uraian = "x", status = "proses" })).StatusCode);
        using var pembaca = await app.LoginAsync(Peran.Pimpinan);
        Assert.Equal(HttpStatusCode.Forbidden, (await pembaca.PostAsJsonAsync(tindak, new { tanggal = "2026-01-06", uraian = "x", status = "proses" })).StatusCode);
        using var anonim = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonim.GetAsync(basis)).StatusCode);

        // Submitted: the recommendations are locked with the LHE; their follow-up is still recorded.
        var ajukan = await op.PostAsJsonAsync($"/api/v1/satker/51.02/alur/lhe/{lhe.GetProperty("id").GetInt32()}/ajukan", new { });
        Assert.True(ajukan.IsSuccessStatusCode, await ajukan.Content.ReadAsStringAsync());
        etag = (await op.GetAsync(url)).Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.Conflict, (await op.SendAsync(TolokFactory.Put(url, ubah, etag))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await op.PostAsJsonAsync(basis, new { uraian = "baru", penanggungJawab = "x", jatuhTempo = "2032-06-30" })).StatusCode);
        var selesai = await op.PostAsJsonAsync(tindak, new { tanggal = "2026-02-01", uraian = "Pohon kinerja ditetapkan", status = "selesai", bukti = new[] { "SK Sekretaris Nomor 12/2026" } });
        Assert.Equal(HttpStatusCode.Created, selesai.StatusCode);
        var akhir = await selesai.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("selesai", akhir.GetProperty("status").GetString());
        Assert.False(akhir.GetProperty("terlambat").GetBoolean());
        Assert.Equal(2, akhir.GetProperty("tindakLanjut").GetArrayLength());
    }

    [Fact]
    public async Task The_page_lists_and_records_follow_up_with_user_text_encoded()
    {
        // An LHE of its own (the demo's are read by the other tests), with one recommendation past its due date.
        using var op = await app.LoginAsync(Peran.Operator);
        var id = (await (await op.PostAsJsonAsync("/api/v1/satker/51.01/lhe", new { tahunDievaluasi = 2033, evaluator = "Inspektorat uji", tanggalLhe = "2025-01-02", nilai = 70 }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var dibuat = await op.PostAsJsonAsync($"/api/v1/satker/51.01/lhe/{id}/rekomendasi", new { uraian = "Evaluasi internal triwulanan", penanggungJawab = "Sekretaris", jatuhTempo = "2025-06-30" });
        Assert.Equal(HttpStatusCode.Created, dibuat.StatusCode);
        var rid = (await dibuat.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var halaman = $"/Evaluasi/Rekomendasi?satker=51.01&lhe={id}";
        using var pembaca = await app.PembacaAsync();
        var html = await pembaca.GetStringAsync(halaman);
        Assert.Contains("terlambat", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Catat tindak lanjut", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await pembaca.GetAsync($"/Evaluasi/Rekomendasi?satker=51.02&lhe={id}")).StatusCode);

        Assert.Contains("Catat tindak lanjut", await op.GetStringAsync(halaman), StringComparison.Ordinal);
        // Missing evidence for a finished action: the page says so and nothing is recorded.
        var gagal = await TolokFactory.PostFormAsync(op, $"{halaman}&handler=TindakLanjut&rid={rid}",
            new Dictionary<string, string> { ["satker"] = "51.01", ["lhe"] = $"{id}", ["rid"] = $"{rid}", ["Tanggal"] = "2026-01-10", ["UraianTindak"] = "x", ["Status"] = "selesai", ["Bukti"] = "" }, halaman);
        Assert.Equal(HttpStatusCode.OK, gagal.StatusCode);
        Assert.Contains("memerlukan bukti", await gagal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var ok = await TolokFactory.PostFormAsync(op, $"{halaman}&handler=TindakLanjut&rid={rid}",
            new Dictionary<string, string> { ["satker"] = "51.01", ["lhe"] = $"{id}", ["rid"] = $"{rid}", ["Tanggal"] = "2026-01-10", ["UraianTindak"] = "<script>alert(1)</script> evaluasi triwulan I", ["Status"] = "proses", ["Bukti"] = "Notula | /Evaluasi?satker=51.01\njavascript:alert(1)" }, halaman);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("tidak diterima", await ok.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        ok = await TolokFactory.PostFormAsync(op, $"{halaman}&handler=TindakLanjut&rid={rid}",
            new Dictionary<string, string> { ["satker"] = "51.01", ["lhe"] = $"{id}", ["rid"] = $"{rid}", ["Tanggal"] = "2026-01-10", ["UraianTindak"] = "<script>alert(1)</script> evaluasi triwulan I", ["Status"] = "proses", ["Bukti"] = "Notula | /Evaluasi?satker=51.01" }, halaman);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        html = await op.GetStringAsync(halaman);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        // A form naming another satker than its query is refused (the rules' filter).
        var campur = await TolokFactory.PostFormAsync(op, $"{halaman}&handler=TindakLanjut&rid={rid}",
            new Dictionary<string, string> { ["satker"] = "51.02", ["lhe"] = $"{id}", ["rid"] = $"{rid}", ["Tanggal"] = "2026-01-10", ["UraianTindak"] = "x", ["Status"] = "proses" }, halaman);
        Assert.NotEqual(HttpStatusCode.Redirect, campur.StatusCode);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            Assert.Equal(1, await db.TindakLanjutLhe.CountAsync(t => t.RekomendasiLheId == rid));
        }
    }
}

public sealed class RekomendasiTestsSqlite(SqliteFactory app) : RekomendasiTests(app), IClassFixture<SqliteFactory>;

public sealed class RekomendasiTestsPostgres(PostgresFactory app) : RekomendasiTests(app), IClassFixture<PostgresFactory>;
