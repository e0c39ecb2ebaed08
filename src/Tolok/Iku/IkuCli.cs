using System.CommandLine;
using Tolok.Infrastructure;

namespace Tolok.Iku;

public static class IkuCli
{
    public static Command Command(CliHost cli)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Berkas teks dokumen IKU (tata letak seperti Seed/iku-kpu-jembrana-2024.txt)" };
        var satker = new Option<string>("--satker") { Description = "Kode satker, mis. 51.01", Required = true };
        var tahun = new Option<int>("--tahun") { Description = "Tahun IKU, mis. 2024", Required = true };
        var import = new Command("import", "Mengimpor dokumen IKU yang ditandatangani sebagai revisi IKU satker.") { file, satker, tahun };
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                return Cli.Fail(parse, $"berkas {path.FullName} tidak ditemukan.");
            }
            var text = await File.ReadAllTextAsync(path.FullName, ct);
            using var host = await cli.StartAsync(ct);
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            var kode = parse.GetValue(satker)!;
            var year = parse.GetValue(tahun);
            try
            {
                var (revisi, baru) = await IkuImport.ImportAsync(db, kode, year, text, path.Name, Environment.UserName,
                    scope.ServiceProvider.GetRequiredService<TimeProvider>(), ct);
                var iku = (await IkuStore.LoadAsync(db, kode, year, revisi, ct))!;
                parse.InvocationConfiguration.Output.WriteLine(baru
                    ? $"IKU {kode} tahun {year} disimpan sebagai revisi {revisi}: {iku.Sasaran.Count} sasaran, {iku.SemuaIndikator.Count()} indikator."
                    : $"Tidak ada perubahan: isi berkas sama dengan revisi {revisi} IKU {kode} tahun {year}.");
                return 0;
            }
            catch (IkuFormatException e)
            {
                return Cli.Fail(parse, $"{path.Name} baris {e.Baris}: {e.Pesan} Tidak ada data yang disimpan.");
            }
            catch (IkuException e)
            {
                return Cli.Fail(parse, $"{e.Message} Tidak ada data yang disimpan.");
            }
        });
        return new Command("iku", "Katalog Indikator Kinerja Utama") { import };
    }
}