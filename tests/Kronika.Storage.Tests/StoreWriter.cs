using Kronika.Core;

namespace Kronika.Storage.Tests;

/// <summary>Stores every file of a folder as an article, one line on standard output per file, so a test can kill it mid-run.</summary>
internal static class StoreWriter
{
    public const string Verb = "--kronika-store-writer";

    /// <summary>Arguments: the store location (a SQLite path or a PostgreSQL connection string) and the folder of <c>*.txt</c> files.</summary>
    public static int Run(string[] args)
    {
        using IArticleStore store = StoreFactory.Open(args[0]);
        int done = 0;
        foreach (string path in Directory.EnumerateFiles(args[1], "*.txt").Order(StringComparer.Ordinal))
        {
            string text = File.ReadAllText(path);
            // A real record with entities, events and quotes, so that a kill can land inside the layers' writes too.
            StoredArticle article = TestArticles.Make(text, input: path) with { AnalysisJson = Contract.KronikaJson.Serialize(TestRecords.ForText(text, path)) };
            StoreOutcome outcome = store.Store(article);
            done++;
            Console.Out.WriteLine($"{done} {outcome} {Document.IdOf(text)}");
            Console.Out.Flush();
        }

        return 0;
    }
}
