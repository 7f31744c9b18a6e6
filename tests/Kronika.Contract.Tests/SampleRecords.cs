namespace Kronika.Contract.Tests;

/// <summary>Records made by hand with every layer filled, including those no stage fills yet.</summary>
internal static class SampleRecords
{
    public const string Text = "Władimir Putin spotkał się z Łukaszenką w Soczi. „Myślę, że możemy współpracować” – powiedział Łukaszenka.";

    public static AnalysisRecord Full()
    {
        SpanRecord first = Span("Władimir Putin spotkał się z Łukaszenką w Soczi.");
        SpanRecord second = Span("„Myślę, że możemy współpracować” – powiedział Łukaszenka.");
        return new AnalysisRecord
        {
            Input = "https://example.pl/a/2",
            Rejection = null,
            Article = new ArticleRecord
            {
                Id = "sha256:" + new string('a', 64),
                Input = "https://example.pl/a/2",
                Url = "https://example.pl/a/2",
                Outlet = "Example",
                CreditedSource = "PAP",
                Title = null,
                Lead = null,
                Published = "2023-09-15T10:30:00+02:00",
                PublishedFrom = "json-ld",
                Language = "pl",
                Text = Text,
                Regions = [new RegionRecord { Type = "paragraph", Start = 0, End = Text.Length }],
                Removed = [],
            },
            Sentences = [first, second],
            Entities =
            [
                new EntityRecord
                {
                    Id = "kb:putin",
                    Type = "PER",
                    Name = "Vladimir Putin",
                    Names = new Dictionary<string, string> { ["en"] = "Vladimir Putin", ["pl"] = "Władimir Putin" },
                    Wikidata = "Q7747",
                    Country = "RUS",
                    Mentions = [Mention("Władimir Putin", "Władimir Putin", "name")],
                },
                new EntityRecord
                {
                    Id = "kb:lukashenko",
                    Type = "PER",
                    Name = "Alexander Lukashenko",
                    Names = new Dictionary<string, string> { ["en"] = "Alexander Lukashenko", ["pl"] = "Aleksander Łukaszenka" },
                    Wikidata = null,
                    Country = "BLR",
                    Mentions = [Mention("Łukaszenką", "Łukaszenka", "name"), Mention("Łukaszenka.", "Łukaszenka", "name", skipPeriod: true)],
                },
                new EntityRecord
                {
                    Id = "new:soczi",
                    Type = "GPE",
                    Name = "Sochi",
                    Names = new Dictionary<string, string> { ["pl"] = "Soczi" },
                    Wikidata = null,
                    Country = "RUS",
                    Mentions = [Mention("Soczi", "Soczi", "name")],
                },
            ],
            Events =
            [
                new EventRecord
                {
                    Type = "CONSULT",
                    Cameo = "042",
                    Mode = "visit",
                    Context = null,
                    Source = ["kb:lukashenko"],
                    Target = ["kb:putin"],
                    Location = "new:soczi",
                    Date = new EventDateRecord { Value = "--09-15", Precision = "day", Text = null, ResolvedFrom = null },
                    Modality = "asserted",
                    Trigger = Span("spotkał się"),
                    Sentence = first,
                    Evidence = [first],
                    Confidence = 0.75,
                },
            ],
            Quotes =
            [
                new QuoteRecord { Kind = "direct", Span = Span("Myślę, że możemy współpracować"), Speaker = "kb:lukashenko", Cue = Span("powiedział"), Event = 0 },
                new QuoteRecord { Kind = "indirect", Span = Span("możemy współpracować"), Speaker = null, Cue = null, Event = null },
            ],
        };
    }

    private static SpanRecord Span(string part)
    {
        int start = Text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(start >= 0, part);
        return new SpanRecord { Start = start, End = start + part.Length };
    }

    private static MentionRecord Mention(string surface, string @base, string via, bool skipPeriod = false)
    {
        string found = skipPeriod ? surface[..^1] : surface;
        int start = skipPeriod ? Text.LastIndexOf(surface, StringComparison.Ordinal) : Text.IndexOf(surface, StringComparison.Ordinal);
        return new MentionRecord { Start = start, End = start + found.Length, Text = found, Base = @base, Via = via, ActsFor = null };
    }
}
