using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Nlp.Sentences;
using Kronika.Nlp.Tokenization;

namespace Kronika.Nlp.Tests;

/// <summary>Documents built by hand and the stages built once for all tests (Lingua's models are slow to load).</summary>
internal static class TestDocuments
{
    private static readonly Lazy<Pipeline> _pipeline = new(() => PipelineFactory.Create());

    public static AbbreviationLexicons Lexicons { get; } = AbbreviationLexicons.Load(["pl", "en"]);

    public static Tokenizer Tokenizer { get; } = new(Lexicons);

    public static SentenceSplitter Splitter { get; } = new(Lexicons, PipelineOptions.Default.MaxSentenceTokens);

    public static Pipeline Pipeline => _pipeline.Value;

    /// <summary>One paragraph region over the whole text (none for an empty text).</summary>
    public static Document Of(string text, string? language = null) => new()
    {
        Id = Document.IdOf(text),
        Input = "test",
        Text = text,
        Language = language,
        Regions = text.Length == 0 ? [] : [new Region(RegionType.Paragraph, new TextSpan(0, text.Length))],
    };

    /// <summary>Regions made of blank-line separated blocks, the first a title.</summary>
    public static Document WithBlocks(string text, string language)
    {
        var regions = new List<Region>();
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            end = end < 0 ? text.Length : end;
            regions.Add(new Region(regions.Count == 0 ? RegionType.Title : RegionType.Paragraph, new TextSpan(start, end)));
            start = end + 2;
        }

        return Of(text, language) with { Regions = [.. regions] };
    }

    public static Document Tokenize(string text, string language) =>
        Tokenizer.Run(Of(text, language), TestContext.Current.CancellationToken);

    public static Document Split(Document document) =>
        Splitter.Run(Tokenizer.Run(document, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

    public static string[] TokenTexts(Document document) => [.. document.Tokens.Select(token => token.Span.ToString(document.Text))];

    public static string[] SentenceTexts(Document document) => [.. document.Sentences.Select(sentence => sentence.Span.ToString(document.Text))];
}
