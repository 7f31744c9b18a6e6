using System.Diagnostics;
using System.Text.Json;
using Kronika.Storage;
using Kronika.Storage.Sqlite;
using Kronika.Testing;

namespace Kronika.Cli.Tests;

/// <summary>The built <c>kronika watch</c>, killed (SIGKILL) in the middle of a round and started again, neither
/// fetches nor stores anything twice.</summary>
public sealed class WatchKillTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private LocalServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await LocalServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Theory]
    [InlineData(5, 3)]
    public async Task A_watch_killed_while_fetching_a_page_resumes_where_it_stopped(int pages, int killAt)
    {
        var site = new WatchSite(_server);
        Uri feed = site.MapFeed("rss.xml", "rss", [.. Enumerable.Range(1, pages)]);
        // The page to kill at hangs (until the client goes away) the first time, and is served once released.
        var requested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int held = 1;
        _server.Map(WatchSite.PagePath(killAt), async context =>
        {
            if (Volatile.Read(ref held) == 1)
            {
                requested.TrySetResult();
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }

            await LocalServer.WriteAsync(context, "text/plain; charset=utf-8", Articles.PolishNumbered(killAt));
        });
        string feeds = Path.Combine(_folder.Path, "feeds.txt");
        string database = Path.Combine(_folder.Path, "watch.db");
        File.WriteAllText(feeds, feed.AbsoluteUri + "\n");
        string[] args = ["watch", feeds, "--db", database, "--once", "--allow-private", "--host-delay", "0", "--retries", "0", "--timeout", "300"];

        using (Process watch = Start(args))
        {
            Task exited = watch.WaitForExitAsync(TestContext.Current.CancellationToken);
            Task first = await Task.WhenAny(requested.Task, exited, Task.Delay(TimeSpan.FromMinutes(3), TestContext.Current.CancellationToken));
            Assert.True(first == requested.Task, $"kronika watch did not reach page {killAt} (exited: {watch.HasExited})");
            watch.Kill(entireProcessTree: true);
            await watch.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        long storedBeforeRestart;
        using (SqliteArticleStore store = SqliteArticleStore.Open(database))
        {
            storedBeforeRestart = store.Count(ArticleQuery.All);
        }

        int handledBeforeRestart;
        using (JsonDocument state = JsonDocument.Parse(File.ReadAllText(feeds + ".state.json")))
        {
            handledBeforeRestart = state.RootElement.GetProperty("feeds").GetProperty(feed.AbsoluteUri).GetProperty("items").EnumerateObject().Count();
        }

        Volatile.Write(ref held, 0);
        CliRun.Result resumed = await Task.Run(() => CliRun.Run(args), TestContext.Current.CancellationToken);
        CliRun.Result idle = await Task.Run(() => CliRun.Run(args), TestContext.Current.CancellationToken);

        Assert.Equal(killAt - 1, storedBeforeRestart);
        Assert.Equal(killAt - 1, handledBeforeRestart);
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains($"new items {pages - killAt + 1}: added {pages - killAt + 1}, already stored 0", resumed.Output, StringComparison.Ordinal);
        Assert.Contains("not modified 1), new items 0", idle.Output, StringComparison.Ordinal);
        for (int page = 1; page <= pages; page++)
        {
            // The page in hand when the process died was asked for again (its first answer never came); no other.
            Assert.Equal(page == killAt ? 2 : 1, _server.CountOf(WatchSite.PagePath(page)));
        }

        using (SqliteArticleStore store = SqliteArticleStore.Open(database))
        {
            Assert.Equal("ok", store.IntegrityCheck());
            Assert.Equal(pages, store.Count(ArticleQuery.All));
            foreach (ArticleSummary article in store.Query(new ArticleQuery { Limit = pages }))
            {
                Assert.Single(store.InputsOf(article.Id));
            }
        }
    }

    private static Process Start(string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kronika.dll"));
        foreach (string argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        Process process = Process.Start(start) ?? throw new InvalidOperationException("kronika did not start");
        // Drain both pipes so a full buffer never blocks the child.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static string DotnetHost()
    {
        string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        string? process = Environment.ProcessPath;
        return process is not null && Path.GetFileNameWithoutExtension(process) == "dotnet" ? process : "dotnet";
    }
}
