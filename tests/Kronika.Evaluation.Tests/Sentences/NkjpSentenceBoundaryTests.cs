using Kronika.Core;
using Kronika.Evaluation.Sentences;

namespace Kronika.Evaluation.Tests.Sentences;

public sealed class NkjpSentenceBoundaryTests
{
    private const string Sample =
        "-DOCSTART CONFIG FEATURES orth base ctag\n" +
        "-DOCSTART FILE ./a\n" +
        "Był\tbyć\tpraet:sg:m1:imperf\tO\n" +
        "em\tbyć\taglt:sg:pri:imperf:wok\tO\n" +
        "w\tw\tprep:loc\tO\n" +
        "(\t(\tinterp:\tO\n" +
        "Soczi\tSoczi\tsubst:sg:loc:n\tB-placeName\n" +
        ")\t)\tinterp:\tO\n" +
        ".\t.\tinterp:\tO\n" +
        "\n" +
        "\"\t\"\tinterp:\tO\n" +
        "Tak\ttak\tqub:\tO\n" +
        "\"\t\"\tinterp:\tO\n" +
        "o\to\tprep:loc\tO\n" +
        "15\t15\tnum\tO\n" +
        ".\t.\tinterp:\tO\n" +
        "30\t30\tnum\tO\n" +
        "!\t!\tinterp:\tO\n" +
        "\n" +
        "-DOCSTART FILE ./b\n" +
        "Koniec\tkoniec\tsubst\tO\n" +
        "\n";

    [Theory]
    [InlineData(2, 15, 1)]
    public void Reads_documents_tokens_agglutinates_and_sentence_breaks(int documents, int tokensInFirst, int agglutinates)
    {
        IReadOnlyList<NkjpDocument> corpus = NkjpCorpus.Read(new StringReader(Sample), "sample");

        Assert.Equal(documents, corpus.Count);
        Assert.Equal("./a", corpus[0].Name);
        Assert.Equal(tokensInFirst, corpus[0].Tokens.Length);
        Assert.Equal(agglutinates, corpus[0].Tokens.Count(token => token.Agglutinate));
        Assert.Equal([6, 14], corpus[0].Tokens.Select((token, index) => (token, index)).Where(pair => pair.token.EndsSentence).Select(pair => pair.index));
    }

    [Theory]
    [InlineData("Byłem w (Soczi). \"Tak\" o 15.30!")]
    public void Rebuilds_text_by_the_documented_spacing_rule(string expected)
    {
        NkjpDocument document = NkjpCorpus.Read(new StringReader(Sample), "sample")[0];

        DetokenizedText rebuilt = NkjpDetokenizer.Rebuild(document);

        Assert.Equal(expected, rebuilt.Text);
        Assert.All(document.Tokens.Zip(rebuilt.Spans), pair => Assert.Equal(pair.First.Orth, pair.Second.ToString(rebuilt.Text)));
    }

    [Theory]
    [InlineData("16", 1, 0, 0)]
    [InlineData("", 0, 0, 1)]
    [InlineData("16,10", 1, 1, 0)]
    [InlineData("3,16,31", 1, 1, 0)]
    [InlineData("16,31,99", 1, 0, 0)]
    public void Counts_boundaries_at_token_ends_only(string predicted, int truePositives, int falsePositives, int falseNegatives)
    {
        // The text is "Byłem w (Soczi). \"Tak\" o 15.30!": the gold boundary is the end of "." at 16; 3 ends the token
        // "Był" (no boundary), 10 lies inside "Soczi", 31 is the document's end and 99 lies past it (both ignored).
        NkjpDocument document = NkjpCorpus.Read(new StringReader(Sample), "sample")[0];
        int[] ends = predicted.Length == 0 ? [] : [.. predicted.Split(',').Select(int.Parse)];

        SentenceBoundaryScore score = SentenceBoundaryScorer.Score(document, _ => ends);

        Assert.Equal(new SentenceBoundaryScore(1, truePositives, falsePositives, falseNegatives), score);
    }

    [Theory]
    [InlineData(8, 2, 2, 0.8, 0.8, 0.8)]
    [InlineData(0, 0, 5, double.NaN, 0.0, double.NaN)]
    public void Computes_precision_recall_and_f1(int truePositives, int falsePositives, int falseNegatives, double precision, double recall, double f1)
    {
        var score = new SentenceBoundaryScore(1, truePositives, falsePositives, falseNegatives);

        Assert.Equal(precision, score.Precision, 6);
        Assert.Equal(recall, score.Recall, 6);
        Assert.Equal(f1, score.F1, 6);
    }

    [Theory]
    [InlineData(2, 1)]
    public void Sums_scores_over_a_corpus(int documents, int falseNegatives)
    {
        IReadOnlyList<NkjpDocument> corpus = NkjpCorpus.Read(new StringReader(Sample), "sample");

        SentenceBoundaryScore score = SentenceBoundaryScorer.Score(corpus, rebuilt => [rebuilt.Length]);

        Assert.Equal(new SentenceBoundaryScore(documents, 0, 0, falseNegatives), score);
    }

    [Theory]
    [InlineData("Był\tbyć\n")]
    public void Fails_loudly_on_a_short_line(string content)
    {
        InvalidDataException exception = Assert.Throws<InvalidDataException>(() => NkjpCorpus.Read(new StringReader(content), "bad.iob"));

        Assert.StartsWith("bad.iob:1", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 3)]
    public void Keeps_spans_inside_the_rebuilt_text(int start, int end)
    {
        NkjpDocument document = NkjpCorpus.Read(new StringReader(Sample), "sample")[0];

        DetokenizedText rebuilt = NkjpDetokenizer.Rebuild(document);

        Assert.Equal(new TextSpan(start, end), rebuilt.Spans[0]);
        Assert.Equal(rebuilt.Text.Length, rebuilt.Spans[^1].End);
    }
}
