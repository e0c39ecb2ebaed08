using System.CommandLine;
using Tolok.Infrastructure;

namespace Tolok.Partisipasi;

public static class DemoCli
{
    public static Command Command(CliHost cli)
    {
        var command = new Command("demo", "Mengisi basis data dengan data contoh partisipasi Kabupaten Jembrana (Pemilu dan Pilkada 2024).");
        command.SetAction(async (parse, ct) =>
        {
            using var host = await cli.StartAsync(ct);
            using var scope = host.Services.CreateScope();
            var added = await DataContoh.EnsureAsync(scope.ServiceProvider.GetRequiredService<TolokDb>(), scope.ServiceProvider.GetRequiredService<TimeProvider>(), ct);
            parse.InvocationConfiguration.Output.WriteLine(added
                ? "Data contoh dimuat: Pemilu 2024 (PPWP, 898 TPS) dan Pilkada 2024 (Gubernur dan Bupati, 486 TPS) untuk Kabupaten Jembrana."
                : "Data contoh sudah ada; tidak ada yang diubah.");
            return 0;
        });
        return command;
    }
}
