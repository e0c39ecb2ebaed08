using System.CommandLine;
using Spectre.Console;
using Tolok.Infrastructure;
using Tolok.Partisipasi.Impor;

namespace Tolok.Partisipasi;

public static class TpsCli
{
    public static Command Command(CliHost cli)
    {
        var file = new Argument<string>("FILE") { Description = "CSV, XLSX, JSON array/JSON lines, folder atau .zip berkas JSON Sirekap" };
        var pemilihan = new Option<string>("--pemilihan") { Description = "Id pemilihan, mis. pemilu-2024", Required = true };
        var surat = new Option<string>("--surat-suara") { Description = "Kode surat suara, mis. PPWP", Required = true };
        var satker = new Option<string>("--satker") { Description = "Kode satker yang wilayahnya memuat data, mis. 51.01 (RI: seluruh Indonesia)", Required = true };
        var partial = new Option<bool>("--partial") { Description = "Simpan baris yang benar; baris yang ditolak ditulis ke FILE.ditolak.csv" };
        var import = new Command("import", "Mengimpor data TPS/wilayah satu surat suara.") { file, pemilihan, surat, satker, partial };
        import.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var path = Path.GetFullPath(parse.GetValue(file)!);
            // The file is read, checked and validated while the database is opened, migrated and checked: both cores
            // work from the start (docs/decisions.md). Progress goes to the bar once it is shown.
            ProgressTask? baca = null;
            var dibaca = 0.0;
            var read = new Progress<double>(v =>
            {
                dibaca = v;
                baca?.Value = v;
            });
            using var stopRead = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var awal = TpsImporter.BacaAwal(path, read, parse.GetValue(satker)!, stopRead.Token);
            // A brand-new PostgreSQL database gets the seeds the import needs first and the others meanwhile (decision
            // 69); the first administrator's password is printed once the import is done, not into its progress bar.
            var pesan = new StringWriter();
            var (host, seedSisa) = await cli.StartAsync(pesan, seedBersamaan: true, ct);
            try
            {
                return await ImportAsync(host);
            }
            finally
            {
                try
                {
                    await seedSisa;
                }
                finally
                {
                    host.Dispose();
                    output.Write(pesan.ToString());
                }
            }

            async Task<int> ImportAsync(IHost host)
            {
                using var scope = host.Services.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
                var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
                var options = new TpsImportOptions(parse.GetValue(pemilihan)!, parse.GetValue(surat)!, parse.GetValue(satker)!, parse.GetValue(partial), Path.GetFileName(path), Environment.UserName);
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
                HasilImpor hasil;
                try
                {
                    hasil = await console.Progress()
                        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                        .StartAsync(async context =>
                        {
                            baca = context.AddTask("Membaca", maxValue: 1);
                            baca.Value = dibaca;
                            var periksa = context.AddTask("Memeriksa", maxValue: 1);
                            var simpan = context.AddTask("Menyimpan", maxValue: 1);
                            var steps = new Progress<(string Tahap, double Bagian)>(p =>
                            {
                                baca!.Value = 1;
                                (p.Tahap == "Memeriksa" ? periksa : simpan).Value = p.Bagian;
                                if (p.Tahap == "Menyimpan")
                                {
                                    periksa.Value = 1;
                                }
                            });
                            return await TpsImporter.ImportAsync(db, path, read, awal, options, time, steps, ct);
                        });
                }
                catch (TpsFormatException e)
                {
                    return Cli.Fail(parse, $"{e.Message} Tidak ada data yang disimpan.");
                }
                catch (Aturan.AturanException e)
                {
                    return Cli.Fail(parse, e.Message);
                }
                catch (TpsImportException e)
                {
                    var error = parse.InvocationConfiguration.Error;
                    error.WriteLine($"Galat: impor {e.File} ditolak; tidak ada data yang disimpan. {e.Galat.Count} masalah:");
                    foreach (var g in e.Galat.Take(50))
                    {
                        error.WriteLine($"  {g}");
                    }
                    if (e.Galat.Count > 50)
                    {
                        error.WriteLine($"  … dan {e.Galat.Count - 50} lagi. Gunakan --partial untuk menyimpan baris yang benar dan menulis daftar lengkap baris yang ditolak.");
                    }
                    return 1;
                }

                output.WriteLine($"Impor #{hasil.ImporId}: {Format.Bilangan(hasil.Baru)} baris baru, {Format.Bilangan(hasil.Diganti)} diganti, {Format.Bilangan(hasil.Ditolak)} ditolak.");
                output.WriteLine("Status: " + string.Join(", ", hasil.Status.Select(s => $"{s.Key.Nama()} {Format.Bilangan(s.Value)}")));
                output.WriteLine("Waktu: " + string.Join("; ", hasil.Waktu.Select(w => $"{w.Tahap} {Format.Bilangan((decimal)w.Waktu.TotalMilliseconds)} ms")));
                if (hasil.Ditolak > 0)
                {
                    var rejectedPath = path.TrimEnd(Path.DirectorySeparatorChar) + ".ditolak.csv";
                    await WriteRejectedAsync(rejectedPath, hasil, ct);
                    output.WriteLine($"Baris yang ditolak beserta alasannya: {rejectedPath}");
                    return 2;
                }
                return 0;
            }
        });
        return new Command("tps", "Data partisipasi per TPS atau per wilayah") { import, Daftar(cli) };
    }

    /// <summary><c>tolok tps daftar FILE --pemilihan P --satker S</c>: the election's TPS list (the denominator of coverage).</summary>
    private static Command Daftar(CliHost cli)
    {
        var file = new Argument<string>("FILE") { Description = "Daftar TPS: kolom kode (dan pemilih_dpt_l, pemilih_dpt_p); format sama dengan impor data TPS" };
        var pemilihan = new Option<string>("--pemilihan") { Description = "Id pemilihan, mis. pemilu-2024", Required = true };
        var satker = new Option<string>("--satker") { Description = "Kode satker yang wilayahnya memuat daftar, mis. 51.01 (RI: seluruh Indonesia)", Required = true };
        var daftar = new Command("daftar", "Mengimpor daftar TPS sebuah pemilihan: penyebut cakupan \"TPS berdata: x dari y\".") { file, pemilihan, satker };
        daftar.SetAction(async (parse, ct) =>
        {
            var path = Path.GetFullPath(parse.GetValue(file)!);
            using var host = await cli.StartAsync(ct);
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            try
            {
                var hasil = await DaftarTpsImpor.ImportAsync(db, TpsSumber.Read(path), parse.GetValue(pemilihan)!, parse.GetValue(satker)!, Path.GetFileName(path), ct);
                parse.InvocationConfiguration.Output.WriteLine($"Daftar TPS tersimpan: {Format.Bilangan(hasil.Tps)} TPS di {Format.Bilangan(hasil.Desa)} desa/kelurahan" +
                    (hasil.Dpt is { } dpt ? $", DPT {Format.Bilangan(dpt)}." : "."));
                return 0;
            }
            catch (TpsFormatException e)
            {
                return Cli.Fail(parse, $"{e.Message} Tidak ada data yang disimpan.");
            }
            catch (Aturan.AturanException e)
            {
                return Cli.Fail(parse, e.Message);
            }
            catch (TpsImportException e)
            {
                var error = parse.InvocationConfiguration.Error;
                error.WriteLine($"Galat: daftar TPS {e.File} ditolak; tidak ada data yang disimpan. {e.Galat.Count} masalah:");
                foreach (var g in e.Galat.Take(50))
                {
                    error.WriteLine($"  {g}");
                }
                return 1;
            }
        });
        return daftar;
    }

    /// <summary>lokasi, kode, kolom, alasan, data_asli: one line per problem.</summary>
    public static async Task WriteRejectedAsync(string path, HasilImpor hasil, CancellationToken ct)
    {
        var asli = hasil.BarisDitolak.GroupBy(b => b.Lokasi).ToDictionary(g => g.Key, g => g.First().Asli);
        await using var file = File.Create(path);
        await using var csv = CsvTulis.Ke(file, ["lokasi", "kode", "kolom", "alasan", "data_asli"]);
        foreach (var g in hasil.Galat)
        {
            await csv.BarisAsync([g.Lokasi, g.Kode, g.Kolom, g.Alasan, asli.GetValueOrDefault(g.Lokasi)], ct);
        }
    }
}
