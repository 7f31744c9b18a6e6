using System.Diagnostics;
using Kronika.Storage;
using Kronika.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Kronika.Cli.Tests.Commands;

/// <summary>The built <c>kronika ingest</c>, killed mid-run and started again, stores every article exactly once.</summary>
public sealed class IngestKillTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(120, new[] { 10, 60 })]
    public void A_killed_ingest_run_again_stores_every_article_exactly_once(int articles, int[] killAtStored)
    {
        string corpus = Path.Combine(_folder.Path, "corpus");
        string database = Path.Combine(_folder.Path, "kill.db");
        for (int index = 0; index < articles; index++)
        {
            _folder.Write(Path.Combine("corpus", $"{index:D4}.txt"), Articles.PolishNumbered(index));
        }

        foreach (int stored in killAtStored)
        {
            using Process ingest = StartIngest(corpus, database);
            WaitUntilStored(database, stored, ingest);
            ingest.Kill(entireProcessTree: true);
            ingest.WaitForExit();
        }

        using (Process ingest = StartIngest(corpus, database))
        {
            Assert.True(ingest.WaitForExit(TimeSpan.FromMinutes(3)), "kronika ingest did not finish");
            Assert.Equal(0, ingest.ExitCode);
        }

        using SqliteArticleStore store = SqliteArticleStore.Open(database);
        Assert.Equal("ok", store.IntegrityCheck());
        Assert.Equal(articles, store.Count(ArticleQuery.All));
        foreach (ArticleSummary article in store.Query(new ArticleQuery { Limit = articles }))
        {
            Assert.Single(store.InputsOf(article.Id));
        }
    }

    internal static Process StartIngest(string corpus, string database)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kronika.dll"));
        start.ArgumentList.Add("ingest");
        start.ArgumentList.Add(corpus);
        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(database);
        Process process = Process.Start(start) ?? throw new InvalidOperationException("kronika did not start");
        // Drain both pipes so a full buffer never blocks the child.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void WaitUntilStored(string database, int count, Process ingest)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            Assert.False(ingest.HasExited, "kronika ingest ended before it could be killed");
            if (Stored(database) >= count)
            {
                return;
            }

            Thread.Sleep(20);
        }

        Assert.Fail($"kronika ingest stored fewer than {count} articles in two minutes");
    }

    private static long Stored(string database)
    {
        if (!File.Exists(database))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
            connection.Open();
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM articles";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            // Not migrated yet, or busy: ask again shortly.
            return 0;
        }
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
