using System.Globalization;
using System.Text;
using Kronika.Contract;
using Kronika.Core;
using Kronika.Storage;

namespace Kronika.LoadTest;

/// <summary>Synthetic analysed articles: a pool of 300 actors in 10 countries, five events per article of every type,
/// dates over two years; deterministic per number, so a seeded store is the same on every run.</summary>
internal static class SyntheticArticles
{
    private static readonly string[] _types =
    [
        "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE", "DEMAND", "DISAPPROVE",
        "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "REQUEST",
    ];

    private static readonly string[] _cameos =
    [
        "057", "040", "051", "061", "070", "080", "087", "090", "100", "110", "120", "130", "140", "163", "150", "170", "180", "190", "020",
    ];

    private static readonly string[] _countries = ["POL", "RUS", "BLR", "UKR", "DEU", "FRA", "USA", "CHN", "LTU", "CZE"];

    public static StoredArticle Make(int number, DateTimeOffset storedAt)
    {
        var random = new Random(number);
        string published = new DateOnly(2023, 1, 1).AddDays(random.Next(730)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = new StringBuilder("Artykuł syntetyczny nr ").Append(number.ToString(CultureInfo.InvariantCulture)).Append("\n\n");
        var sentences = new List<SpanRecord>();
        var entities = new Dictionary<int, List<MentionRecord>>();
        var events = new List<EventRecord>();
        for (int index = 0; index < 5; index++)
        {
            int source = random.Next(300);
            int target = (source + 1 + random.Next(299)) % 300;
            int type = random.Next(_types.Length);
            int start = text.Length;
            string sourceName = "Aktor" + source.ToString(CultureInfo.InvariantCulture);
            string targetName = "Aktor" + target.ToString(CultureInfo.InvariantCulture);
            text.Append(sourceName).Append(" działał wobec ").Append(targetName).Append(" w sprawie numer ").Append(index.ToString(CultureInfo.InvariantCulture)).Append(". ");
            var sentence = new SpanRecord { Start = start, End = text.Length - 1 };
            sentences.Add(sentence);
            Mention(entities, source, start, sourceName);
            Mention(entities, target, start + sourceName.Length + " działał wobec ".Length, targetName);
            events.Add(new EventRecord
            {
                Type = _types[type], Cameo = _cameos[type], Mode = null, Context = null, Source = [Id(source)], Target = [Id(target)],
                Location = random.Next(3) == 0 ? Id(random.Next(300)) : null,
                Date = new EventDateRecord { Value = published, Precision = "day", Text = null, ResolvedFrom = "publication_date" },
                Modality = random.Next(5) == 0 ? "reported" : "asserted",
                Trigger = new SpanRecord { Start = start + sourceName.Length + 1, End = start + sourceName.Length + 8 },
                Sentence = sentence, Evidence = [sentence], Confidence = 0.8,
            });
        }

        string body = text.ToString().TrimEnd();
        var record = new AnalysisRecord
        {
            Input = $"synthetic/{number}",
            Rejection = null,
            Article = new ArticleRecord
            {
                Id = Document.IdOf(body), Input = $"synthetic/{number}", Url = $"https://example.org/{number}", Outlet = "Synthetic", CreditedSource = null,
                Title = null, Lead = null, Published = published, PublishedFrom = "meta", Language = "pl", Text = body, Regions = [], Removed = [],
            },
            Sentences = sentences,
            Entities = [.. entities.Select(pair => new EntityRecord
            {
                Id = Id(pair.Key), Type = pair.Key % 3 == 0 ? "GPE" : "PER", Name = "Actor " + pair.Key.ToString(CultureInfo.InvariantCulture),
                Names = new Dictionary<string, string>(StringComparer.Ordinal) { ["pl"] = "Aktor" + pair.Key.ToString(CultureInfo.InvariantCulture) },
                Wikidata = null, Country = _countries[pair.Key % _countries.Length], Mentions = pair.Value,
            })],
            Events = events,
            Quotes = [new QuoteRecord { Kind = "indirect", Span = sentences[0], Speaker = events[0].Source[0], Cue = null, Event = 0 }],
        };
        return new StoredArticle
        {
            Id = record.Article.Id, Input = record.Input, Url = record.Article.Url, Outlet = "Synthetic", Published = published, Language = "pl",
            Text = body, AnalysisJson = KronikaJson.Serialize(record), Analysis = record, Pipeline = "synthetic", StoredAt = storedAt,
        };
    }

    private static string Id(int actor) => "new:per:aktor-" + actor.ToString(CultureInfo.InvariantCulture);

    private static void Mention(Dictionary<int, List<MentionRecord>> entities, int actor, int start, string name)
    {
        if (!entities.TryGetValue(actor, out List<MentionRecord>? mentions))
        {
            entities[actor] = mentions = [];
        }

        mentions.Add(new MentionRecord { Start = start, End = start + name.Length, Text = name, Base = name, Via = "name", ActsFor = null });
    }
}
