using Kronika.Evaluation.Ner;

namespace Kronika.Evaluation.Tests.Ner;

public sealed class SpanScoreTests
{
    [Theory]
    [InlineData("B-persName#B-persName-forename", "B-persName")]
    [InlineData("I-placeName-country", "I-placeName")]
    [InlineData("B-date", "O")]
    [InlineData("B-date#B-placeName", "B-placeName")]
    [InlineData("O", "O")]
    public void Keeps_the_outermost_top_level_class(string label, string expected)
    {
        Assert.Equal(expected, NkjpNerCorpus.TopLevel(label));
    }

    [Theory]
    [InlineData("B-persName I-persName O B-placeName", "0-2 persName;3-4 placeName")]
    [InlineData("I-orgName I-orgName O", "0-2 orgName")]
    [InlineData("B-persName B-persName", "0-1 persName;1-2 persName")]
    [InlineData("O O", "")]
    public void Reads_spans_from_BIO_labels(string labels, string expected)
    {
        var spans = SpanScore.Spans(labels.Split(' ')).OrderBy(span => span.Start).Select(span => $"{span.Start}-{span.End} {span.Type}");

        Assert.Equal(expected, string.Join(';', spans));
    }

    [Theory]
    [InlineData("B-persName I-persName O B-placeName", "B-persName O O B-placeName", 1, 2, 2)]
    public void Counts_only_exact_typed_spans(string gold, string predicted, int truePositives, int predictedSpans, int goldSpans)
    {
        SpanScore score = SpanScore.Measure([(gold.Split(' '), predicted.Split(' '))]);

        Assert.Equal(truePositives, score.TruePositives);
        Assert.Equal(predictedSpans, score.Predicted);
        Assert.Equal(goldSpans, score.Gold);
        Assert.Equal(0.5, score.F1, 3);
    }
}
