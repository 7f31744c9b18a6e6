using Kronika.Storage;
using Kronika.Storage.Layers;
using Kronika.Storage.Tests;

namespace Kronika.Cli.Tests.Commands;

/// <summary><c>kronika reanalyze</c> with the real pipeline over stored articles.</summary>
public sealed class ReanalyzeCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Database => Path.Combine(_folder.Path, "reanalyze.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Articles_of_another_version_are_analysed_again_once_and_a_second_run_has_nothing_to_do()
    {
        string id;
        using (IArticleStore store = StoreFactory.Open(Database))
        {
            StoredArticle article = TestRecords.Summit(1).Article;
            store.Store(article);
            id = article.Id;
        }

        CliRun.Result first = CliRun.Run(["reanalyze", "--db", Database]);
        CliRun.Result second = CliRun.Run(["reanalyze", "--db", Database]);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("reanalyze: 1 article(s) analysed again", first.Error, StringComparison.Ordinal);
        Assert.Contains("reanalyze: 0 article(s) to analyse", second.Error, StringComparison.Ordinal);
        using IArticleStore reopened = StoreFactory.Open(Database);
        AnalysisVersion? version = reopened.AnalysisVersionOf(id);
        Assert.NotEqual("test-pipeline", version?.Pipeline);
        Assert.Equal("Szczyt w Moskwie nr 1", reopened.Find(id)?.Title);
        Assert.Contains("\"format\":\"kronika/1\"", reopened.Find(id)?.AnalysisJson, StringComparison.Ordinal);
        Assert.DoesNotContain(reopened.Entities(EntityQuery.All), entity => entity.Id.StartsWith("kb:test/", StringComparison.Ordinal));
    }

    [Fact]
    public void Reanalysing_everything_keeps_the_entity_ids_and_the_text_of_ingested_articles()
    {
        Assert.Equal(0, CliRun.Run(["ingest", CliRun.Samples, "--db", Database]).ExitCode);
        string[] before = EntityIds();

        CliRun.Result result = CliRun.Run(["reanalyze", "--db", Database, "--all"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(before, EntityIds());
        using IArticleStore store = StoreFactory.Open(Database);
        Assert.Equal(6, store.Count(ArticleQuery.All));
    }

    private string[] EntityIds()
    {
        using IArticleStore store = StoreFactory.Open(Database);
        return [.. store.Entities(EntityQuery.All with { Limit = 1000 }).Select(entity => $"{entity.Id}:{entity.Articles}:{entity.Mentions}").Order(StringComparer.Ordinal)];
    }
}
