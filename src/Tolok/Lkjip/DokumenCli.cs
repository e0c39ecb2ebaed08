using System.CommandLine;
using Tolok.Dokumen;
using Tolok.Infrastructure;

namespace Tolok.Lkjip;

public static class DokumenCli
{
    private static readonly string[] Jenis = [.. DokumenSatkerApi.JenisSatker, "partisipasi"];

    public static Command Command(CliHost cli)
    {
        var jenis = new Argument<string>("JENIS") { Description = "Jenis dokumen: " + string.Join(", ", Jenis) };
        jenis.AcceptOnlyFromAmong(Jenis);
        var satker = new Option<string?>("--satker") { Description = "Kode satker, mis. 51.01 (dokumen kinerja)" };
        var tahun = new Option<int?>("--tahun") { Description = "Tahun, mis. 2024 (dokumen kinerja)" };
        var pemilihan = new Option<string?>("--pemilihan") { Description = "Pemilihan, mis. pemilu-2024 (laporan partisipasi)" };
        var wilayah = new Option<string?>("--wilayah") { Description = "Kode wilayah, mis. 51.01 (laporan partisipasi)" };
        var surat = new Option<string?>("--surat-suara") { Description = "Surat suara, mis. PPWP (bawaan: yang pertama)" };
        var format = new Option<string>("--format") { Description = "pdf, docx atau xlsx", DefaultValueFactory = _ => "pdf" };
        format.AcceptOnlyFromAmong([.. DokumenFormat.Semua]);
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Berkas keluaran (bawaan: nama baku di folder kerja)" };
        var command = new Command("dokumen", "Membuat dokumen (IKU, PK, Rencana Aksi, LKjIP, laporan partisipasi) sebagai PDF, DOCX atau XLSX.")
        {
            jenis, satker, tahun, pemilihan, wilayah, surat, format, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            var fmt = parse.GetValue(format)!;
            var kind = parse.GetValue(jenis)!;
            using var host = await cli.StartAsync(ct);
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            DokumenModel model;
            string name;
            if (kind == "partisipasi")
            {
                if (parse.GetValue(pemilihan) is not { } id || parse.GetValue(wilayah) is not { } kode)
                {
                    return Cli.Fail(parse, "laporan partisipasi memerlukan --pemilihan dan --wilayah.");
                }
                var (p, s, k, problem) = await Partisipasi.PartisipasiApi.ResolveAsync(db, id, parse.GetValue(surat), kode, ct);
                if (problem is not null)
                {
                    return Cli.Fail(parse, (problem.ProblemDetails.Detail ?? "tidak ditemukan").TrimEnd('.') + ".");
                }
                model = (await Partisipasi.PartisipasiDokumen.BuildAsync(db, p!, s!, k, ct))!;
                name = $"partisipasi-{p!.Slug}-{s!.Kode}-{kode.Replace('.', '-')}.{fmt}";
            }
            else
            {
                if (parse.GetValue(satker) is not { } kode || parse.GetValue(tahun) is not { } year)
                {
                    return Cli.Fail(parse, $"dokumen {kind} memerlukan --satker dan --tahun.");
                }
                if (await DokumenSatkerApi.BuildAsync(db, kind, kode, year, null, ct) is not { } built)
                {
                    return Cli.Fail(parse, $"satker {kode} tidak memiliki IKU tahun {year}.");
                }
                model = built;
                name = DokumenSatkerApi.NamaBerkas(kind, kode, year, fmt);
            }
            var bytes = DokumenFormat.Render(model, fmt);
            var target = parse.GetValue(output)?.FullName ?? Path.GetFullPath(name);
            await File.WriteAllBytesAsync(target, bytes, ct);
            parse.InvocationConfiguration.Output.WriteLine($"Dokumen ditulis ke {target} ({Format.Bilangan(bytes.Length)} bita).");
            return 0;
        });
        return command;
    }
}
