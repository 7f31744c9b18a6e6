using System.Diagnostics;
using Kronika.Core;
using Kronika.Storage.Postgres;
using Kronika.Storage.Tests.Sqlite;

namespace Kronika.Storage.Tests.Postgres;

/// <summary>A writer process storing into PostgreSQL, killed at arbitrary moments and run again, ends with every
/// article and its search row stored exactly once (the server rolls back the killed client's open transaction).</summary>
public sealed class PostgresKillTests(PostgresServer server) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(240, new[] { 15, 90, 170 })]
    public void A_writer_killed_mid_run_and_restarted_stores_every_article_exactly_once(int articles, int[] killAfter)
    {
        string store = server.NewSchema();
        string corpus = Path.Combine(_folder.Path, "corpus");
        string[] texts = KillTests.GenerateCorpus(corpus, articles);

        foreach (int lines in killAfter)
        {
            using Process writer = KillTests.StartWriter(store, corpus);
            for (int line = 0; line < lines; line++)
            {
                Assert.NotNull(KillTests.ReadLine(writer));
            }

            writer.Kill(entireProcessTree: true);
            writer.WaitForExit();
        }

        using (Process writer = KillTests.StartWriter(store, corpus))
        {
            while (KillTests.ReadLine(writer) is not null)
            {
            }

            writer.WaitForExit();
            Assert.Equal(0, writer.ExitCode);
        }

        using PostgresArticleStore reopened = PostgresArticleStore.Open(store);
        Assert.Equal(articles, reopened.Count(ArticleQuery.All));
        Assert.Equal((long)articles, PostgresServer.Scalar(store, "SELECT count(*) FROM article_search"));
        Assert.Equal((long)articles, PostgresServer.Scalar(store, "SELECT count(*) FROM inputs"));
        foreach (string text in texts)
        {
            string id = Document.IdOf(text);
            Assert.Equal(text, reopened.Find(id)?.Text);
            Assert.Single(reopened.InputsOf(id));
        }

        KillTests.AssertLayersOnce(reopened, texts, sql => (long)PostgresServer.Scalar(store, sql)!);
    }
}
