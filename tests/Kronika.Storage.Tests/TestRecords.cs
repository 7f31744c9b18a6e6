using System.Globalization;
using Kronika.Contract;
using Kronika.Core;

namespace Kronika.Storage.Tests;

/// <summary>kronika/1 records made by hand, with entities, events and quotes, so that the layer tables can be tested
/// without the NLP stages: a meeting in Moscow, a threat against Poland and a quote, in text written for these tests.</summary>
/// <remarks>Shared with Kronika.Api.Tests and Kronika.Cli.Tests (linked), which need no other part of this project.</remarks>
internal static class TestRecords
{
    public const string Putin = "kb:test/putin";
    public const string Lukashenko = "kb:test/lukashenko";
    public const string Poland = "kb:POL";
    public const string Moscow = "kb:test/moscow";

    /// <summary>Article number <paramref name="number"/>: the same story, made distinct by its title.</summary>
    /// <param name="number">Makes the text (and so the id) distinct.</param>
    /// <param name="published">The publication date, or null.</param>
    /// <param name="threatType">The second event's type (THREATEN by default), to vary quad classes.</param>
    public static (StoredArticle Article, AnalysisRecord Record) Summit(int number, string? published = "2024-03-05", string threatType = "THREATEN")
    {
        string title = "Szczyt w Moskwie nr " + number.ToString(CultureInfo.InvariantCulture);
        string first = "Putin podziękował Łukaszence za wsparcie w Moskwie.";
        string second = "Łukaszenka zagroził Polsce zamknięciem granicy.";
        string third = "„Nie cofniemy się” – powiedział Łukaszenka.";
        string text = title + "\n\n" + first + " " + second + " " + third;
        SpanRecord titleSpan = Span(0, title.Length);
        SpanRecord s1 = Find(text, first);
        SpanRecord s2 = Find(text, second);
        SpanRecord s3 = Find(text, third);
        string id = Document.IdOf(text);
        var record = new AnalysisRecord
        {
            Input = $"test/{number}.txt",
            Rejection = null,
            Article = new ArticleRecord
            {
                Id = id,
                Input = $"test/{number}.txt",
                Url = $"https://example.pl/{number}",
                Outlet = "Testowy Kurier",
                CreditedSource = null,
                Title = title,
                Lead = null,
                Published = published,
                PublishedFrom = published is null ? "none" : "meta",
                Language = "pl",
                Text = text,
                Regions = [new RegionRecord { Type = "title", Start = 0, End = title.Length }, new RegionRecord { Type = "paragraph", Start = s1.Start, End = s3.End }],
                Removed = [],
            },
            Sentences = [titleSpan, s1, s2, s3],
            Entities =
            [
                Entity(Putin, "PER", "Vladimir Putin", "Władimir Putin", "RUS", Mention(text, "Putin", s1.Start, "Putin")),
                Entity(Lukashenko, "PER", "Alexander Lukashenko", "Aleksander Łukaszenka", "BLR",
                    Mention(text, "Łukaszence", s1.Start, "Łukaszenka"), Mention(text, "Łukaszenka", s2.Start, "Łukaszenka"),
                    Mention(text, "Łukaszenka", s3.Start, "Łukaszenka")),
                Entity(Poland, "GPE", "Poland", "Polska", "POL", Mention(text, "Polsce", s2.Start, "Polska")),
                Entity(Moscow, "GPE", "Moscow", "Moskwa", "RUS", Mention(text, "Moskwie", s1.Start, "Moskwa")),
            ],
            Events =
            [
                new EventRecord
                {
                    Type = "SUPPORT", Cameo = "051", Mode = null, Context = "diplomatic", Source = [Putin], Target = [Lukashenko], Location = Moscow,
                    Date = published is null ? null : new EventDateRecord { Value = published, Precision = "day", Text = null, ResolvedFrom = "publication_date" },
                    Modality = "asserted", Trigger = Find(text, "podziękował"), Sentence = s1, Evidence = [s1], Confidence = 0.9,
                },
                new EventRecord
                {
                    Type = threatType, Cameo = "138", Mode = null, Context = null, Source = [Lukashenko], Target = [Poland], Location = null,
                    Date = null, Modality = "asserted", Trigger = Find(text, "zagroził"), Sentence = s2, Evidence = [s2, s3], Confidence = 0.7,
                },
            ],
            Quotes =
            [
                new QuoteRecord
                {
                    Kind = "direct", Span = Find(text, "Nie cofniemy się"), Speaker = Lukashenko, Cue = Find(text, "powiedział"),
                    SpeakerSpan = Find(text, "Łukaszenka", s3.Start), Event = 1,
                },
            ],
        };
        var article = new StoredArticle
        {
            Id = id,
            Input = record.Input,
            Url = record.Article.Url,
            Outlet = record.Article.Outlet,
            Title = title,
            Published = published,
            Language = "pl",
            Text = text,
            AnalysisJson = KronikaJson.Serialize(record),
            Pipeline = "test-pipeline",
            Build = "test-build",
            KnowledgeBase = "sha256:test",
            StoredAt = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero),
        };
        return (article, record);
    }

    /// <summary>A record for any text (the kill tests' generated corpus): an entity for each of a few words, with a mention
    /// at each of its first occurrences, an event for each of the first sentences that holds two of them, and a quote
    /// of every such sentence; its counts follow from the text alone.</summary>
    public static AnalysisRecord ForText(string text, string input)
    {
        (string Id, string Word, string Country)[] actors = [("kb:test/sejm", "Sejm", "POL"), ("kb:test/warszawa", "Warszawa", "POL"), ("kb:test/bruksela", "Bruksela", "BEL")];
        var sentences = new List<SpanRecord>();
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            if (end > start)
            {
                sentences.Add(Span(start, end));
            }

            start = end + 1;
        }

        var entities = new List<EntityRecord>();
        foreach ((string id, string word, string country) in actors)
        {
            var mentions = new List<MentionRecord>();
            for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0 && mentions.Count < 40; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                mentions.Add(new MentionRecord { Start = at, End = at + word.Length, Text = word, Base = word, Via = "name", ActsFor = null });
            }

            if (mentions.Count > 0)
            {
                entities.Add(Entity(id, "ORG", word, word, country, [.. mentions]));
            }
        }

        var events = new List<EventRecord>();
        var quotes = new List<QuoteRecord>();
        foreach (SpanRecord sentence in sentences)
        {
            string words = text[sentence.Start..sentence.End];
            string[] inside = [.. actors.Where(actor => entities.Any(entity => entity.Id == actor.Id) && words.Contains(actor.Word, StringComparison.Ordinal)).Select(actor => actor.Id)];
            if (inside.Length < 2 || events.Count == 20)
            {
                continue;
            }

            events.Add(new EventRecord
            {
                Type = "CONSULT", Cameo = "040", Mode = null, Context = null, Source = [inside[0]], Target = [inside[1]], Location = null, Date = null,
                Modality = "reported", Trigger = Span(sentence.Start, sentence.Start + 1), Sentence = sentence, Evidence = [sentence], Confidence = 0.5,
            });
            quotes.Add(new QuoteRecord { Kind = "indirect", Span = sentence, Speaker = inside[0], Cue = null, Event = events.Count - 1 });
        }

        return new AnalysisRecord
        {
            Input = input,
            Rejection = null,
            Article = new ArticleRecord
            {
                Id = Document.IdOf(text), Input = input, Url = null, Outlet = null, CreditedSource = null, Title = null, Lead = null,
                Published = "2024-05-06", PublishedFrom = "meta", Language = "pl", Text = text, Regions = [], Removed = [],
            },
            Sentences = sentences,
            Entities = entities,
            Events = events,
            Quotes = quotes,
        };
    }

    private static EntityRecord Entity(string id, string type, string name, string polish, string country, params MentionRecord[] mentions) => new()
    {
        Id = id,
        Type = type,
        Name = name,
        Names = new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = name, ["pl"] = polish },
        Wikidata = null,
        Country = country,
        Mentions = mentions,
    };

    private static MentionRecord Mention(string text, string form, int from, string baseForm)
    {
        SpanRecord span = Find(text, form, from);
        return new MentionRecord { Start = span.Start, End = span.End, Text = form, Base = baseForm, Via = "name", ActsFor = null };
    }

    private static SpanRecord Find(string text, string part, int from = 0)
    {
        int start = text.IndexOf(part, from, StringComparison.Ordinal);
        return start < 0 ? throw new ArgumentException($"'{part}' is not in the text.", nameof(part)) : Span(start, start + part.Length);
    }

    private static SpanRecord Span(int start, int end) => new() { Start = start, End = end };
}
