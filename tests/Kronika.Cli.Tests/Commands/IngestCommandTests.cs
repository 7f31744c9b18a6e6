using Kronika.Core;
using Kronika.Storage;
using Kronika.Storage.Sqlite;

namespace Kronika.Cli.Tests.Commands;

public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Database => Path.Combine(_folder.Path, "test.db");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(2)]
    public void Ingesting_twice_adds_nothing_the_second_time(int runs)
    {
        var results = new List<CliRun.Result>();
        for (int run = 0; run < runs; run++)
        {
            results.Add(CliRun.Run(["ingest", CliRun.Samples, "--db", Database]));
        }

        Assert.All(results, result => Assert.Equal(0, result.ExitCode));
        Assert.Contains("added: 6", results[0].OutputLines);
        Assert.Contains("already stored: 0", results[0].OutputLines);
        Assert.Contains("added: 0", results[^1].OutputLines);
        Assert.Contains("already stored: 6", results[^1].OutputLines);
        using SqliteArticleStore store = SqliteArticleStore.Open(Database);
        Assert.Equal(6, store.Count(ArticleQuery.All));
    }

    [Theory]
    [InlineData("one/a.txt", "two/b.txt")]
    public void The_same_text_in_two_files_is_one_article_with_both_inputs(string first, string second)
    {
        string firstPath = _folder.Write(Path.Combine("corpus", first), Articles.Polish);
        string secondPath = _folder.Write(Path.Combine("corpus", second), Articles.Polish);

        CliRun.Result result = CliRun.Run(["ingest", Path.Combine(_folder.Path, "corpus"), "--db", Database]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("added: 1", result.OutputLines);
        Assert.Contains("already stored: 1", result.OutputLines);
        using SqliteArticleStore store = SqliteArticleStore.Open(Database);
        ArticleSummary article = Assert.Single(store.Query(ArticleQuery.All));
        Assert.Equal([firstPath, secondPath], store.InputsOf(article.Id));
        Assert.Equal("pl", store.Find(article.Id)?.Language);
    }

    [Theory]
    [InlineData(new byte[] { 0, 0, 0, 0, 1, 2, 3, 4 }, "binary")]
    public void A_refused_input_is_stored_with_its_reason_and_summarised(byte[] bytes, string reason)
    {
        _folder.Write(Path.Combine("corpus", "good.txt"), Articles.English);
        _folder.Write(Path.Combine("corpus", "bad.txt"), bytes);

        CliRun.Result result = CliRun.Run(["ingest", Path.Combine(_folder.Path, "corpus"), "--db", Database]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("added: 1", result.OutputLines);
        Assert.Contains($"rejected: 1 ({reason} 1)", result.OutputLines);
        Assert.Single(result.ErrorLines);
        using SqliteArticleStore store = SqliteArticleStore.Open(Database);
        Assert.Equal(2, store.Count(ArticleQuery.All));
        Assert.Equal(1, store.Count(new ArticleQuery { IncludeRejected = false }));
        Assert.NotNull(store.Find(Document.IdOf(bytes))?.Rejection);
    }

    [Theory]
    [InlineData("missing-folder")]
    public void A_missing_path_exits_one_with_one_line_and_stores_nothing(string missing)
    {
        CliRun.Result result = CliRun.Run(["ingest", Path.Combine(_folder.Path, missing), "--db", Database]);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("kronika: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Contains("added: 0", result.OutputLines);
    }

    [Theory]
    [InlineData("no-such-folder/x.db")]
    public void An_unusable_database_path_exits_one_with_one_line(string database)
    {
        CliRun.Result result = CliRun.Run(["ingest", CliRun.Samples, "--db", Path.Combine(_folder.Path, database)]);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("kronika: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
