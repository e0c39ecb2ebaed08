using Tolok.Infrastructure;

// One binary: `tolok serve` (or no verb, or only host options such as --urls) runs the web app;
// the other verbs are the CLI (see Cli.cs). A word that is no verb (`tolok tokn add`) goes to the CLI too, which
// refuses it with the usage (exit 2) instead of starting the server.
if (args.Length > 0 && (Cli.IsCliVerb(args[0]) || (args[0] != "serve" && !args[0].StartsWith('-'))))
{
    return await Cli.RunAsync(args);
}
var hostArgs = args.Length > 0 && args[0] == "serve" ? args[1..] : args;
// `serve --demo` loads the demo data before the server starts (DatabaseStartup reads Tolok:Demo).
if (hostArgs.Contains("--demo"))
{
    hostArgs = [.. hostArgs.Where(a => a != "--demo"), "--Tolok:Demo=true"];
}
var app = WebApp.Build(hostArgs);
await app.RunAsync();
return 0;

/// <summary>The entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;