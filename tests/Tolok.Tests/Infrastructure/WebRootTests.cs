using Microsoft.Extensions.Configuration;
using Tolok.Infrastructure;

namespace Tolok.Tests.Infrastructure;

/// <summary>An installed Tolok (scripts/pasang.sh) serves its CSS and scripts whatever folder it is started from.</summary>
public sealed class WebRootTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("tolok-webroot-").FullName;

    [Fact]
    public void Installed_binary_started_elsewhere_serves_its_own_wwwroot()
    {
        var bin = Folder("bin", withWwwroot: true);
        var elsewhere = Folder("kerja", withWwwroot: false);
        Assert.Equal(Path.Combine(bin, "wwwroot"), WebApp.WebRoot(elsewhere, bin));
    }

    [Fact]
    public void A_working_directory_with_its_own_wwwroot_keeps_it()
    {
        var bin = Folder("bin", withWwwroot: true);
        var project = Folder("proyek", withWwwroot: true);
        Assert.Null(WebApp.WebRoot(project, bin));
    }

    [Fact]
    public void A_build_without_wwwroot_keeps_the_default()
    {
        var bin = Folder("bin", withWwwroot: false);
        var elsewhere = Folder("kerja", withWwwroot: false);
        Assert.Null(WebApp.WebRoot(elsewhere, bin));
    }

    [Fact]
    public void Installed_binary_started_elsewhere_reads_the_settings_beside_it()
    {
        var bin = Folder("bin", withWwwroot: false);
        var elsewhere = Folder("kerja", withWwwroot: false);
        File.WriteAllText(Path.Combine(bin, "appsettings.json"), """{ "Logging": { "LogLevel": { "Microsoft.AspNetCore": "Warning" } } }""");
        // The web host's builder has the working directory as its base path (content root), as `tolok serve` has.
        var config = new ConfigurationBuilder().SetBasePath(elsewhere)
            .Add(WebApp.SetelanBesertaBiner(bin)).Build();
        Assert.Equal("Warning", config["Logging:LogLevel:Microsoft.AspNetCore"]);
    }

    private string Folder(string name, bool withWwwroot)
    {
        var path = Path.Combine(_root, name);
        Directory.CreateDirectory(withWwwroot ? Path.Combine(path, "wwwroot") : path);
        return path;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
