using System.CommandLine;
using Spectre.Console;
using Tolok.Infrastructure;

namespace Tolok.Partisipasi;

public static class DemoCli
{
    public static Command Command(CliHost cli)
    {
        var nasional = new Option<bool>("--nasional")
        {
            Description = "Juga mengisi ke-553 satker: IKU, target, register, status alur 2024 dan data TPS nasional Pemilu 2024 (data contoh)",
        };
        var command = new Command("demo", "Mengisi basis data dengan data contoh partisipasi Kabupaten Jembrana (Pemilu dan Pilkada 2024).") { nasional };
        command.SetAction(async (parse, ct) =>
        {
            using var host = await cli.StartAsync(ct);
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TolokDb>();
            var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            var output = parse.InvocationConfiguration.Output;
            if (!parse.GetValue(nasional))
            {
                var added = await DataContoh.EnsureAsync(db, time, ct);
                output.WriteLine(added
                    ? "Data contoh dimuat: Pemilu 2024 (PPWP, 898 TPS) dan Pilkada 2024 (Gubernur dan Bupati, 486 TPS) untuk Kabupaten Jembrana."
                    : "Data contoh sudah ada; tidak ada yang diubah.");
                return 0;
            }
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
            var loaded = await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("Data contoh nasional", maxValue: 1);
                    return await DataContohNasional.EnsureAsync(db, time, (langkah, bagian) =>
                    {
                        task.Description = Markup.Escape(langkah);
                        task.Value = bagian;
                    }, ct);
                });
            output.WriteLine(loaded
                ? $"Data contoh nasional dimuat dalam {Format.Bilangan((decimal)clock.Elapsed.TotalSeconds, 1)} detik: 553 satker dengan IKU, target, register dan status alur 2024, serta data TPS nasional Pemilu 2024 (PPWP)."
                : "Data contoh nasional sudah ada; tidak ada yang diubah.");
            return 0;
        });
        return command;
    }
}
