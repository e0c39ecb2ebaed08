using System.CommandLine;
using Tolok.Iku;
using Tolok.Lkjip;
using Tolok.Pengguna;

namespace Tolok.Infrastructure;

/// <summary>
/// The command line: <c>tolok serve | iku import | dokumen | user</c>. Every verb works on the database that
/// configuration names (appsettings.json, environment variables such as <c>Database__Provider</c>), migrated first.
/// </summary>
public static class Cli
{
    private static readonly string[] Verbs = ["iku", "dokumen", "user", "token", "tps", "demo", "audit", "backup", "restore", "--help", "-h", "-?", "--version"];

    /// <summary>Exit code of a command line that cannot be read (unknown verb, missing option), as usual for CLI usage errors.</summary>
    public const int KodePemakaianSalah = 2;

    /// <summary>True when the first argument selects the CLI rather than the web server.</summary>
    public static bool IsCliVerb(string first) => Verbs.Contains(first);

    /// <param name="args">The arguments after the program name.</param>
    /// <param name="settings">Configuration that overrides files and environment (tests use it to name their database).</param>
    /// <param name="output">Where normal output goes (default: the console).</param>
    /// <param name="error">Where errors go (default: the console's error stream).</param>
    public static async Task<int> RunAsync(string[] args, IReadOnlyDictionary<string, string?>? settings = null, TextWriter? output = null, TextWriter? error = null)
    {
        var host = new CliHost(settings ?? new Dictionary<string, string?>());
        var root = new RootCommand("Tolok — pengukuran kinerja (SAKIP) untuk KPU. Tanpa perintah: menjalankan aplikasi web.");
        root.Subcommands.Add(new Command("serve", "Menjalankan aplikasi web (http://localhost:5080; ubah dengan --urls). --demo: memuat data contoh lebih dulu."));
        root.Subcommands.Add(IkuCli.Command(host));
        root.Subcommands.Add(DokumenCli.Command(host));
        root.Subcommands.Add(UserCli.Command(host));
        root.Subcommands.Add(TokenCli.Command(host));
        root.Subcommands.Add(Partisipasi.TpsCli.Command(host));
        root.Subcommands.Add(Partisipasi.DemoCli.Command(host));
        root.Subcommands.Add(Audit.AuditCli.Command(host));
        root.Subcommands.Add(Cadangan.BackupCommand(host));
        root.Subcommands.Add(Cadangan.RestoreCommand(host));
        // A rule's refusal (scope, lock, version) is a message and exit code 1, as in every verb, not a stack trace.
        var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        if (output is not null)
        {
            invocation.Output = output;
        }
        if (error is not null)
        {
            invocation.Error = error;
        }
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // System.CommandLine words its errors in English and answers 1: the usage in Indonesian, exit 2.
            foreach (var e in parse.Errors)
            {
                invocation.Error.WriteLine($"Galat: {GalatIndonesia(e.Message)}");
            }
            invocation.Error.WriteLine();
            Pemakaian(parse.CommandResult.Command, invocation.Error);
            return KodePemakaianSalah;
        }
        try
        {
            return await parse.InvokeAsync(invocation);
        }
        catch (Aturan.AturanException e)
        {
            invocation.Error.WriteLine($"Galat: {e.Message}");
            return 1;
        }
    }

    /// <summary>The parser's English messages in Indonesian (the common ones; others as they are).</summary>
    internal static string GalatIndonesia(string message)
    {
        var m = System.Text.RegularExpressions.Regex.Match(message, "^Unrecognized command or argument '(.*)'\\.?$");
        if (m.Success)
        {
            return $"perintah atau argumen \"{m.Groups[1].Value}\" tidak dikenal.";
        }
        m = System.Text.RegularExpressions.Regex.Match(message, "^Option '(.*)' is required\\.?$");
        if (m.Success)
        {
            return $"opsi {m.Groups[1].Value} wajib diisi.";
        }
        m = System.Text.RegularExpressions.Regex.Match(message, "^Required argument missing for command: '(.*)'\\.?$");
        if (m.Success)
        {
            return $"argumen perintah {m.Groups[1].Value} belum diberikan.";
        }
        m = System.Text.RegularExpressions.Regex.Match(message, "^Cannot parse argument '(.*)' for (option|command) '(.*)' as expected type '(.*)'\\.?$");
        if (m.Success)
        {
            return $"\"{m.Groups[1].Value}\" tidak dapat dibaca untuk {m.Groups[3].Value}.";
        }
        return message;
    }

    /// <summary>The usage of a command: its description, verbs and options, in Indonesian.</summary>
    private static void Pemakaian(Command command, TextWriter writer)
    {
        var path = new List<string>();
        for (Symbol? s = command; s is Command c && s is not RootCommand; s = c.Parents.FirstOrDefault())
        {
            path.Insert(0, c.Name);
        }
        var nama = string.Join(" ", ["tolok", .. path]);
        writer.WriteLine($"Pemakaian: {nama}{(command.Subcommands.Count > 0 ? " PERINTAH" : "")}{string.Concat(command.Arguments.Select(a => $" {a.Name}"))} [opsi]");
        if (!string.IsNullOrEmpty(command.Description))
        {
            writer.WriteLine(command.Description);
        }
        if (command.Subcommands.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("Perintah:");
            foreach (var sub in command.Subcommands)
            {
                writer.WriteLine($"  {sub.Name,-12} {sub.Description}");
            }
        }
        var options = command.Options.Where(o => !o.Hidden && o.Name is not ("--help" or "--version")).ToList();
        if (options.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("Opsi:");
            foreach (var o in options)
            {
                writer.WriteLine($"  {o.Name,-20} {o.Description}");
            }
        }
        writer.WriteLine();
        writer.WriteLine($"Bantuan lengkap: {nama} --help");
    }

    /// <summary>Writes an error the way every verb does, and returns the exit code for it.</summary>
    public static int Fail(ParseResult parse, string message)
    {
        parse.InvocationConfiguration.Error.WriteLine($"Galat: {message}");
        return 1;
    }
}

/// <summary>Starts Tolok's services (no web server) on a migrated database for one CLI verb.</summary>
public sealed class CliHost(IReadOnlyDictionary<string, string?> settings)
{
    public async Task<IHost> StartAsync(CancellationToken ct)
    {
        var (host, _) = await StartAsync(Console.Out, seedBersamaan: false, ct);
        return host;
    }

    /// <summary>
    /// Starts the services; with <paramref name="seedBersamaan"/> a brand-new PostgreSQL database gets only the seeds a
    /// TPS import needs before this returns, the others meanwhile (<see cref="DatabaseStartup.InitializeAsync(IServiceProvider, TextWriter, bool, CancellationToken)"/>):
    /// await <c>SeedSisa</c> before the verb ends.
    /// </summary>
    public async Task<(IHost Host, Task SeedSisa)> StartAsync(TextWriter pesan, bool seedBersamaan, CancellationToken ct)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        // appsettings.json is read beside the binary; a copy in the working directory wins when present.
        builder.Configuration.AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddTolokCore(builder.Configuration);
        var host = builder.Build();
        var sisa = await DatabaseStartup.InitializeAsync(host.Services, pesan, seedBersamaan, ct);
        return (host, sisa);
    }
}
