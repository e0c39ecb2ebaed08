using Tolok.Infrastructure;

// One binary: `tolok serve` (or no verb) runs the web app; the other verbs are the CLI (see Cli.cs).
if (args.Length == 0 || args[0] == "serve")
{
    var app = WebApp.Build(args.Length == 0 ? args : args[1..]);
    await app.RunAsync();
    return 0;
}
return await Cli.RunAsync(args);

/// <summary>The entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;