using Kronika.Testing;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Kronika.Ui.Tests.UiFixture))]

namespace Kronika.Ui.Tests;

/// <summary>One server with the fixture articles and one headless Debian Chromium for the whole test run.</summary>
/// <remarks>Chromium comes from Debian (<c>apt-get install chromium</c>, which scripts/setup.sh does), never from
/// Playwright's own download: Playwright's driver (shipped inside its NuGet package) starts <see cref="ChromiumPath"/>.
/// Without it a browser test skips outside CI and fails with <c>CI=true</c>.</remarks>
public sealed class UiFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private UiServer? _server;

    /// <summary>Where the screenshots go: <c>screenshots/</c> in the test output folder.</summary>
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public Uri Address => (_server ?? throw new InvalidOperationException("The server did not start.")).Address;

    /// <summary>The running browser; skips (or, with CI=true, fails) the calling test when Chromium is not installed.</summary>
    public IBrowser Browser
    {
        get
        {
            Installed.Require(ChromiumPath, "chromium");
            return _browser ?? throw new InvalidOperationException("Chromium is installed but did not start.");
        }
    }

    public async ValueTask InitializeAsync()
    {
        _server = await UiServer.StartAsync(Fixtures.All);
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // As root there is no sandbox; nothing of the browser's own may reach the network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
