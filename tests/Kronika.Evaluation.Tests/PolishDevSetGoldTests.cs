using Kronika.Testing;

namespace Kronika.Evaluation.Tests;

/// <summary>The Polish dev set (eval/gold/pl-dev) is sound gold: each file loads, its article is found in shared/data,
/// every string it quotes is in that article, every key it uses is defined, and the scorer gives it full marks against
/// itself. A typo in a hand-written file would otherwise cost the gate events silently.</summary>
public sealed class PolishDevSetGoldTests
{
    private static readonly string[] _types =
    [
        "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE", "DEMAND", "DISAPPROVE",
        "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "REQUEST",
    ];

    private static readonly string[] _modalities = ["asserted", "reported", "hypothetical", "negated", "denied"];

    public static TheoryData<string> GoldFiles()
    {
        var files = new TheoryData<string>();
        foreach (string path in GoldFile.Find([Path.Combine(SharedData.RepositoryRoot, "eval", "gold", "pl-dev")]))
        {
            files.Add(Path.GetFileName(path));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Every_string_key_and_type_of_the_gold_is_sound(string name)
    {
        string path = Path.Combine(SharedData.RepositoryRoot, "eval", "gold", "pl-dev", name);
        SharedData.Require("data/pl-entities-slavicner/raw");
        GoldArticle gold = GoldFile.Load(path);
        string text = GoldText.Normalize(File.ReadAllText(GoldFile.ResolveArticle(path, gold)));
        var keys = gold.Entities.Select(entity => entity.Key).ToHashSet(StringComparer.Ordinal);

        var quoted = gold.Entities.SelectMany(entity => entity.Mentions)
            .Concat(gold.Events.SelectMany(@event => @event.Evidence))
            .Concat(gold.Events.Select(@event => @event.DateText).OfType<string>())
            .Concat(gold.Quotes.Select(quote => quote.Text));
        Assert.All(quoted, part => Assert.Contains(GoldText.Normalize(part), text, StringComparison.Ordinal));
        Assert.Equal(keys.Count, gold.Entities.Count);
        Assert.All(gold.Events, @event =>
        {
            Assert.Contains(@event.Type, _types);
            Assert.Contains(@event.Modality, _modalities);
            Assert.NotEmpty(@event.Source);
            Assert.All(@event.Source.Concat(@event.Target), actor => Assert.Contains(actor, keys));
            Assert.True(@event.Location is null || keys.Contains(@event.Location), $"location {@event.Location} is not an entity");
        });
        Assert.All(gold.Quotes, quote => Assert.True(quote.Speaker is null || keys.Contains(quote.Speaker), $"speaker {quote.Speaker} is not an entity"));
        Assert.All(gold.Entities.Select(entity => entity.ActsFor).OfType<string>(), actor => Assert.Contains(actor, keys));
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void The_gold_scored_against_itself_is_perfect(string name)
    {
        GoldArticle gold = GoldFile.Load(Path.Combine(SharedData.RepositoryRoot, "eval", "gold", "pl-dev", name));

        GoldScore score = GoldScorer.Score(gold, GoldToOutput.Convert(gold));

        Assert.True(score.Misses.Count == 0, string.Join('\n', score.Misses));
        Assert.Equal(gold.Events.Count, score.EventsMatched);
        Assert.Equal(gold.Quotes.Count, score.QuotesMatched);
    }
}
