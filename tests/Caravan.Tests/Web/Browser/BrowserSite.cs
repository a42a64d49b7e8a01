using Caravan.Pipeline.Ingestion.Http;
using Caravan.Storage.Sqlite;
using Caravan.Tests.Cli;
using Caravan.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Caravan.Tests.Web.Browser;

/// <summary>
/// The site the browser tests drive, built once per test class: `caravan analyze` over the sample
/// corpus and the seeds (when ../shared/data is present), served in-process on a free 127.0.0.1 port
/// by the default pipeline (uploads go through it), with one API key; and Debian's Chromium driven by
/// Playwright (headless, no browser download). Absent Chromium: <see cref="SkipReason"/> says why.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    // The flags of issue #10: no sandbox (containers), no GPU, nothing fetched from outside.
    private static readonly string[] Flags =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

    private readonly TempDirectory _dir = new();
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string? SkipReason { get; private set; }

    public Uri BaseUrl { get; private set; } = null!;

    public string ApiKey { get; private set; } = "";

    /// <summary>artifacts/screenshots/ in the repository (git-ignored), kept by CI as artifacts.</summary>
    public static string Screenshots => Path.Combine(CliRunner.RepoRoot, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            SkipReason = $"{Chromium} is not installed (apt-get install -y chromium; .ci/run does it)";
            return;
        }

        var db = Path.Combine(_dir.Path, "db");
        string[] inputs = CliRunner.SharedData is { } data
            ? [Path.Combine(CliRunner.RepoRoot, "samples", "articles"), Path.Combine(data, "seeds")]
            : [Path.Combine(CliRunner.RepoRoot, "samples", "articles")];
        var (code, _, stderr) = CliRunner.Run(["analyze", .. inputs, "--db", db]);
        Assert.True(code == 0, "analyze failed: " + stderr);
        using (var store = SqliteArticleStore.Open(db))
        {
            ApiKey = SqliteApiKeys.Create(store, DateTimeOffset.UtcNow);
        }

        _app = CaravanWebApp.Build(new WebOptions
        {
            Db = new Caravan.Storage.FolderLocation(db),
            Urls = "http://127.0.0.1:0",
            RequestsPerWindow = 100_000,
            // The tests' feed is served on loopback, which the SSRF guard refuses unless told otherwise.
            Fetch = new FetchOptions { AllowPrivate = true, HostDelay = TimeSpan.FromMilliseconds(10), Timeout = TimeSpan.FromSeconds(10), MaxRetries = 0 },
        });
        await _app.StartAsync();
        BaseUrl = CaravanWebApp.Address(_app);
        // Assertions retry up to this long: a loaded 2-core CI machine renders and runs axe slowly.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = Flags });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>A fresh page (its own context: no shared cookies or cache) on the site.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl.AbsoluteUri, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _dir.Dispose();
    }
}
