using System.CommandLine;
using Tolok.Infrastructure;

namespace Tolok.Audit;

public static class AuditCli
{
    public static Command Command(CliHost cli)
    {
        var verify = new Command("verify", "Memeriksa rantai hash jejak audit; melaporkan entri pertama yang diubah, dihapus atau diubah urutannya.");
        verify.SetAction(async (parse, ct) =>
        {
            using var host = await cli.StartAsync(ct);
            using var scope = host.Services.CreateScope();
            var hasil = await AuditVerifikasi.VerifyAsync(scope.ServiceProvider.GetRequiredService<TolokDb>(), ct);
            if (!hasil.Utuh)
            {
                return Cli.Fail(parse, $"jejak audit rusak pada entri {hasil.Urutan}: {hasil.Alasan}.");
            }
            parse.InvocationConfiguration.Output.WriteLine($"Jejak audit utuh: {Format.Bilangan(hasil.JumlahEntri)} entri, rantai hash cocok.");
            return 0;
        });
        return new Command("audit", "Jejak audit.") { verify };
    }
}
