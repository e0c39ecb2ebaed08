using System.CommandLine;
using Tolok.Iku;
using Tolok.Infrastructure;

namespace Tolok.Dokumen;

public static class DokumenCli
{
    public static Command Command(CliHost cli)
    {
        var jenis = new Argument<string>("JENIS") { Description = "Jenis dokumen: " + string.Join(", ", DokumenApi.JenisSatker) };
        jenis.AcceptOnlyFromAmong([.. DokumenApi.JenisSatker]);
        var satker = new Option<string>("--satker") { Description = "Kode satker, mis. 51.01", Required = true };
        var tahun = new Option<int>("--tahun") { Description = "Tahun, mis. 2024", Required = true };
        var format = new Option<string>("--format") { Description = "pdf, docx atau xlsx", DefaultValueFactory = _ => "pdf" };
        format.AcceptOnlyFromAmong([.. DokumenFormat.Semua]);
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Berkas keluaran (bawaan: nama baku di folder kerja)" };
        var command = new Command("dokumen", "Membuat dokumen (IKU) sebagai PDF, DOCX atau XLSX.") { jenis, satker, tahun, format, output };
        command.SetAction(async (parse, ct) =>
        {
            var kode = parse.GetValue(satker)!;
            var year = parse.GetValue(tahun);
            var fmt = parse.GetValue(format)!;
            var kind = parse.GetValue(jenis)!;
            using var host = await cli.StartAsync(ct);
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            var iku = await IkuStore.LoadAsync(db, kode, year, null, ct);
            if (iku is null)
            {
                return Cli.Fail(parse, $"satker {kode} tidak memiliki IKU tahun {year}.");
            }
            var bytes = DokumenFormat.Render(IkuDokumen.Build(iku), fmt);
            var target = parse.GetValue(output)?.FullName ?? Path.GetFullPath(DokumenApi.NamaBerkas(kind, kode, year, fmt));
            await File.WriteAllBytesAsync(target, bytes, ct);
            parse.InvocationConfiguration.Output.WriteLine($"Dokumen ditulis ke {target} ({Format.Bilangan(bytes.Length)} bita).");
            return 0;
        });
        return command;
    }
}