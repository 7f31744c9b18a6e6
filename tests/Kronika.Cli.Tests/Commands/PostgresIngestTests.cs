using System.Diagnostics;
using Kronika.Storage;
using Kronika.Storage.Tests.Postgres;
using Npgsql;

namespace Kronika.Cli.Tests.Commands;

/// <summary><c>kronika ingest</c> and <c>kronika query articles</c> against PostgreSQL: <c>--db</c> with a connection string.</summary>
public sealed class PostgresIngestTests(PostgresServer server) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("sankcji", 1)]
    public void Samples_ingested_twice_are_stored_once_and_found_by_search(string search, int expected)
    {
        string store = server.NewSchema();

        CliRun.Result first = CliRun.Run(["ingest", CliRun.Samples, "--db", store]);
        CliRun.Result second = CliRun.Run(["ingest", CliRun.Samples, "--db", store]);
        CliRun.Result found = CliRun.Run(["query", "articles", "--db", store, "--json", "--search", search]);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("added: 6", first.OutputLines);
        Assert.Contains("already stored: 6", second.OutputLines);
        string location = Assert.Single(second.OutputLines, line => line.StartsWith("database: postgres://", StringComparison.Ordinal));
        Assert.DoesNotContain(":" + new NpgsqlConnectionStringBuilder(store).Password + "@", location, StringComparison.Ordinal);
        Assert.Equal(0, found.ExitCode);
        Assert.Equal(expected, found.OutputLines.Length);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=1;Username=kronika;Password=secret;Database=news;Timeout=5")]
    [InlineData("postgres://kronika:secret@127.0.0.1:1/news")]
    public void An_unreachable_server_is_one_error_line_and_exit_one(string location)
    {
        CliRun.Result result = CliRun.Run(["query", "articles", "--db", location]);

        Assert.Equal(1, result.ExitCode);
        string error = Assert.Single(result.ErrorLines);
        Assert.StartsWith("kronika: Cannot open the PostgreSQL database 'postgres://kronika@127.0.0.1:1/news'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(120, new[] { 10, 60 })]
    public void A_killed_ingest_run_again_stores_every_article_exactly_once(int articles, int[] killAtStored)
    {
        string store = server.NewSchema();
        string corpus = Path.Combine(_folder.Path, "corpus");
        for (int index = 0; index < articles; index++)
        {
            _folder.Write(Path.Combine("corpus", $"{index:D4}.txt"), Articles.PolishNumbered(index));
        }

        foreach (int stored in killAtStored)
        {
            using Process ingest = IngestKillTests.StartIngest(corpus, store);
            WaitUntilStored(store, stored, ingest);
            ingest.Kill(entireProcessTree: true);
            ingest.WaitForExit();
        }

        using (Process ingest = IngestKillTests.StartIngest(corpus, store))
        {
            Assert.True(ingest.WaitForExit(TimeSpan.FromMinutes(3)), "kronika ingest did not finish");
            Assert.Equal(0, ingest.ExitCode);
        }

        using IArticleStore reopened = StoreFactory.Open(store);
        Assert.Equal(articles, reopened.Count(ArticleQuery.All));
        Assert.Equal((long)articles, PostgresServer.Scalar(store, "SELECT count(*) FROM article_search"));
        foreach (ArticleSummary article in reopened.Query(new ArticleQuery { Limit = articles }))
        {
            Assert.Single(reopened.InputsOf(article.Id));
        }
    }

    private static void WaitUntilStored(string store, int count, Process ingest)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            Assert.False(ingest.HasExited, "kronika ingest ended before it could be killed");
            if (Stored(store) >= count)
            {
                return;
            }

            Thread.Sleep(20);
        }

        Assert.Fail($"kronika ingest stored fewer than {count} articles in two minutes");
    }

    private static long Stored(string store)
    {
        try
        {
            return (long)PostgresServer.Scalar(store, "SELECT count(*) FROM articles")!;
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // Not migrated yet: ask again shortly.
            return 0;
        }
    }
}
