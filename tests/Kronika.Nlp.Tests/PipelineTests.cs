using System.Text;
using Kronika.Core;

namespace Kronika.Nlp.Tests;

public sealed class PipelineTests
{
    [Theory]
    [InlineData("language,tokenize,sentences,morphology,mentions,quotes,events")]
    public void Lists_the_stages_in_order(string description)
    {
        Assert.Equal(description, TestDocuments.Pipeline.Description);
        Assert.True(TestDocuments.Pipeline.Produces.HasFlag(Layers.Sentences));
    }

    [Theory]
    [InlineData("Premier powiedział w piątek, że rząd przyjmie ustawę m.in. o podatkach do końca 2023 r. Opozycja zapowiedziała sprzeciw.", "pl", 2)]
    [InlineData("The prime minister said on Friday that the government would pass the bill by the end of the year. The opposition vowed to fight it.", "en", 2)]
    public void Keeps_the_invariants_after_every_stage(string text, string language, int sentences)
    {
        Document document = TestDocuments.Of(text);
        foreach (IStage stage in TestDocuments.Pipeline.Stages)
        {
            document = stage.Run(document, TestContext.Current.CancellationToken);
            Assert.Empty(DocumentInvariants.Check(document));
        }

        Assert.Equal(language, document.Language);
        Assert.Equal(sentences, document.Sentences.Length);
    }

    public static TheoryData<string> HostileInputs() =>
    [
        "",
        " ",
        "\0\0\0\u0001\u0002\u001F\u007F",
        "\uD800",
        "\uDC00\uD800 \uDFFF",
        "a\uD800b\uDC00c. Zdanie\uD83D. ",
        "Кириллица and English i polski razem: 中文, العربية, ייִדיש. 😀👍🏽🇵🇱",
        new string('a', 1 << 20),
        new string('.', 1 << 20),
        new string('-', 1 << 20),
        new string('\uD83D', 1 << 20),
        string.Concat(Enumerable.Repeat("😀", 1 << 19)),
        string.Concat(Enumerable.Repeat("a.", 1 << 19)),
        string.Concat(Enumerable.Repeat("W.", 1 << 19)),
        string.Concat(Enumerable.Repeat("x@", 1 << 19)),
        string.Concat(Enumerable.Repeat("słowo ", 200_000 / 6)),
        "https://" + new string('a', 100_000),
        "www." + string.Concat(Enumerable.Repeat("(", 10_000)),
        "„" + string.Concat(Enumerable.Repeat("tak” ", 10_000)),
        string.Concat(Enumerable.Repeat("\n\n", 10_000)),
        string.Concat(Enumerable.Repeat("1.", 100_000)),
    ];

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Never_throws_on_hostile_input_and_keeps_the_invariants(string text)
    {
        Document document = TestDocuments.Pipeline.Run(TestDocuments.Of(text), TestContext.Current.CancellationToken);

        Assert.Empty(DocumentInvariants.Check(document));
        Assert.True(document.Rejection is not null || document.Language is "pl" or "en");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Never_throws_on_random_input_through_each_stage(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 40; round++)
        {
            string text = RandomText(random, random.Next(0, 3000));
            foreach (string language in new[] { "pl", "en" })
            {
                Document document = TestDocuments.Split(TestDocuments.Of(text, language));
                Assert.Empty(DocumentInvariants.Check(document));
            }

            Document whole = TestDocuments.Pipeline.Run(TestDocuments.Of(text), TestContext.Current.CancellationToken);
            Assert.Empty(DocumentInvariants.Check(whole));
        }
    }

    /// <summary>Pieces that stress the rules: abbreviations, separators, quotes, surrogates (also broken), controls.</summary>
    private static readonly string[] _pieces =
    [
        "a", "Ż", "ł", "Z", "1", "9", ".", ",", ":", "-", "–", "'", "’", "\"", "„", "”", "«", "»", "(", ")", "?", "!", "…",
        " ", " ", " ", "\n", "\n\n", "\t", "\u00A0", "\u200B", "\u00AD", "\u0301", "\0", "\u0007", "\uD800", "\uDC00", "😀", "🇵", "\u200D",
        "m.in.", "r.", "U.S.", "Mr.", "W.", "http://", "www.", "@", "pl", "godz.", "itd.", "ul.",
    ];

    private static string RandomText(Random random, int pieces)
    {
        var text = new StringBuilder();
        for (int index = 0; index < pieces; index++)
        {
            text.Append(_pieces[random.Next(_pieces.Length)]);
        }

        return text.ToString();
    }

    [Theory]
    [InlineData(200_000)]
    public void Handles_one_very_long_sentence(int length)
    {
        var text = new StringBuilder("Premier");
        while (text.Length < length)
        {
            text.Append(" powiedział, że");
        }

        text.Append('.');
        Document document = TestDocuments.Pipeline.Run(TestDocuments.Of(text.ToString()), TestContext.Current.CancellationToken);

        Assert.Equal("pl", document.Language);
        Assert.Empty(DocumentInvariants.Check(document));
        Assert.All(document.Sentences, sentence => Assert.True(sentence.EndToken - sentence.FirstToken <= PipelineOptions.Default.MaxSentenceTokens));
    }

    [Theory]
    [InlineData(8)]
    public void Runs_documents_on_many_threads_at_once(int threads)
    {
        string[] texts =
        [
            "Premier powiedział w piątek, że rząd przyjmie ustawę. Opozycja zapowiedziała sprzeciw.",
            "The prime minister said the government would pass the bill. The opposition vowed to fight it.",
        ];

        Parallel.For(0, threads * 4, index =>
        {
            Document document = TestDocuments.Pipeline.Run(TestDocuments.Of(texts[index % 2]), TestContext.Current.CancellationToken);
            Assert.Equal(index % 2 == 0 ? "pl" : "en", document.Language);
            Assert.Equal(2, document.Sentences.Length);
        });
    }
}
