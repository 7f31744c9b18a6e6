using Kronika.Core;
using Kronika.Storage;
using Kronika.Storage.Duplicates;
using Kronika.Storage.Sqlite;

namespace Kronika.Cli.Tests.Commands;

public sealed class NearDuplicateIngestTests : IDisposable
{
    internal const string Wire = """
        Storm closes ports along the Baltic coast

        A winter storm closed the ports of Gdynia, Gdańsk and Świnoujście on Monday, the maritime office said, after winds of more than one hundred kilometres an hour hit the coast overnight.

        Ferries to Sweden and Denmark were cancelled and several thousand homes in Pomerania were left without power, the regional energy company said. Crews were working to restore supplies by the evening.

        Forecasters expect the wind to ease on Tuesday morning, although the warning for coastal districts will stay in place until the afternoon, the national weather service said.
        """;

    /// <summary>The wire story as a local site runs it: its own headline and one sentence added at the end.</summary>
    internal const string LocalSite = """
        Baltic storm: ports shut, ferries cancelled

        A winter storm closed the ports of Gdynia, Gdańsk and Świnoujście on Monday, the maritime office said, after winds of more than one hundred kilometres an hour hit the coast overnight.

        Ferries to Sweden and Denmark were cancelled and several thousand homes in Pomerania were left without power, the regional energy company said. Crews were working to restore supplies by the evening.

        Forecasters expect the wind to ease on Tuesday morning, although the warning for coastal districts will stay in place until the afternoon, the national weather service said. Schools stay open.
        """;

    private readonly TempFolder _folder = new();

    private string Database => Path.Combine(_folder.Path, "kronika.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_copy_of_a_stored_story_is_linked_not_stored_and_a_rerun_links_it_once()
    {
        string wire = _folder.Write("a/wire.txt", Wire);
        string local = _folder.Write("b/local.txt", LocalSite);

        CliRun.Result first = CliRun.Run(["ingest", wire, local, "--db", Database]);
        CliRun.Result second = CliRun.Run(["ingest", wire, local, "--db", Database]);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("added: 1", first.OutputLines);
        Assert.Contains("near-duplicates linked: 1", first.OutputLines);
        Assert.Contains(first.ErrorLines, line => line.Contains("local.txt: near-duplicate of", StringComparison.Ordinal));
        // The rerun finds the story stored and the copy linked: nothing new on either count.
        Assert.Contains("already stored: 2", second.OutputLines);
        Assert.Contains("near-duplicates linked: 0", second.OutputLines);
        Assert.Contains(second.ErrorLines, line => line.Contains("local.txt: near-duplicate of", StringComparison.Ordinal) && line.Contains("linked before", StringComparison.Ordinal));
        using SqliteArticleStore store = SqliteArticleStore.Open(Database);
        Assert.Equal(1, store.Count(ArticleQuery.All));
        string original = store.Query(ArticleQuery.All).Single().Id;
        Assert.Equal(Document.IdOf(Wire), original);
        DuplicateLink link = Assert.Single(store.NearDuplicatesOf(original));
        Assert.Equal(local, link.Input);
    }

    [Fact]
    public void Two_different_stories_are_both_stored()
    {
        string wire = _folder.Write("wire.txt", Wire);
        string other = _folder.Write("other.txt", Articles.English);

        CliRun.Result result = CliRun.Run(["ingest", wire, other, "--db", Database]);

        Assert.Contains("added: 2", result.OutputLines);
        Assert.Contains("near-duplicates linked: 0", result.OutputLines);
    }
}
