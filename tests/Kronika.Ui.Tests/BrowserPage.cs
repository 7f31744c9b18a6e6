using Microsoft.Playwright;

namespace Kronika.Ui.Tests;

/// <summary>A fresh browser context and page on the test server that records what must not happen: errors in the
/// page's console or scripts, and any request to somewhere other than the server (the UI must work with no network).</summary>
internal sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];
    private readonly List<string> _outside = [];

    private BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    public static async Task<BrowserPage> OpenAsync(UiFixture fixture)
    {
        IBrowserContext context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        IPage page = await context.NewPageAsync();
        var opened = new BrowserPage(context, page);
        string origin = fixture.Address.GetLeftPart(UriPartial.Authority);
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(origin, StringComparison.Ordinal) || route.Request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (opened._outside)
                {
                    opened._outside.Add(route.Request.Url);
                }

                await route.AbortAsync();
            }
        });
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (opened._errors)
                {
                    opened._errors.Add("console: " + message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (opened._errors)
            {
                opened._errors.Add("page: " + error);
            }
        };
        return opened;
    }

    /// <summary>Goes to <paramref name="path"/> and waits until the page has rendered (body[data-ready]), failing on a page error.</summary>
    public async Task GoAsync(string path)
    {
        await Page.GotoAsync(path);
        await ReadyAsync();
    }

    /// <summary>Waits until the page now loaded has rendered; fails with its message when it shows an error.</summary>
    public async Task ReadyAsync()
    {
        await Page.WaitForSelectorAsync("body[data-ready]");
        string? error = await Page.GetAttributeAsync("body", "data-error");
        Assert.True(error is null, $"{Page.Url} shows an error: {error}");
    }

    /// <summary>Saves a full-page screenshot as screenshots/<paramref name="name"/>.png in the test output folder.</summary>
    public async Task ScreenshotAsync(string name)
    {
        string path = Path.Combine(UiFixture.Screenshots, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 1000, $"the screenshot {path} is empty");
    }

    /// <summary>Checks that nothing went wrong in the page and nothing was fetched from outside the server.</summary>
    public void AssertClean()
    {
        lock (_errors)
        {
            Assert.True(_errors.Count == 0, "errors in the page: " + string.Join("; ", _errors));
        }

        lock (_outside)
        {
            Assert.True(_outside.Count == 0, "requests outside the server: " + string.Join(", ", _outside));
        }
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
