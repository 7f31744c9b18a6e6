namespace Kronika.Evaluation.Tests;

public sealed class GoldScoreTests
{
    [Theory]
    [InlineData(3, 5, 0, 4, 3.0 / 9)]
    public void Sum_adds_counts_before_dividing(int foundA, int totalA, int foundB, int totalB, double expected)
    {
        var first = new GoldScore { Articles = 1, MentionsFound = foundA, GoldMentions = totalA, Misses = ["a"] };
        var second = new GoldScore { Articles = 1, MentionsFound = foundB, GoldMentions = totalB, Misses = ["b"] };

        GoldScore sum = GoldScore.Sum([first, second]);

        Assert.Equal(2, sum.Articles);
        Assert.Equal(expected, sum.MentionRecall, 12);
        Assert.Equal(["a", "b"], sum.Misses);
    }

    [Theory]
    [InlineData(0)]
    public void Ratios_are_nan_when_there_is_nothing_to_count(int nothing)
    {
        var score = new GoldScore { GoldMentions = nothing };

        Assert.True(double.IsNaN(score.MentionRecall));
        Assert.True(double.IsNaN(score.EventPrecision));
        Assert.True(double.IsNaN(score.QuoteRecall));
        Assert.True(double.IsNaN(GoldScore.Sum([]).EventRecall));
    }

    [Theory]
    [InlineData("mention recall            0.000  (0/35)")]
    [InlineData("quote precision             n/a  (0/0)")]
    [InlineData("event recall              0.500  (1/2)")]
    [InlineData("articles                      1")]
    public void The_report_has_one_line_per_metric_with_its_counts(string line)
    {
        var score = new GoldScore { Articles = 1, GoldMentions = 35, EventsMatched = 1, GoldEvents = 2, OutputEvents = 1 };

        string[] lines = score.ToReport().Split('\n');

        Assert.Contains(line, lines);
        Assert.Equal(12, lines.Length);
    }
}
