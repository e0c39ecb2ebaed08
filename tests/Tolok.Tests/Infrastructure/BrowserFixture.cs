using Microsoft.Playwright;

namespace Tolok.Tests.Infrastructure;

/// <summary>
/// The app on a real Kestrel port (SQLite file) and Debian's Chromium driven by Playwright, headless.
/// Never downloads a browser: test.sh installs the Debian package <c>chromium</c>.
/// </summary>
public sealed class BrowserFixture : SqliteFactory
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public Uri BaseUrl { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        UseKestrel(0);
        await base.InitializeAsync();
        BaseUrl = ClientOptions.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("TOLOK_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            // As root Chromium needs --no-sandbox; the rest keeps it off a network this machine does not have.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    protected override async Task DisposeFixtureAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await base.DisposeFixtureAsync();
    }

    /// <summary>A page; on failure of <paramref name="test"/> its screenshot and HTML are saved under TestResults/browser.</summary>
    public async Task RunPageAsync(string name, BrowserNewContextOptions options, Func<IPage, Task> test)
    {
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions(options) { BaseURL = BaseUrl.ToString() });
        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                consoleErrors.Add($"{m.Text} [{m.Location}] at {page.Url}");
            }
        };
        try
        {
            await test(page);
            Assert.True(consoleErrors.Count == 0, "galat di konsol peramban: " + string.Join(" | ", consoleErrors));
        }
        catch
        {
            var dir = Path.Combine(AppContext.BaseDirectory, "TestResults", "browser");
            Directory.CreateDirectory(dir);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name + ".png"), FullPage = true });
            await File.WriteAllTextAsync(Path.Combine(dir, name + ".html"), await page.ContentAsync());
            throw;
        }
    }
}
