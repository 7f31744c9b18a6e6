using Kronika.Contract;

namespace Kronika.Evaluation.Tests;

/// <summary>Builds a <c>kronika/1</c> record by hand: entities, events and quotes over a given text, with spans found by search.</summary>
internal sealed class OutputBuilder
{
    private readonly string _text;
    private readonly List<RegionRecord> _regions = [];
    private readonly List<EntityRecord> _entities = [];
    private readonly List<EventRecord> _events = [];
    private readonly List<QuoteRecord> _quotes = [];
    private string? _title;
    private string? _creditedSource;

    public OutputBuilder(string text) => _text = text;

    /// <summary>The article of the hand-made gold file Gold/visit.gold.json, parts separated by blank lines.</summary>
    public const string VisitText = "Duda w Kijowie\n\nDuda spotkał się z Zełenskim w Kijowie. Prezydent Polski zapowiedział pomoc. "
        + "„Będziemy wspierać Ukrainę” – powiedział Duda. Kreml skrytykował wizytę. Rosja milczy.\n\nAndrzej Duda w Kijowie Fot. PAP";

    /// <summary>A builder over <see cref="VisitText"/> with its title, credited source and caption set as the gold says.</summary>
    public static OutputBuilder Visit() => new OutputBuilder(VisitText).Title("Duda w Kijowie").Credited("PAP").Caption("Andrzej Duda w Kijowie Fot. PAP");

    /// <summary>All seven entities of the visit gold, named as the gold names them, each with its gold mentions.</summary>
    public static OutputBuilder VisitWithEntities() => Visit()
        .Entity("kb:duda", "PER", "Andrzej Duda", "POL", mentions: ["Duda", "Prezydent Polski"])
        .Entity("kb:zelensky", "PER", "Volodymyr Zelensky", "UKR", mentions: ["Zełenskim"])
        .Entity("kb:poland", "GPE", "Poland", "POL", mentions: ["Polski"])
        .Entity("kb:ukraine", "GPE", "Ukraine", "UKR", mentions: ["Ukrainę"])
        .Entity("kb:kyiv", "GPE", "Kyiv", "UKR", mentions: ["Kijowie"])
        .Entity("kb:kremlin", "FAC", "Kremlin", "RUS", mentions: ["Kreml"])
        .Entity("kb:russia", "GPE", "Russia", "RUS", mentions: ["Rosja"]);

    public OutputBuilder Title(string title)
    {
        _title = title;
        return Region("title", title);
    }

    public OutputBuilder Credited(string? source)
    {
        _creditedSource = source;
        return this;
    }

    public OutputBuilder Caption(string caption) => Region("caption", caption);

    /// <summary>Adds an entity; each mention is "surface" or "surface=>acts_for id", found at its first occurrence.</summary>
    public OutputBuilder Entity(string id, string type, string name, string? country, string[] mentions, string? wikidata = null, Dictionary<string, string>? names = null)
    {
        var records = new List<MentionRecord>();
        foreach (string mention in mentions)
        {
            string[] parts = mention.Split("=>");
            SpanRecord span = Find(parts[0]);
            records.Add(new MentionRecord { Start = span.Start, End = span.End, Text = parts[0], Base = parts[0], Via = "name", ActsFor = parts.Length > 1 ? parts[1] : null });
        }

        _entities.Add(new EntityRecord { Id = id, Type = type, Name = name, Names = names ?? [], Wikidata = wikidata, Country = country, Mentions = records });
        return this;
    }

    public OutputBuilder Event(string type, string[] source, string[] target, string modality = "asserted")
    {
        var first = new SpanRecord { Start = 0, End = 1 };
        _events.Add(new EventRecord
        {
            Type = type,
            Cameo = null,
            Mode = null,
            Context = null,
            Source = source,
            Target = target,
            Location = null,
            Date = null,
            Modality = modality,
            Trigger = first,
            Sentence = first,
            Evidence = [first],
            Confidence = 1,
        });
        return this;
    }

    public OutputBuilder Quote(string text, string? speaker, string kind = "direct")
    {
        _quotes.Add(new QuoteRecord { Kind = kind, Span = Find(text), Speaker = speaker, Cue = null, Event = null });
        return this;
    }

    public AnalysisRecord Build() => new()
    {
        Input = "visit.txt",
        Rejection = null,
        Article = new ArticleRecord
        {
            Id = "sha256:" + new string('0', 64),
            Input = "visit.txt",
            Url = null,
            Outlet = null,
            CreditedSource = _creditedSource,
            Title = _title,
            Lead = null,
            Published = null,
            PublishedFrom = "none",
            Language = "pl",
            Text = _text,
            Regions = _regions,
            Removed = [],
        },
        Sentences = [],
        Entities = _entities,
        Events = _events,
        Quotes = _quotes,
    };

    private OutputBuilder Region(string type, string part)
    {
        SpanRecord span = Find(part);
        _regions.Add(new RegionRecord { Type = type, Start = span.Start, End = span.End });
        return this;
    }

    private SpanRecord Find(string part)
    {
        int start = _text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{part}' is not in the text");
        return new SpanRecord { Start = start, End = start + part.Length };
    }
}
