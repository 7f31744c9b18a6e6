using System.Diagnostics;
using System.Text;
using Kronika.Core;
using Kronika.Storage.Sqlite;

namespace Kronika.Storage.Tests.Sqlite;

/// <summary>A writer process killed at arbitrary moments and run again ends with every article stored exactly once.</summary>
public sealed class KillTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(240, new[] { 15, 90, 170 })]
    public void A_writer_killed_mid_run_and_restarted_stores_every_article_exactly_once(int articles, int[] killAfter)
    {
        string corpus = Path.Combine(_folder.Path, "corpus");
        string database = Path.Combine(_folder.Path, "kronika.db");
        string[] texts = GenerateCorpus(corpus, articles);

        foreach (int lines in killAfter)
        {
            using Process writer = StartWriter(database, corpus);
            for (int line = 0; line < lines; line++)
            {
                Assert.NotNull(ReadLine(writer));
            }

            // Kill while the writer is inside its next transaction or between two: either must leave a sound file.
            writer.Kill(entireProcessTree: true);
            writer.WaitForExit();
        }

        using (Process writer = StartWriter(database, corpus))
        {
            while (ReadLine(writer) is not null)
            {
            }

            writer.WaitForExit();
            Assert.Equal(0, writer.ExitCode);
        }

        using SqliteArticleStore store = SqliteArticleStore.Open(database);
        Assert.Equal("ok", store.IntegrityCheck());
        Assert.Equal(articles, store.Count(ArticleQuery.All));
        foreach (string text in texts)
        {
            string id = Document.IdOf(text);
            Assert.Equal(text, store.Find(id)?.Text);
            Assert.Single(store.InputsOf(id));
        }

        AssertLayersOnce(store, texts, sql =>
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using Microsoft.Data.Sqlite.SqliteCommand command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        });
    }

    /// <summary>Every layer row of every article is there exactly once, and the cross-article counts add up to the records'.</summary>
    internal static void AssertLayersOnce(IArticleStore store, string[] texts, Func<string, long> scalar)
    {
        Contract.AnalysisRecord[] records = [.. texts.Select(text => TestRecords.ForText(text, "-"))];
        Assert.Equal(records.Sum(record => record.Events.Count), store.CountEvents(Layers.EventQuery.All));
        Assert.Equal(records.Sum(record => record.Quotes.Count), store.CountQuotes(Layers.QuoteQuery.All));
        Assert.Equal(records.Sum(record => record.Entities.Sum(entity => entity.Mentions.Count)), scalar("SELECT count(*) FROM mentions"));
        Assert.Equal(records.Sum(record => record.Events.Sum(@event => @event.Source.Count + @event.Target.Count)), scalar("SELECT count(*) FROM event_actors"));
        Assert.Equal(texts.Length, scalar("SELECT count(*) FROM analyses"));
        foreach (Layers.StoredEntity entity in store.Entities(Layers.EntityQuery.All))
        {
            Assert.Equal(records.Count(record => record.Entities.Any(candidate => candidate.Id == entity.Id)), entity.Articles);
            Assert.Equal(records.Sum(record => record.Entities.Where(candidate => candidate.Id == entity.Id).Sum(candidate => candidate.Mentions.Count)), entity.Mentions);
            Assert.Equal(entity.Mentions, store.EntityNames(entity.Id).Sum(name => name.Count));
        }
    }

    internal static string[] GenerateCorpus(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(20240506);
        string[] words = ["premier", "minister", "Sejm", "Rada", "ustawa", "sankcje", "wizyta", "Warszawa", "Bruksela", "oświadczył", "że", "w", "na", "rząd"];
        var texts = new string[count];
        for (int index = 0; index < count; index++)
        {
            // Texts of some tens of kilobytes, so that a kill often lands inside a transaction's writes.
            var text = new StringBuilder($"Artykuł {index}\n\n");
            int length = random.Next(8_000, 40_000);
            while (text.Length < length)
            {
                text.Append(words[random.Next(words.Length)]).Append(random.Next(10) == 0 ? ".\n" : " ");
            }

            texts[index] = text.ToString();
            File.WriteAllText(Path.Combine(folder, $"{index:D4}.txt"), texts[index]);
        }

        return texts;
    }

    internal static Process StartWriter(string store, string corpus)
    {
        string assembly = typeof(KillTests).Assembly.Location;
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add(StoreWriter.Verb);
        start.ArgumentList.Add(store);
        start.ArgumentList.Add(corpus);
        return Process.Start(start) ?? throw new InvalidOperationException("The writer process did not start.");
    }

    internal static string? ReadLine(Process writer)
    {
        Task<string?> line = writer.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken).AsTask();
        Assert.True(line.Wait(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken), "The writer printed nothing for a minute.");
        return line.Result;
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
