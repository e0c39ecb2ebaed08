using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tolok.Partisipasi;
using Tolok.Partisipasi.Impor;
using Tolok.Pengguna;
using Tolok.Tests.Infrastructure;
using static Tolok.Tests.Partisipasi.TpsFiles;

namespace Tolok.Tests.Partisipasi.Impor;

public abstract class TpsImportTests(TolokFactory app)
{
    private static readonly long Desa1 = DesaJembrana[0], Desa2 = DesaJembrana[1], DesaLain = DesaJembrana[^1];

    /// <summary>An election of the test's own, so that no two tests share data.</summary>
    private async Task<string> NewPemilihanAsync()
    {
        using var admin = await app.LoginAsync(Peran.Admin);
        var id = $"uji-{Guid.NewGuid():N}"[..16];
        var response = await admin.PostAsJsonAsync("/api/v1/pemilihan", new
        {
            id,
            nama = "Pemilihan uji",
            tanggal = "2024-02-14",
            suratSuara = new[] { new { kode = "A", nama = "Surat A" }, new { kode = "B", nama = "Surat B" } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return id;
    }

    private Task<(int Exit, string Output, string Error)> ImportAsync(string file, string pemilihan, string surat = "A", string satker = "51.01", bool partial = false) =>
        app.RunCliAsync(partial
            ? ["tps", "import", file, "--pemilihan", pemilihan, "--surat-suara", surat, "--satker", satker, "--partial"]
            : ["tps", "import", file, "--pemilihan", pemilihan, "--surat-suara", surat, "--satker", satker]);

    private async Task<JsonElement> GetAsync(string pemilihan, string kode, string surat = "A", string query = "")
    {
        using var client = await app.PembacaAsync();
        return await client.GetFromJsonAsync<JsonElement>($"/api/v1/pemilihan/{pemilihan}/partisipasi/{kode}?suratSuara={surat}{query}");
    }

    [Theory]
    [InlineData(',', false)]
    [InlineData(';', true)]
    public async Task Csv_rows_roll_up_to_desa_kecamatan_and_kabupaten(char separator, bool bom)
    {
        var id = await NewPemilihanAsync();
        var csv = Csv([Consistent(Tps(Desa1, 1), 100, 110, 80, 90), Consistent(Tps(Desa1, 2), 50, 60, 40, 30), Consistent(Tps(Desa2, 1), 10, 10, 5, 5)], separator, bom);
        var file = await WriteAsync(csv.Replace("pemilih_dpt_l", "PEMILIH_DPT_L", StringComparison.Ordinal), ".csv");

        var (exit, output, error) = await ImportAsync(file, id);

        Assert.True(exit == 0, error + output);
        Assert.Contains("3 baris baru", output, StringComparison.Ordinal);
        var desa = await GetAsync(id, Tolok.Wilayah.KodeWilayah.Format(Desa1));
        Assert.Equal(320, desa.GetProperty("pemilih").GetProperty("dpt").GetProperty("total").GetInt64());
        Assert.Equal(170, desa.GetProperty("pemilih").GetProperty("dpt").GetProperty("p").GetInt64());
        Assert.Equal(240, desa.GetProperty("pengguna").GetProperty("total").GetProperty("total").GetInt64());
        Assert.Equal(Math.Round(240 * 100m / 320, 2), desa.GetProperty("partisipasi").GetProperty("total").GetDecimal());
        Assert.Equal(Math.Round(120 * 100m / 170, 2), desa.GetProperty("partisipasi").GetProperty("perempuan").GetDecimal());
        Assert.Equal(2, desa.GetProperty("anak").GetArrayLength());
        Assert.Equal("tps", desa.GetProperty("anak")[0].GetProperty("tingkat").GetString());

        var kab = await GetAsync(id, "5101");
        Assert.Equal("kabupaten", kab.GetProperty("tingkat").GetString());
        Assert.Equal(320 + 20, kab.GetProperty("pemilih").GetProperty("dpt").GetProperty("total").GetInt64());
        Assert.Equal(3, kab.GetProperty("tps").GetProperty("diketahui").GetInt64());
        Assert.Equal(3, kab.GetProperty("tps").GetProperty("valid").GetInt64());
        Assert.Equal(5, kab.GetProperty("anak").GetArrayLength());
        // Ratios of sums, never averages of ratios.
        Assert.Equal(Math.Round((240 + 10) * 100m / (320 + 20), 2), kab.GetProperty("partisipasi").GetProperty("total").GetDecimal());
        Assert.Equal(JsonValueKind.Null, kab.GetProperty("pemilih").GetProperty("dptb").GetProperty("total").ValueKind);
        File.Delete(file);
    }

    [Fact]
    public async Task Xlsx_and_json_lines_import_the_same_numbers_as_csv()
    {
        var rows = new[] { Consistent(Tps(Desa1, 1), 100, 110, 80, 90), Consistent(Tps(Desa1, 2), 50, 60, 40, 30) };
        var id = await NewPemilihanAsync();
        var xlsx = Xlsx(rows);
        var jsonl = await WriteAsync(JsonLines(rows), ".jsonl");

        var x = await ImportAsync(xlsx, id, "A");
        Assert.True(x.Exit == 0, x.Error);
        var j = await ImportAsync(jsonl, id, "B");
        Assert.True(j.Exit == 0, j.Error);

        var a = await GetAsync(id, "5101", "A");
        var b = await GetAsync(id, "5101", "B");
        Assert.Equal(a.GetProperty("pemilih").GetRawText(), b.GetProperty("pemilih").GetRawText());
        Assert.Equal(a.GetProperty("pengguna").GetRawText(), b.GetProperty("pengguna").GetRawText());
        Assert.Equal(320, a.GetProperty("pemilih").GetProperty("dpt").GetProperty("total").GetInt64());
        File.Delete(xlsx);
        File.Delete(jsonl);
    }

    [Theory]
    // Warnings: TPS with more voters than their DPT (DPTb and DPK voters; decision 90).
    [InlineData("sirekap-ppwp-2024-dki-1000tps.zip", 1000, 382, 24, 59, 535)]
    [InlineData("sirekap-ppwp-2024-kepulauan-seribu-53tps.zip", 53, 24, 1, 4, 24)]
    public async Task Real_sirekap_samples_import_and_statuses_are_counted(string zip, int rows, int valid, int warning, int invalid, int noData)
    {
        var id = await NewPemilihanAsync();
        var path = Path.Combine(AppContext.BaseDirectory, "Partisipasi", "Data", zip);

        var (exit, output, error) = await ImportAsync(path, id, "A", "RI");

        Assert.True(exit == 0, error + output);
        var nation = await GetAsync(id, "RI");
        var tps = nation.GetProperty("tps");
        Assert.Equal(rows, tps.GetProperty("diketahui").GetInt64());
        Assert.Equal(valid, tps.GetProperty("valid").GetInt64());
        Assert.Equal(warning, tps.GetProperty("peringatan").GetInt64());
        Assert.Equal(invalid, tps.GetProperty("tidakValid").GetInt64());
        Assert.Equal(noData, tps.GetProperty("tidakAdaData").GetInt64());
        Assert.Equal(rows - noData, tps.GetProperty("adaData").GetInt64());
        Assert.Equal(JsonValueKind.Null, nation.GetProperty("partisipasi").GetProperty("disabilitas").ValueKind);

        using var client = await app.PembacaAsync();
        var anomalies = await client.GetFromJsonAsync<JsonElement>($"/api/v1/pemilihan/{id}/anomali/31?suratSuara=A&batas=5000");
        Assert.Equal(invalid, anomalies.EnumerateArray().Count(a => a.GetProperty("status").GetString() == "tidak-valid"));
        var first = anomalies[0].GetProperty("pelanggaran")[0];
        Assert.NotEqual(first.GetProperty("nilaiKiri").GetInt64(), first.GetProperty("nilaiKanan").GetInt64());

        // Excluding invalid rows changes the sums but not the TPS counts.
        var onlyValid = await GetAsync(id, "RI", "A", "&hanyaValid=true");
        Assert.True(onlyValid.GetProperty("pemilih").GetProperty("dpt").GetProperty("total").GetInt64()
            < nation.GetProperty("pemilih").GetProperty("dpt").GetProperty("total").GetInt64());
        Assert.Equal(rows, onlyValid.GetProperty("tps").GetProperty("diketahui").GetInt64());
    }

    [Fact]
    public async Task Sirekap_folder_of_json_files_imports_like_the_zip()
    {
        var id = await NewPemilihanAsync();
        var dir = Directory.CreateTempSubdirectory("tolok-sirekap-");
        System.IO.Compression.ZipFile.ExtractToDirectory(Path.Combine(AppContext.BaseDirectory, "Partisipasi", "Data", "sirekap-ppwp-2024-kepulauan-seribu-53tps.zip"), dir.FullName);

        var (exit, _, error) = await ImportAsync(dir.FullName, id, "A", "RI");

        Assert.True(exit == 0, error);
        Assert.Equal(53, (await GetAsync(id, "31.01")).GetProperty("tps").GetProperty("diketahui").GetInt64());
        dir.Delete(true);
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "kode,pemilih_dpt_l\n51.01.01.9999.001,10\n", "baris 2 (kode 51.01.01.9999.001), kolom kode: kode tidak dikenal" },
        { "kode,pemilih_dpt_l\n52.01.01.2001.001,10\n", "kolom kode: kode tidak dikenal" },
        { "kode,pemilih_dpt_l\n51.02.01.2001.001,10\n", "di luar wilayah Komisi Pemilihan Umum Kabupaten Jembrana (51.01)" },
        { "kode,pemilih_dpt_l\n{TPS1},sepuluh\n", "kolom pemilih_dpt_l: \"sepuluh\" bukan bilangan bulat" },
        { "kode,pemilih_dpt_l\n{TPS1},-3\n", "kolom pemilih_dpt_l: nilai negatif \"-3\"" },
        { "kode,pemilih_dpt_l\n{TPS1},1.234\n", "bukan bilangan bulat (tanpa pemisah ribuan)" },
        { "tps,pemilih_dpt_l\n{TPS1},10\n", "baris 1: kolom \"tps\" tidak dikenal" },
        { "pemilih_dpt_l\n10\n", "baris 1: kolom wajib \"kode\" tidak ada" },
        { "kode,pemilih_dpt_l\n{TPS1},10\n{TPS1},11\n", "baris 3 (kode {TPS1}), kolom kode: baris ganda: kode ini sudah ada pada baris 2" },
        { "kode,pemilih_dpt_l\n{DESA1},100\n{TPS1},10\n", "wilayah ini sudah berisi data di bawahnya" },
        { "kode,pemilih_dpt_l\n{TPS1},10,5\n", "baris memiliki 3 kolom; kepala berkas memiliki 2" },
        { "kode,pemilih_dpt_l\n,10\n", "kode kosong" },
        { "", "berkas kosong" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Bad_files_are_refused_with_their_reason_and_change_nothing(string content, string expected)
    {
        var id = await NewPemilihanAsync();
        var good = await WriteAsync(Csv([Consistent(Tps(DesaLain, 1), 10, 10, 5, 5)]), ".csv");
        Assert.Equal(0, (await ImportAsync(good, id)).Exit);
        var before = (await GetAsync(id, "5101")).GetRawText();
        static string Fill(string s) => s.Replace("{TPS1}", Tps(Desa1, 1), StringComparison.Ordinal).Replace("{DESA1}", Tolok.Wilayah.KodeWilayah.Format(Desa1), StringComparison.Ordinal);
        var bad = await WriteAsync(Fill(content), ".csv");

        var (exit, output, error) = await ImportAsync(bad, id);

        Assert.NotEqual(0, exit);
        Assert.Contains(Fill(expected), error, StringComparison.Ordinal);
        Assert.Contains("tidak ada data yang disimpan", error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("baris baru", output, StringComparison.Ordinal);
        Assert.Equal(before, (await GetAsync(id, "5101")).GetRawText());
        File.Delete(good);
        File.Delete(bad);
    }

    [Fact]
    public async Task A_region_row_below_stored_tps_rows_is_refused()
    {
        var id = await NewPemilihanAsync();
        var tps = await WriteAsync(Csv([Consistent(Tps(Desa1, 1), 10, 10, 5, 5)]), ".csv");
        var kecamatan = Tolok.Wilayah.KodeWilayah.Format(Tolok.Wilayah.KodeWilayah.Induk(Desa1));
        var region = await WriteAsync($"kode,pemilih_dpt_l\n{kecamatan},500\n", ".csv");

        Assert.Equal(0, (await ImportAsync(tps, id)).Exit);
        var (exit, _, error) = await ImportAsync(region, id);

        Assert.Equal(1, exit);
        Assert.Contains($"(mis. TPS di {Tolok.Wilayah.KodeWilayah.Format(Desa1)}, tersimpan); pemilih akan terhitung dua kali", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partial_import_refuses_a_region_row_and_the_tps_below_it_and_stores_the_rest()
    {
        var id = await NewPemilihanAsync();
        var kecamatan = Tolok.Wilayah.KodeWilayah.Induk(Desa1);
        Assert.NotEqual(kecamatan, Tolok.Wilayah.KodeWilayah.Induk(DesaLain));
        var file = await WriteAsync(
            $"kode,pemilih_dpt_l,pemilih_dpt_p\n{Tps(Desa1, 1)},10,10\n{Tolok.Wilayah.KodeWilayah.Format(kecamatan)},500,500\n" +
            $"{Tps(Desa1, 2)},20,20\n{Tps(DesaLain, 1)},7,8\n", ".csv");

        var (exit, output, _) = await ImportAsync(file, id, partial: true);

        Assert.Equal(2, exit);
        Assert.Contains("1 baris baru, 0 diganti, 3 ditolak", output, StringComparison.Ordinal);
        var kab = await GetAsync(id, "5101");
        Assert.Equal(1, kab.GetProperty("tps").GetProperty("diketahui").GetInt64());
        Assert.Equal(15, kab.GetProperty("pemilih").GetProperty("dpt").GetProperty("total").GetInt64());
        Assert.Equal(15, (await GetAsync(id, "RI")).GetProperty("pemilih").GetProperty("dpt").GetProperty("total").GetInt64());
        Assert.Equal(0, (await GetAsync(id, Tolok.Wilayah.KodeWilayah.Format(kecamatan))).GetProperty("tps").GetProperty("diketahui").GetInt64());
        File.Delete(file);
        File.Delete(file + ".ditolak.csv");
    }

    [Fact]
    public async Task Partial_import_keeps_good_rows_and_writes_the_rejected_ones_with_reasons()
    {
        var id = await NewPemilihanAsync();
        var file = await WriteAsync($"kode,pemilih_dpt_l,pemilih_dpt_p\n{Tps(Desa1, 1)},10,10\n{Tps(Desa1, 2)},x,5\n51.01.01.9999.001,1,1\n", ".csv");

        var (exit, output, _) = await ImportAsync(file, id, partial: true);

        Assert.Equal(2, exit);
        Assert.Contains("1 baris baru, 0 diganti, 2 ditolak", output, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(file + ".ditolak.csv");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]); // BOM, so that spreadsheet programs read UTF-8
        var rejected = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("lokasi,kode,kolom,alasan,data_asli", rejected, StringComparison.Ordinal);
        Assert.Contains("bukan bilangan bulat", rejected, StringComparison.Ordinal);
        Assert.Contains("kode tidak dikenal", rejected, StringComparison.Ordinal);
        Assert.Equal(1, (await GetAsync(id, "5101")).GetProperty("tps").GetProperty("diketahui").GetInt64());
        File.Delete(file);
        File.Delete(file + ".ditolak.csv");
    }

    [Fact]
    public async Task Reimport_replaces_values_updates_every_roll_up_and_keeps_the_old_values()
    {
        var id = await NewPemilihanAsync();
        var first = await WriteAsync(Csv([Consistent(Tps(Desa1, 1), 100, 100, 50, 50), Consistent(Tps(Desa2, 1), 100, 100, 60, 60)]), ".csv");
        var second = await WriteAsync(Csv([Consistent(Tps(Desa1, 1), 100, 100, 90, 90)]), ".csv");

        Assert.Equal(0, (await ImportAsync(first, id)).Exit);
        var (exit, output, _) = await ImportAsync(second, id);

        Assert.Equal(0, exit);
        Assert.Contains("0 baris baru, 1 diganti", output, StringComparison.Ordinal);
        var kab = await GetAsync(id, "51.01");
        Assert.Equal(180 + 120, kab.GetProperty("pengguna").GetProperty("total").GetProperty("total").GetInt64());
        Assert.Equal(400, kab.GetProperty("pemilih").GetProperty("dpt").GetProperty("total").GetInt64());
        Assert.Equal(2, kab.GetProperty("tps").GetProperty("diketahui").GetInt64());
        var nation = await GetAsync(id, "RI");
        Assert.Equal(300, nation.GetProperty("pengguna").GetProperty("total").GetProperty("total").GetInt64());

        // The old values are kept, read back through the API; the TPS not in the second file has no history.
        var old = Assert.Single((await RiwayatAsync(id, Tps(Desa1, 1))).EnumerateArray());
        Assert.Equal(100, old.GetProperty("nilai").GetProperty("pengguna_total_j").GetInt32());
        Assert.Equal(Tps(Desa1, 1), old.GetProperty("kode").GetString());
        Assert.Empty((await RiwayatAsync(id, Tps(Desa2, 1))).EnumerateArray());
    }

    private async Task<JsonElement> RiwayatAsync(string pemilihan, string kode)
    {
        using var client = await app.PembacaAsync();
        return await client.GetFromJsonAsync<JsonElement>($"/api/v1/pemilihan/{pemilihan}/partisipasi/{kode}/riwayat?suratSuara=A");
    }

    [Fact]
    public async Task Reimport_keeps_the_status_broken_rules_and_time_of_the_replaced_row()
    {
        var id = await NewPemilihanAsync();
        // More voters than registered: breaks a rule; the history must keep which, and when the row was stored.
        var first = await WriteAsync($"kode,pemilih_dpt_l,pemilih_dpt_p,pengguna_dpt_l,pengguna_dpt_p\n{Tps(Desa1, 7)},100,100,150,90\n", ".csv");
        var second = await WriteAsync($"kode,pemilih_dpt_l,pemilih_dpt_p,pengguna_dpt_l,pengguna_dpt_p\n{Tps(Desa1, 7)},100,100,80,90\n", ".csv");
        Assert.Equal(0, (await ImportAsync(first, id)).Exit);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Tolok.Infrastructure.TolokDb>();
        var ballot = db.Pemilihan.Where(p => p.Slug == id).SelectMany(p => p.SuratSuara).Single(s => s.Kode == "A").Id;
        var stored = db.BlokTps.Single(b => b.SuratSuaraId == ballot).DiubahPada;

        Assert.Equal(0, (await ImportAsync(second, id)).Exit);

        var old = Assert.Single((await RiwayatAsync(id, Tps(Desa1, 7))).EnumerateArray());
        Assert.Equal("tidak-valid", old.GetProperty("status").GetString());
        var rules = old.GetProperty("pelanggaran").GetString();
        Assert.False(string.IsNullOrEmpty(rules));
        Assert.Contains(rules!.Split(','), k => db.AturanValidasi.Any(a => a.Kode == k));
        Assert.Equal(stored, old.GetProperty("diubahPada").GetDateTime().ToUniversalTime(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(150, old.GetProperty("nilai").GetProperty("pengguna_dpt_l").GetInt32());
    }

    [Fact]
    public async Task A_corrected_province_file_replaces_every_tps_in_slices_and_keeps_each_old_row()
    {
        // Jawa Tengah: about 8.500 desa, so the merge reads the stored blocks and roll-ups in several slices by range
        // (decision 109), not by a list of codes as for a small correction.
        var id = await NewPemilihanAsync();
        var rows = DataContohNasional.Tps(33, 0).ToList();
        Assert.True(rows.Select(r => BlokCodec.BlokOf(r.Kode)).Distinct().Count() > 4096, "not enough desa for several slices");
        int sah = Kolom.IndexOf("suara_sah"), tidakSah = Kolom.IndexOf("suara_tidak_sah");
        string Tulis(bool koreksi)
        {
            var text = new System.Text.StringBuilder("kode," + string.Join(",", Kolom.Semua) + "\n");
            foreach (var (kode, nilai) in rows)
            {
                var v = (int[])nilai.Clone();
                if (koreksi && v[sah] > 0)
                {
                    v[sah]--;
                    v[tidakSah]++;
                }
                text.Append(Tolok.Wilayah.KodeWilayah.Format(kode)).Append(',').AppendJoin(',', v.Select(x => x < 0 ? "" : x.ToString(System.Globalization.CultureInfo.InvariantCulture))).Append('\n');
            }
            return text.ToString();
        }
        var first = await WriteAsync(Tulis(false), ".csv");
        var second = await WriteAsync(Tulis(true), ".csv");
        Assert.Equal(0, (await ImportAsync(first, id, satker: "33")).Exit);
        var before = await GetAsync(id, "33");

        var (exit, output, error) = await ImportAsync(second, id, satker: "33");

        Assert.True(exit == 0, error + output);
        Assert.Contains($"0 baris baru, {Tolok.Infrastructure.Format.Bilangan(rows.Count)} diganti", output, StringComparison.Ordinal);
        var after = await GetAsync(id, "33");
        Assert.Equal(rows.Count, after.GetProperty("tps").GetProperty("diketahui").GetInt64());
        Assert.Equal(before.GetProperty("pengguna").GetProperty("total").GetProperty("total").GetInt64(), after.GetProperty("pengguna").GetProperty("total").GetProperty("total").GetInt64());
        Assert.Equal(before.GetProperty("pemilih").GetProperty("dpt").GetProperty("total").GetInt64(), (await GetAsync(id, "RI")).GetProperty("pemilih").GetProperty("dpt").GetProperty("total").GetInt64());
        // The last TPS of the last slice and the first of the first: old values in the history, new ones stored.
        foreach (var (kode, nilai) in new[] { rows[0], rows[^1] })
        {
            var old = Assert.Single((await RiwayatAsync(id, Tolok.Wilayah.KodeWilayah.Format(kode))).EnumerateArray());
            Assert.Equal(nilai[sah], old.GetProperty("nilai").GetProperty("suara_sah").GetInt32());
        }
        File.Delete(first);
        File.Delete(second);
    }

    [Fact]
    public async Task Blocks_and_roll_ups_stored_during_the_reading_equal_those_stored_after_it()
    {
        // A sorted file of several parts of the fast reader (blocks cut across parts), with invalid rows, so that
        // "semua" and "hanya valid" differ: read once with the stream (as the CLI does) and once without.
        var id = await NewPemilihanAsync();
        var rows = new List<Baris>();
        foreach (var desa in DesaJembrana)
        {
            for (var n = 1; n <= 80; n++)
            {
                var row = Consistent(Tps(desa, n), 100 + n, 120 + (int)(desa % 50), 80 + n, 90);
                if ((desa + n) % 9 == 0)
                {
                    row = row with { Nilai = new Dictionary<string, int?>(row.Nilai) { ["pemilih_dpt_j"] = row.Nilai["pemilih_dpt_j"] + 7 } };
                }
                rows.Add(row);
            }
        }
        var file = await WriteAsync(Csv(rows), ".csv");
        Assert.True(new FileInfo(file).Length > 2 * CsvCepat.UkuranBagian, $"berkas {new FileInfo(file).Length} bita, {rows.Count} baris: harus lebih dari dua bagian pembaca cepat");

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Tolok.Infrastructure.TolokDb>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var awal = TpsImporter.BacaAwal(file, null, "51.01", CancellationToken.None);
        var streamed = await TpsImporter.ImportAsync(db, file, null, awal, new TpsImportOptions(id, "A", "51.01", false, "a.csv", "uji"), time);
        var after = await TpsImporter.ImportAsync(db, file, null, null, new TpsImportOptions(id, "B", "51.01", false, "b.csv", "uji"), time);

        Assert.True(streamed.DisimpanSelagiMembaca);
        Assert.False(after.DisimpanSelagiMembaca);
        Assert.Equal(rows.Count, streamed.Baru);
        Assert.True(streamed.Status[StatusTps.TidakValid] > 0);
        var pemilihan = await db.Pemilihan.AsNoTracking().Include(p => p.SuratSuara).SingleAsync(p => p.Slug == id);
        int Ballot(string kode) => pemilihan.SuratSuara.Single(s => s.Kode == kode).Id;
        async Task<Dictionary<long, string>> RekapAsync(int ballot) => await db.Rekap.AsNoTracking().Where(r => r.SuratSuaraId == ballot)
            .ToDictionaryAsync(r => r.Kode, r => Convert.ToHexString(r.Semua) + "/" + Convert.ToHexString(r.HanyaValid));
        async Task<Dictionary<long, string>> BlocksAsync(int ballot) => await db.BlokTps.AsNoTracking().Where(b => b.SuratSuaraId == ballot)
            .ToDictionaryAsync(b => b.Kode, b => $"{Convert.ToHexString(b.Isi)}/{b.JumlahEntri}/{b.JumlahBermasalah}/{b.Rekap}");
        var rekapA = await RekapAsync(Ballot("A"));
        Assert.Equal(1 + 1 + 1 + 5 + DesaJembrana.Length, rekapA.Count); // nation, provinsi, kabupaten, kecamatan, desa
        Assert.Equal(rekapA, await RekapAsync(Ballot("B")));
        Assert.Contains(rekapA, r => r.Value.Split('/') is [var semua, var valid] && semua != valid);
        Assert.Equal(await BlocksAsync(Ballot("A")), await BlocksAsync(Ballot("B")));
        File.Delete(file);
    }

    [Fact]
    public async Task A_correction_merged_during_the_reading_equals_one_merged_after_it()
    {
        // Stored: every desa of Jembrana with 120 TPS, in ballots A and B alike. The correction (sorted, several parts of
        // the fast reader) recounts a vote in every other TPS of half the desa (part of a block replaced), every TPS of
        // the others (the whole block), and adds TPS 121–122: merged during the reading into A (as the CLI does), after
        // it into B. Then a correction holding a region row: the merging stops, goes back, and the row is refused.
        var id = await NewPemilihanAsync();
        Baris Row(long desa, int n, int geser) => Consistent(Tps(desa, n), 100 + n, 120 + (int)(desa % 50), 80 + n - geser, 90);
        var awalRows = DesaJembrana.SelectMany(d => Enumerable.Range(1, 120).Select(n => Row(d, n, 0))).ToList();
        var koreksi = DesaJembrana.SelectMany((d, i) => Enumerable.Range(1, 122).Where(n => i % 2 == 0 || n % 2 == 0 || n > 120).Select(n => Row(d, n, 1))).ToList();
        var fileAwal = await WriteAsync(Csv(awalRows), ".csv");
        var fileKoreksi = await WriteAsync(Csv(koreksi), ".csv");
        Assert.True(new FileInfo(fileKoreksi).Length > 2 * CsvCepat.UkuranBagian, $"berkas {new FileInfo(fileKoreksi).Length} bita");

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Tolok.Infrastructure.TolokDb>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        TpsImportOptions Opsi(string surat, bool partial = false) => new(id, surat, "51.01", partial, surat + ".csv", "uji");
        await TpsImporter.ImportAsync(db, fileAwal, null, null, Opsi("A"), time);
        await TpsImporter.ImportAsync(db, fileAwal, null, null, Opsi("B"), time);

        var merged = await TpsImporter.ImportAsync(db, fileKoreksi, null, TpsImporter.BacaAwal(fileKoreksi, null, "51.01", CancellationToken.None), Opsi("A"), time);
        var after = await TpsImporter.ImportAsync(db, fileKoreksi, null, null, Opsi("B"), time);

        Assert.True(merged.DigabungSelagiMembaca);
        Assert.False(after.DigabungSelagiMembaca);
        var diganti = koreksi.Count(r => !r.Kode.EndsWith(".121", StringComparison.Ordinal) && !r.Kode.EndsWith(".122", StringComparison.Ordinal));
        Assert.Equal((2 * DesaJembrana.Length, diganti), (merged.Baru, merged.Diganti));
        Assert.Equal((after.Baru, after.Diganti), (merged.Baru, merged.Diganti));
        var pemilihan = await db.Pemilihan.AsNoTracking().Include(p => p.SuratSuara).SingleAsync(p => p.Slug == id);
        int Ballot(string kode) => pemilihan.SuratSuara.Single(s => s.Kode == kode).Id;
        async Task<Dictionary<long, string>> RekapAsync(string surat)
        {
            var ballot = Ballot(surat);
            return await db.Rekap.AsNoTracking().Where(r => r.SuratSuaraId == ballot)
                .ToDictionaryAsync(r => r.Kode, r => Convert.ToHexString(r.Semua) + "/" + Convert.ToHexString(r.HanyaValid));
        }
        async Task<Dictionary<long, string>> BlocksAsync(string surat)
        {
            var ballot = Ballot(surat);
            return await db.BlokTps.AsNoTracking().Where(b => b.SuratSuaraId == ballot)
                .ToDictionaryAsync(b => b.Kode, b => $"{Convert.ToHexString(b.Isi)}/{b.JumlahEntri}/{b.JumlahBermasalah}/{b.Rekap}");
        }
        async Task<List<string>> RiwayatAsync(string surat)
        {
            var ballot = Ballot(surat);
            return [.. (await db.RiwayatBlokTps.AsNoTracking().Where(b => b.SuratSuaraId == ballot).ToListAsync())
                .Select(b => $"{b.Kode}/{Convert.ToHexString(b.Isi)}/{b.JumlahEntri}").Order(StringComparer.Ordinal)];
        }
        Assert.Equal(await BlocksAsync("B"), await BlocksAsync("A"));
        Assert.Equal(await RekapAsync("B"), await RekapAsync("A"));
        Assert.Equal(await RiwayatAsync("B"), await RiwayatAsync("A"));
        // The roll-up is the sum of what is stored now: the corrected rows and the kept ones.
        var kabupaten = await GetAsync(id, "51.01");
        Assert.Equal(DesaJembrana.Length * 122, kabupaten.GetProperty("tps").GetProperty("diketahui").GetInt64());

        // A region row among the TPS rows: refused (with partial), the merging undone, the result as when merged after.
        var desa = Tolok.Wilayah.KodeWilayah.Format(DesaJembrana[0]);
        // The desa's own row right after its TPS rows: in the same block, after them (found by a review: the block was
        // taken for TPS data and the refused rows stayed merged).
        var ulang = koreksi.Select(r => Row(long.Parse(r.Kode.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) / 1000,
            (int)(long.Parse(r.Kode.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) % 1000), 2)).ToList();
        ulang.Insert(ulang.FindLastIndex(r => r.Kode.StartsWith(desa + ".", StringComparison.Ordinal)) + 1, Consistent(desa, 1000, 1000, 900, 900));
        var denganRekap = Csv(ulang);
        var fileRekap = await WriteAsync(denganRekap, ".csv");
        var refusedA = await TpsImporter.ImportAsync(db, fileRekap, null, TpsImporter.BacaAwal(fileRekap, null, "51.01", CancellationToken.None), Opsi("A", partial: true), time);
        var refusedB = await TpsImporter.ImportAsync(db, fileRekap, null, null, Opsi("B", partial: true), time);
        Assert.False(refusedA.DigabungSelagiMembaca);
        Assert.Equal((refusedB.Baru, refusedB.Diganti, refusedB.Ditolak), (refusedA.Baru, refusedA.Diganti, refusedA.Ditolak));
        Assert.True(refusedA.Ditolak > 120, $"ditolak {refusedA.Ditolak}"); // the desa's row and every TPS row beneath it
        Assert.True(refusedA.Baru >= 0);
        Assert.Equal(await BlocksAsync("B"), await BlocksAsync("A"));
        Assert.Equal(await RekapAsync("B"), await RekapAsync("A"));
        Assert.Equal(await RiwayatAsync("B"), await RiwayatAsync("A"));
        foreach (var f in new[] { fileAwal, fileKoreksi, fileRekap })
        {
            File.Delete(f);
        }
    }

    [Fact]
    public async Task Denominator_can_include_dptb_and_dpk()
    {
        var id = await NewPemilihanAsync();
        var file = await WriteAsync("kode,pemilih_dpt_j,pemilih_dptb_j,pemilih_dpk_j,pengguna_dpt_j,pengguna_dptb_j,pengguna_dpk_j\n" +
            $"{Tps(Desa1, 1)},100,10,5,80,10,5\n", ".csv");
        Assert.Equal(0, (await ImportAsync(file, id)).Exit);

        var dpt = await GetAsync(id, "51.01");
        var all = await GetAsync(id, "51.01", "A", "&penyebut=dpt-dptb-dpk");

        Assert.Equal(95.00m, dpt.GetProperty("partisipasi").GetProperty("total").GetDecimal());
        Assert.Equal(Math.Round(95 * 100m / 115, 2), all.GetProperty("partisipasi").GetProperty("total").GetDecimal());
        Assert.Equal(JsonValueKind.Null, dpt.GetProperty("partisipasi").GetProperty("perempuan").ValueKind);
    }

    [Fact]
    public async Task Upload_endpoint_needs_a_data_role_and_reports_errors_as_problem_details()
    {
        var id = await NewPemilihanAsync();
        var url = $"/api/v1/pemilihan/{id}/tps/impor?suratSuara=A&satker=51.01";
        static MultipartFormDataContent Form(string csv)
        {
            var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            return new MultipartFormDataContent { { content, "berkas", "data.csv" } };
        }
        var good = Csv([Consistent(Tps(Desa1, 1), 10, 10, 5, 5)]);
        using var anonymous = app.CreateClient();
        using var verifikator = await app.LoginAsync(Peran.Verifikator);
        using var operatorClient = await app.LoginAsync(Peran.Operator);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync(url, Form(good))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await verifikator.PostAsync(url, Form(good))).StatusCode);
        var bad = await operatorClient.PostAsync(url, Form("kode,pemilih_dpt_l\n51.01.01.9999.001,1\n"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("data.csv", problem.GetProperty("galat")[0].GetString() ?? "", StringComparison.Ordinal);
        Assert.Contains("kode tidak dikenal", problem.GetProperty("detail").GetString() ?? "", StringComparison.Ordinal);

        // A file that cannot be read at all names the uploaded file, never the temporary copy.
        var unreadable = await operatorClient.PostAsync(url, Form("kode,kolom_asing\n51.01.01.2001.001,1\n"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unreadable.StatusCode);
        var text = await unreadable.Content.ReadAsStringAsync();
        Assert.Contains("data.csv", text, StringComparison.Ordinal);
        Assert.Contains("kolom_asing", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tolok-unggah", text, StringComparison.Ordinal);

        var ok = await operatorClient.PostAsync(url, Form(good));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(1, (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("baru").GetInt32());
    }

    [Fact]
    public async Task Unknown_election_ballot_or_region_is_a_404_problem()
    {
        using var client = await app.PembacaAsync();
        foreach (var url in new[] { "/api/v1/pemilihan/tidak-ada/partisipasi/51", "/api/v1/pemilihan/pemilu-2024/partisipasi/51?suratSuara=XYZ", "/api/v1/pemilihan/pemilu-2024/partisipasi/99" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/pemilihan");
        var pemilu = list.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "pemilu-2024");
        Assert.Equal(["PPWP", "DPR", "DPD", "DPRD_PROV", "DPRD_KABKO"], pemilu.GetProperty("suratSuara").EnumerateArray().Select(s => s.GetProperty("kode").GetString()));
        Assert.Equal("2024-02-14", pemilu.GetProperty("tanggal").GetString());
    }
}

public sealed class TpsImportTestsSqlite(SqliteFactory app) : TpsImportTests(app), IClassFixture<SqliteFactory>;

public sealed class TpsImportTestsPostgres(PostgresFactory app) : TpsImportTests(app), IClassFixture<PostgresFactory>;
