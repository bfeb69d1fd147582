using Microsoft.Playwright;

namespace Easel.Web.Tests;

/// <summary>One serve and one headless Chromium (Debian's, never Playwright's download) shared by the page tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public ServeProcess Serve { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: <c>EASEL_SCREENSHOTS</c>, else <c>TestResults/screenshots/</c> next to the test binaries.</summary>
    public string ScreenshotFolder { get; } =
        Environment.GetEnvironmentVariable("EASEL_SCREENSHOTS") is { Length: > 0 } folder
            ? Path.GetFullPath(folder)
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
            throw new InvalidOperationException($"No Chromium at {chromium}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH.");

        // Serve and the browser start side by side: both take seconds.
        var serve = ServeProcess.StartWithOwnStorageAsync(TimeSpan.FromSeconds(120));
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
        Serve = await serve;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (Serve is not null) await Serve.DisposeAsync();
    }
}
