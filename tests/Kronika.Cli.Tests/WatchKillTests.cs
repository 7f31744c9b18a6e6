using System.Diagnostics;
using System.Text.Json;
using Kronika.Storage;
using Kronika.Storage.Sqlite;
using Kronika.Testing;

namespace Kronika.Cli.Tests;

/// <summary>The built <c>kronika watch</c> as a process: killed (SIGKILL) in the middle of a round and started again,
/// it neither fetches nor stores anything twice; stopped by SIGINT or SIGTERM, it exits cleanly.</summary>
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

    [Theory]
    [InlineData("SIGINT")]
    [InlineData("SIGTERM")]
    public async Task A_watch_between_rounds_stops_cleanly_on_a_signal(string signal)
    {
        Uri feed = new WatchSite(_server).MapFeed("rss.xml", "rss", 1);
        string feeds = Path.Combine(_folder.Path, "feeds.txt");
        File.WriteAllText(feeds, feed.AbsoluteUri + "\n");
        var roundDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new List<string>();
        using Process watch = Start(["watch", feeds, "--db", Path.Combine(_folder.Path, "watch.db"), "--allow-private", "--host-delay", "0", "--interval", "3600"],
            line =>
            {
                if (line.StartsWith("round 1:", StringComparison.Ordinal))
                {
                    roundDone.TrySetResult();
                }
            },
            line =>
            {
                lock (errors)
                {
                    errors.Add(line);
                }
            });

        Task first = await Task.WhenAny(roundDone.Task, Task.Delay(TimeSpan.FromMinutes(3), TestContext.Current.CancellationToken));
        Assert.True(first == roundDone.Task, "kronika watch did not finish its first round");
        using (Process kill = Process.Start("kill", ["-" + signal[3..], watch.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        patience.CancelAfter(TimeSpan.FromMinutes(1));
        await watch.WaitForExitAsync(patience.Token);
        watch.WaitForExit();

        Assert.Equal(130, watch.ExitCode);
        lock (errors)
        {
            Assert.Contains(errors, line => line.StartsWith("kronika: watch stopped; state saved in ", StringComparison.Ordinal));
        }

        Assert.True(File.Exists(feeds + ".state.json"));
    }

    private static Process Start(string[] args, Action<string>? output = null, Action<string>? error = null)
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
        process.OutputDataReceived += (_, line) => output?.Invoke(line.Data ?? "");
        process.ErrorDataReceived += (_, line) => error?.Invoke(line.Data ?? "");
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
