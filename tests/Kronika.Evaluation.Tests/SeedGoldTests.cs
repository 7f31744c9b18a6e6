using Kronika.Contract;
using Kronika.Testing;

namespace Kronika.Evaluation.Tests;

public sealed class SeedGoldTests
{
    [Theory]
    [InlineData("gold/seed.gold.json")]
    public void The_seed_gold_scored_against_itself_is_perfect(string relative)
    {
        string path = SharedData.Require(relative);
        GoldArticle gold = GoldFile.Load(path);
        AnalysisRecord output = GoldToOutput.Convert(gold);

        GoldScore score = GoldScorer.Score(gold, output);

        Assert.Empty(score.Misses);
        Assert.Equal(1.0, score.TitleAccuracy);
        Assert.Equal(1.0, score.CreditedSourceAccuracy);
        Assert.Equal(1.0, score.JunkRemoval);
        Assert.Equal(1.0, score.CaptionRecall);
        Assert.Equal(1.0, score.MentionRecall);
        Assert.Equal(1.0, score.EventPrecision);
        Assert.Equal(1.0, score.EventRecall);
        Assert.Equal(1.0, score.ModalityAgreement);
        Assert.Equal(1.0, score.QuotePrecision);
        Assert.Equal(1.0, score.QuoteRecall);
        Assert.Equal(gold.Events.Count, score.EventsMatched);
        Assert.Empty(KronikaSchema.Validate(KronikaJson.Serialize(output)));
    }

    [Theory]
    [InlineData("gold/seed.gold.json")]
    public void The_seed_article_is_found_beside_the_gold_folder(string relative)
    {
        string path = SharedData.Require(relative);

        string article = GoldFile.ResolveArticle(path, GoldFile.Load(path));

        Assert.True(File.Exists(article), article);
        Assert.EndsWith(Path.Combine("seeds", "000_a6450bc0721d6666.txt"), article, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gold/seed.gold.json", 33, 5, 3)]
    public void An_empty_output_scores_zero_against_the_seed(string relative, int mentions, int events, int quotes)
    {
        GoldArticle gold = GoldFile.Load(SharedData.Require(relative));
        AnalysisRecord empty = GoldToOutput.Convert(gold with { Entities = [], Events = [], Quotes = [] });

        GoldScore score = GoldScorer.Score(gold, empty);

        Assert.Equal((0, mentions), (score.MentionsFound, score.GoldMentions));
        Assert.Equal((0, 0, events), (score.EventsMatched, score.OutputEvents, score.GoldEvents));
        Assert.Equal((0, 0, quotes), (score.QuotesMatched, score.OutputQuotes, score.GoldQuotes));
        Assert.True(double.IsNaN(score.EventPrecision));
        Assert.Equal(0.0, score.EventRecall);
    }
}
