using Kronika.Evaluation.Extraction;

namespace Kronika.Evaluation.Tests.Extraction;

/// <summary>The Zyte benchmark's measure on hand examples; every expected figure was computed with the benchmark's own
/// evaluate.py (scrapinghub/article-extraction-benchmark @4a3bc979) on the same strings.</summary>
public sealed class ShingleMatchTests
{
    [Theory]
    [InlineData("Hello, World! x_y 42", "Hello|World|x_y|42")]
    [InlineData("x² Ⅻ a‿b snake_case", "x²|Ⅻ|a|b|snake_case")]
    [InlineData("nai\u0308ve", "nai|ve")]
    [InlineData("naïve Łódź 東京 𠀋x", "naïve|Łódź|東京|𠀋x")]
    [InlineData("  ... — ", "")]
    public void Tokens_are_runs_of_what_Pythons_word_class_matches(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', ShingleMatch.Tokens(text)));
    }

    [Theory]
    [InlineData("a b c d e", "a b c d|b c d e")]
    [InlineData("a b", "a b")]
    [InlineData("a b c d a b c d", "a b c d|a b c d|b c d a|c d a b|d a b c")]
    [InlineData("", "")]
    public void Shingles_are_four_consecutive_tokens_or_one_shorter_for_a_short_text(string text, string expected)
    {
        Dictionary<string, int> shingles = ShingleMatch.Shingles(ShingleMatch.Tokens(text));

        Assert.Equal(expected, string.Join('|', shingles.SelectMany(entry => Enumerable.Repeat(entry.Key, entry.Value)).Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("one two three four five", "one two three four five", 1.0, 0.0, 0.0, 1.0, 1.0, true)]
    [InlineData("one two three four five", "one two three four five six", 2 / 3.0, 1 / 3.0, 0.0, 2 / 3.0, 1.0, false)]
    [InlineData("one two three four five", "", 0.0, 0.0, 1.0, 0.0, 0.0, false)]
    [InlineData("", "one two three", 0.0, 1.0, 0.0, 0.0, 0.0, false)]
    [InlineData("", "", 0.0, 0.0, 0.0, 1.0, 1.0, true)]
    [InlineData("a b", "a c", 0.0, 0.5, 0.5, 0.0, 0.0, false)]
    [InlineData("a b c d a b c d", "a b c d", 0.2, 0.0, 0.8, 1.0, 0.2, false)]
    [InlineData("Hello, World! x y", "hello world x y", 0.0, 0.5, 0.5, 0.0, 0.0, false)]
    [InlineData("Hello,  World!\n\nx y", "Hello World x y", 1.0, 0.0, 0.0, 1.0, 1.0, true)]
    public void Matches_one_page_as_the_benchmark_does(string gold, string extracted, double tp, double fp, double fn, double precision, double recall, bool exact)
    {
        ShingleMatch match = ShingleMatch.Of(gold, extracted);

        Assert.Equal(tp, match.TruePositives, 12);
        Assert.Equal(fp, match.FalsePositives, 12);
        Assert.Equal(fn, match.FalseNegatives, 12);
        Assert.Equal(precision, match.Precision, 12);
        Assert.Equal(recall, match.Recall, 12);
        Assert.Equal(exact, match.Exact);
    }

    [Fact]
    public void Averages_precision_over_pages_with_an_extraction_and_recall_over_pages_with_a_gold()
    {
        MainTextScore score = MainTextScore.Measure([
            ShingleMatch.Of("one two three four five", "one two three four five"),
            ShingleMatch.Of("one two three four five", "one two three four five six"),
            ShingleMatch.Of("one two three four five", ""),
            ShingleMatch.Of("", "one two three"),
            ShingleMatch.Of("", ""),
        ]);

        // evaluate.py's metrics_from_tp_fp_fns on these five pages: precision 0.5556, recall 0.6667, F1 0.6061.
        Assert.Equal(5 / 9.0, score.Precision, 12);
        Assert.Equal(2 / 3.0, score.Recall, 12);
        Assert.Equal(0.606060606060606, score.F1, 12);
        Assert.Equal(0.4, score.Accuracy, 12);
        Assert.Equal(5, score.Pages);
        Assert.Equal(2, score.EmptyExtractions);
        Assert.Equal(2, score.EmptyGolds);
    }

    [Fact]
    public void Scores_zero_where_the_benchmark_would_stop_with_an_error()
    {
        MainTextScore score = MainTextScore.Measure([ShingleMatch.Of("one two three four five", "")]);

        Assert.Equal(0, score.Precision);
        Assert.Equal(0, score.Recall);
        Assert.Equal(0, score.F1);
    }
}
