using System.Text.Json;
using Kronika.Core;
using Kronika.Storage;
using Kronika.Storage.Sqlite;
using Kronika.Testing;
using Microsoft.AspNetCore.Http;

namespace Kronika.Cli.Tests;

/// <summary><c>kronika watch --once</c> in this process against feeds on a local HTTP server (private addresses
/// allowed with --allow-private, except where the refusal is the point).</summary>
public sealed class WatchCommandTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private LocalServer _server = null!;
    private WatchSite _site = null!;

    private string Database => Path.Combine(_folder.Path, "watch.db");

    private string FeedsFile => Path.Combine(_folder.Path, "feeds.txt");

    public async ValueTask InitializeAsync()
    {
        _server = await LocalServer.StartAsync();
        _site = new WatchSite(_server);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Theory]
    [InlineData(2)]
    public async Task One_round_stores_every_item_of_rss_rdf_and_atom_feeds_and_the_next_round_fetches_nothing(int perFeed)
    {
        Uri rss = _site.MapFeed("rss.xml", "rss", [.. Enumerable.Range(1, perFeed)]);
        Uri rdf = _site.MapFeed("rdf.xml", "rdf", [.. Enumerable.Range(11, perFeed)]);
        Uri atom = _site.MapFeed("atom.xml", "atom", [.. Enumerable.Range(21, perFeed)]);
        WriteFeeds("# three formats", "", rss.AbsoluteUri, rdf.AbsoluteUri, "  " + atom.AbsoluteUri + "  ");

        CliRun.Result first = await WatchAsync();
        CliRun.Result second = await WatchAsync();

        Assert.Equal(0, first.ExitCode);
        Assert.Equal($"round 1: feeds 3 (failed 0, not modified 0), new items {3 * perFeed}: added {3 * perFeed}, already stored 0, near-duplicates 0, rejected 0, failed 0",
            Assert.Single(first.OutputLines));
        Assert.Equal(0, second.ExitCode);
        Assert.Equal("round 1: feeds 3 (failed 0, not modified 3), new items 0: added 0, already stored 0, near-duplicates 0, rejected 0, failed 0",
            Assert.Single(second.OutputLines));
        Assert.All(_server.Requests.Where(request => request.Path.StartsWith("/news/", StringComparison.Ordinal)).GroupBy(request => request.Path),
            group => Assert.Single(group));
        Assert.Equal(3 * perFeed, _server.Requests.Count(request => request.Path.StartsWith("/news/", StringComparison.Ordinal)));
        using SqliteArticleStore store = SqliteArticleStore.Open(Database);
        Assert.Equal(3 * perFeed, store.Count(ArticleQuery.All));
        StoredArticle? article = store.Find(Document.IdOf(Articles.PolishNumbered(1)));
        Assert.NotNull(article);
        Assert.Equal(_server.Url(WatchSite.PagePath(1)).AbsoluteUri, Assert.Single(store.InputsOf(article.Id)));
        Assert.StartsWith("2025-06-10", article.Published, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_nearly_repeats_a_stored_story_is_linked_not_stored()
    {
        Uri rss = _site.MapFeed("wire.xml", "rss", page => page == 1 ? Commands.NearDuplicateIngestTests.Wire : Commands.NearDuplicateIngestTests.LocalSite, 1, 2);
        WriteFeeds(rss.AbsoluteUri);

        CliRun.Result result = await WatchAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("round 1: feeds 1 (failed 0, not modified 0), new items 2: added 1, already stored 0, near-duplicates 1, rejected 0, failed 0",
            Assert.Single(result.OutputLines));
        using SqliteArticleStore store = SqliteArticleStore.Open(Database);
        Assert.Equal(1, store.Count(ArticleQuery.All));
        Assert.Single(store.NearDuplicatesOf(store.Query(ArticleQuery.All).Single().Id));
    }

    [Theory]
    [InlineData(2)]
    public async Task A_page_listed_by_two_feeds_is_fetched_and_stored_once(int shared)
    {
        Uri rss = _site.MapFeed("section-a.xml", "rss", [.. Enumerable.Range(1, shared), 100]);
        Uri atom = _site.MapFeed("section-b.xml", "atom", [.. Enumerable.Range(1, shared), 200]);
        WriteFeeds(rss.AbsoluteUri, atom.AbsoluteUri);

        CliRun.Result result = await WatchAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"round 1: feeds 2 (failed 0, not modified 0), new items {2 * shared + 2}: added {shared + 2}, already stored {shared}, near-duplicates 0, rejected 0, failed 0",
            Assert.Single(result.OutputLines));
        Assert.All(Enumerable.Range(1, shared), page => Assert.Equal(1, _server.CountOf(WatchSite.PagePath(page))));
        using SqliteArticleStore store = SqliteArticleStore.Open(Database);
        Assert.Equal(shared + 2, store.Count(ArticleQuery.All));
    }

    [Theory]
    [InlineData(1)]
    public async Task A_broken_feed_is_reported_on_one_line_and_the_others_go_on(int good)
    {
        Uri rss = _site.MapFeed("good.xml", "rss", good);
        _site.MapXml("broken.xml", """<rss version="2.0"><channel><item><title>cut off""");
        _server.Map("html.xml", context => LocalServer.WriteAsync(context, "text/html", "<html><body>moved</body></html>"));
        WriteFeeds(_server.Url("broken.xml").AbsoluteUri, _server.Url("missing.xml").AbsoluteUri, _server.Url("html.xml").AbsoluteUri,
            "ftp://127.0.0.1/feed.xml", "not a url", rss.AbsoluteUri);

        CliRun.Result result = await WatchAsync();

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("round 1: feeds 6 (failed 5, not modified 0), new items 1: added 1, already stored 0, near-duplicates 0, rejected 0, failed 0", Assert.Single(result.OutputLines));
        string[] errors = [.. result.ErrorLines.Where(line => !line.StartsWith("kronika: " + _server.BaseUrl, StringComparison.Ordinal) && !line.StartsWith("kronika: added ", StringComparison.Ordinal))];
        Assert.Equal(5, errors.Length);
        Assert.Contains(errors, line => line.Contains("broken.xml: broken XML: ", StringComparison.Ordinal));
        Assert.Contains(errors, line => line.Contains("missing.xml: HTTP 404 ", StringComparison.Ordinal));
        Assert.Contains(errors, line => line.Contains("html.xml: not a feed", StringComparison.Ordinal));
        Assert.Contains(errors, line => line.Contains("scheme 'ftp' refused", StringComparison.Ordinal));
        Assert.Contains(errors, line => line.Contains("line 5: 'not a url' is not an absolute URL", StringComparison.Ordinal));
        using SqliteArticleStore store = SqliteArticleStore.Open(Database);
        Assert.Equal(good, store.Count(ArticleQuery.All));
    }

    [Theory]
    [InlineData("rss.xml")]
    public async Task Without_allow_private_a_feed_on_loopback_is_refused_and_never_requested(string path)
    {
        Uri rss = _site.MapFeed(path, "rss", 1, 2);
        WriteFeeds(rss.AbsoluteUri, $"http://localhost:{_server.Port}/{path}");

        CliRun.Result result = await WatchAsync(allowPrivate: false);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.ErrorLines.Count(line => line.Contains("refused", StringComparison.Ordinal)));
        Assert.Empty(_server.Requests);
        using SqliteArticleStore store = SqliteArticleStore.Open(Database);
        Assert.Equal(0, store.Count(ArticleQuery.All));
    }

    [Theory]
    [InlineData(3)]
    public async Task A_page_that_failed_for_a_while_is_fetched_again_next_round_and_nothing_else_is(int failing)
    {
        int calls = 0;
        Uri rss = _site.MapFeed("rss.xml", "rss", 1, 2, 3, 4);
        _server.Map(WatchSite.PagePath(failing), async context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            await LocalServer.WriteAsync(context, "text/plain; charset=utf-8", Articles.PolishNumbered(failing));
        });
        WriteFeeds(rss.AbsoluteUri);

        CliRun.Result first = await WatchAsync();
        CliRun.Result second = await WatchAsync();
        CliRun.Result third = await WatchAsync();

        Assert.Equal(1, first.ExitCode);
        Assert.Contains("added 3", first.Output, StringComparison.Ordinal);
        Assert.Contains(first.ErrorLines, line => line.Contains($"HTTP 503 ", StringComparison.Ordinal));
        // The feed's ETag was not kept while an item was pending, so the feed is read again in full and only that page is fetched.
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("not modified 0), new items 1: added 1", second.Output, StringComparison.Ordinal);
        Assert.Contains("not modified 1), new items 0", third.Output, StringComparison.Ordinal);
        Assert.Equal(2, _server.CountOf(WatchSite.PagePath(failing)));
        Assert.All([1, 2, 4], page => Assert.Equal(1, _server.CountOf(WatchSite.PagePath(page))));
        using SqliteArticleStore store = SqliteArticleStore.Open(Database);
        Assert.Equal(4, store.Count(ArticleQuery.All));
    }

    [Theory]
    [InlineData(404)]
    public async Task A_page_that_is_gone_is_recorded_as_failed_and_not_fetched_again(int status)
    {
        Uri rss = _site.MapFeed("rss.xml", "rss", 1);
        string gone = _server.Url("news/gone").AbsoluteUri;
        _site.MapXml("rss.xml", $"""<rss version="2.0"><channel><item><guid>a</guid><link>{_server.Url(WatchSite.PagePath(1))}</link></item><item><guid>b</guid><link>{gone}</link></item></channel></rss>""");
        _server.Map("news/gone", context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });
        WriteFeeds(rss.AbsoluteUri);

        CliRun.Result first = await WatchAsync();
        CliRun.Result second = await WatchAsync();

        Assert.Equal(1, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(1, _server.CountOf("news/gone"));
        using JsonDocument state = JsonDocument.Parse(File.ReadAllText(FeedsFile + ".state.json"));
        JsonElement item = state.RootElement.GetProperty("feeds").GetProperty(rss.AbsoluteUri).GetProperty("items").GetProperty("b");
        Assert.Equal("failed", item.GetProperty("outcome").GetString());
        Assert.False(item.GetProperty("retry").GetBoolean());
        Assert.Equal("added", state.RootElement.GetProperty("feeds").GetProperty(rss.AbsoluteUri).GetProperty("items").GetProperty("a").GetProperty("outcome").GetString());
        Assert.False(File.Exists(FeedsFile + ".state.json.partial"));
    }

    [Theory]
    [InlineData("missing-feeds.txt")]
    public void A_missing_feeds_file_exits_one_with_one_line(string name)
    {
        CliRun.Result result = CliRun.Run(["watch", Path.Combine(_folder.Path, name), "--db", Database, "--once"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot read the feeds file", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(Database));
    }

    [Theory]
    [InlineData("# only a comment\n\n")]
    public void A_feeds_file_without_urls_exits_one(string text)
    {
        File.WriteAllText(FeedsFile, text);

        CliRun.Result result = CliRun.Run(["watch", FeedsFile, "--db", Database, "--once"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no feed URLs", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{"version": 7, "feeds": {}}""")]
    public void An_unreadable_state_file_exits_one_and_is_left_as_it_is(string state)
    {
        WriteFeeds("https://news.example/rss.xml");
        string path = Path.Combine(_folder.Path, "custom.state.json");
        File.WriteAllText(path, state);

        CliRun.Result result = CliRun.Run(["watch", FeedsFile, "--db", Database, "--once", "--state", path]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot read the watch state", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(state, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("--interval", "0")]
    [InlineData("--timeout", "0")]
    [InlineData("--host-delay", "-1")]
    [InlineData("--retries", "11")]
    public void An_option_out_of_range_is_a_usage_error(string option, string value)
    {
        WriteFeeds("https://news.example/rss.xml");

        CliRun.Result result = CliRun.Run(["watch", FeedsFile, "--db", Database, option, value]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("watch --help", "--allow-private")]
    [InlineData("--help", "watch")]
    public void Help_names_the_watch_command_and_its_options(string commandLine, string expected)
    {
        CliRun.Result result = CliRun.Run(commandLine.Split(' '));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
    }

    private void WriteFeeds(params string[] lines) => File.WriteAllText(FeedsFile, string.Join('\n', lines) + "\n");

    /// <summary>One round, off the test's synchronization context (the command blocks on async work inside).</summary>
    private Task<CliRun.Result> WatchAsync(bool allowPrivate = true)
    {
        List<string> args = ["watch", FeedsFile, "--db", Database, "--once", "--host-delay", "0", "--retries", "0"];
        if (allowPrivate)
        {
            args.Add("--allow-private");
        }

        return Task.Run(() => CliRun.Run([.. args]), TestContext.Current.CancellationToken);
    }
}
