using System.CommandLine;
using Tolok.Dokumen;
using Tolok.Iku;
using Tolok.Pengguna;

namespace Tolok.Infrastructure;

/// <summary>
/// The command line: <c>tolok serve | iku import | dokumen | user</c>. Every verb works on the database that
/// configuration names (appsettings.json, environment variables such as <c>Database__Provider</c>), migrated first.
/// </summary>
public static class Cli
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Tolok — pengukuran kinerja (SAKIP) untuk KPU. Tanpa perintah: menjalankan aplikasi web.");
        root.Subcommands.Add(new Command("serve", "Menjalankan aplikasi web (http://localhost:5080; ubah dengan --urls)."));
        root.Subcommands.Add(IkuCli.Command());
        root.Subcommands.Add(DokumenCli.Command());
        root.Subcommands.Add(UserCli.Command());
        return await root.Parse(args).InvokeAsync();
    }

    /// <summary>A host with Tolok's services (no web server) on a migrated database.</summary>
    public static async Task<IHost> StartHostAsync(CancellationToken ct)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        // appsettings.json is looked up beside the binary; the working directory's copy wins when present.
        builder.Configuration.AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true);
        builder.Configuration.AddEnvironmentVariables();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddTolokCore(builder.Configuration);
        var host = builder.Build();
        await DatabaseStartup.InitializeAsync(host.Services, ct);
        return host;
    }

    /// <summary>Writes an error the way every verb does, and returns the exit code for it.</summary>
    public static int Fail(string message)
    {
        Console.Error.WriteLine($"Galat: {message}");
        return 1;
    }
}