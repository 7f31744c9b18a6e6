using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Nlp.Morphology;
using Kronika.Nlp.Quotes;
using Kronika.Nlp.Tests.Morphology.Polish;

namespace Kronika.Nlp.Tests.Quotes;

/// <summary>Random text made of quotation marks, dashes, cue words and names never breaks the quotes stage or its invariants.</summary>
public sealed class QuoteFuzzTests
{
    private static readonly Lazy<QuoteStage> _stage = new(() => new QuoteStage(CueLexicon.Load()));

    private static readonly string[] _pieces =
    [
        "„", "”", "“", "\"", "«", "»", "‘", "’", "–", "—", "-", ",", ".", ":", "?", " ", " ", " ", "\n", "\n\n", "powiedział", "stwierdziła",
        "że", "Według", "said", "told", "that", "according", "to", "he", "she", "Jan", "Nowak", "Trump", "the", "minister", "Kowalska",
        "\uD800", "😀", "m.in.", "Mr.", "jak", "As", "dodając",
    ];

    [Theory]
    [InlineData(1, "pl")]
    [InlineData(2, "pl")]
    [InlineData(3, "en")]
    [InlineData(4, "en")]
    public void Random_quote_like_text_keeps_the_invariants(int seed, string language)
    {
        var random = new Random(seed);
        var morphology = new MorphologyStage(new Dictionary<string, IWordAnalyzer> { ["pl"] = PolishMorphology.Analyzer() });
        for (int round = 0; round < 60; round++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(0, 200)).Select(_ => _pieces[random.Next(_pieces.Length)]));
            Document document = morphology.Run(TestDocuments.Split(TestDocuments.Of(text, language)), TestContext.Current.CancellationToken);
            Document result = _stage.Value.Run(document, TestContext.Current.CancellationToken);
            Assert.Empty(DocumentInvariants.Check(result));
            Assert.All(result.Quotes, quote => Assert.True(quote.Speaker is null || quote.SpeakerVia != SpeakerVia.None));
        }
    }
}
