using System.Text.Json;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Testing;

namespace Kronika.Nlp.Tests.Quotes;

/// <summary>The founding article's three quotes (../shared/gold/seed.gold.json) with their kinds and speakers.</summary>
public sealed class FoundingArticleQuoteTests
{
    [Theory]
    [InlineData("lukashenko", "Łukaszenk|prezydent Białorusi")]
    [InlineData("putin", "Putin")]
    [InlineData("peskov", "Pieskow")]
    public void The_gold_quotes_are_found_with_their_kind_and_speaker(string speaker, string speakerStems)
    {
        string seed = SharedData.Require("seeds/000_a6450bc0721d6666.txt");
        using JsonDocument gold = JsonDocument.Parse(File.ReadAllText(SharedData.Require("gold/seed.gold.json")));
        JsonElement expected = gold.RootElement.GetProperty("quotes").EnumerateArray().Single(quote => quote.GetProperty("speaker").GetString() == speaker);
        string goldText = expected.GetProperty("text").GetString()!;
        QuoteKind kind = expected.GetProperty("kind").GetString() == "direct" ? QuoteKind.Direct : QuoteKind.Reported;

        string text = File.ReadAllText(seed).Replace("\r\n", "\n", StringComparison.Ordinal);
        Document document = TestDocuments.Pipeline.Run(TestDocuments.WithBlocks(text, "pl"), TestContext.Current.CancellationToken);

        Assert.Empty(DocumentInvariants.Check(document));
        Quote quote = Assert.Single(document.Quotes, quote => Normalize(quote.Content.ToString(text)).Contains(Normalize(goldText)[..Math.Min(40, goldText.Length)], StringComparison.Ordinal));
        Assert.Equal(kind, quote.Kind);
        Assert.NotNull(quote.Speaker);
        string found = quote.Speaker.Value.ToString(text);
        Assert.True(speakerStems.Split('|').Any(stem => found.Contains(stem, StringComparison.Ordinal)), $"speaker '{found}' for {speaker}");
        Assert.NotNull(quote.Cue);
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
