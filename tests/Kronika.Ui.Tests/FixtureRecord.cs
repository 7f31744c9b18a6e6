using System.Security.Cryptography;
using System.Text;
using Kronika.Contract;
using Kronika.Knowledge;

namespace Kronika.Ui.Tests;

/// <summary>Builds one kronika/1 record by hand, the way the pipeline's stages will fill it: the text in blocks separated
/// by blank lines (the first the title), then entities, events and quotes whose spans are found by their words, so that
/// no offset is typed in. Knowledge-base entities take their English name from the knowledge base itself.</summary>
internal sealed class FixtureRecord
{
    private readonly string _text;
    private readonly List<RegionRecord> _regions = [];
    private readonly List<SpanRecord> _sentences = [];
    private readonly List<(string Id, string Type, string Name, Dictionary<string, string> Names, string? Country, List<MentionRecord> Mentions)> _entities = [];
    private readonly List<EventRecord> _events = [];
    private readonly List<QuoteRecord> _quotes = [];

    /// <summary>A record of an article whose text is <paramref name="blocks"/>: the title, then the paragraphs, whose
    /// sentences end at ". " (the fixtures are written so).</summary>
    public FixtureRecord(string input, string language, string outlet, string published, params string[] blocks)
    {
        Input = input;
        Language = language;
        Outlet = outlet;
        Published = published;
        _text = string.Join("\n\n", blocks);
        int at = 0;
        for (int i = 0; i < blocks.Length; i++)
        {
            _regions.Add(new RegionRecord { Type = i == 0 ? "title" : "paragraph", Start = at, End = at + blocks[i].Length });
            foreach (string sentence in Sentences(blocks[i]))
            {
                int start = _text.IndexOf(sentence, at, StringComparison.Ordinal);
                _sentences.Add(new SpanRecord { Start = start, End = start + sentence.Length });
            }

            at += blocks[i].Length + 2;
        }
    }

    public string Input { get; }

    public string Language { get; }

    public string Outlet { get; }

    public string Published { get; }

    public string Text => _text;

    public string Id => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_text)));

    public string Title => _text[.._regions[0].End];

    /// <summary>The span of the <paramref name="occurrence"/>-th (from 1) appearance of <paramref name="words"/>.</summary>
    public SpanRecord Span(string words, int occurrence = 1)
    {
        int at = -1;
        for (int i = 0; i < occurrence; i++)
        {
            at = _text.IndexOf(words, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new ArgumentException($"'{words}' occurs fewer than {occurrence} times in the fixture text.", nameof(words));
            }
        }

        return new SpanRecord { Start = at, End = at + words.Length };
    }

    /// <summary>The sentence that holds <paramref name="span"/>.</summary>
    public SpanRecord SentenceOf(SpanRecord span) =>
        _sentences.Single(sentence => sentence.Start <= span.Start && span.End <= sentence.End);

    /// <summary>Adds an entity of the knowledge base (<c>kb:</c> + <paramref name="key"/>), named as the base names it.</summary>
    public FixtureRecord Known(string key, string type, string basePl, string? country)
    {
        KnowledgeEntity entity = KnowledgeBase.LoadDefault().Get(key)
            ?? throw new InvalidOperationException($"The knowledge base has no {key}; the fixture needs it.");
        _entities.Add(("kb:" + key, type, entity.NameEn, new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = entity.NameEn, ["pl"] = basePl }, country, []));
        return this;
    }

    /// <summary>Adds a mention of the entity <paramref name="key"/> (added before) at the given appearance of <paramref name="words"/>.</summary>
    public FixtureRecord Mention(string key, string words, string baseForm, string via, int occurrence = 1, string? actsFor = null)
    {
        SpanRecord span = Span(words, occurrence);
        _entities.Single(entity => entity.Id == "kb:" + key).Mentions.Add(new MentionRecord
        {
            Start = span.Start, End = span.End, Text = words, Base = baseForm, Via = via, ActsFor = actsFor is null ? null : "kb:" + actsFor,
        });
        return this;
    }

    /// <summary>Adds an event triggered by <paramref name="trigger"/>, stated by its own sentence and by those holding
    /// <paramref name="alsoIn"/>.</summary>
    public FixtureRecord Event(string type, string? cameo, string trigger, string[] source, string[] target, string? location, EventDateRecord? date,
        string modality, double confidence, string? mode = null, params string[] alsoIn)
    {
        SpanRecord span = Span(trigger);
        SpanRecord sentence = SentenceOf(span);
        _events.Add(new EventRecord
        {
            Type = type,
            Cameo = cameo,
            Mode = mode,
            Context = null,
            Source = [.. source.Select(key => "kb:" + key)],
            Target = [.. target.Select(key => "kb:" + key)],
            Location = location is null ? null : "kb:" + location,
            Date = date,
            Modality = modality,
            Trigger = span,
            Sentence = sentence,
            Evidence = [sentence, .. alsoIn.Select(words => SentenceOf(Span(words)))],
            Confidence = confidence,
        });
        return this;
    }

    /// <summary>Adds a quote of <paramref name="said"/>, attributed by <paramref name="cue"/> to the speaker named by <paramref name="speakerWords"/>.</summary>
    public FixtureRecord Quote(string kind, string said, string? speaker, string cue, string speakerWords, int speakerOccurrence = 1, int? statesEvent = null)
    {
        _quotes.Add(new QuoteRecord
        {
            Kind = kind,
            Span = Span(said),
            Speaker = speaker is null ? null : "kb:" + speaker,
            Cue = Span(cue),
            SpeakerSpan = Span(speakerWords, speakerOccurrence),
            Event = statesEvent,
        });
        return this;
    }

    public static EventDateRecord Day(string value, string words) =>
        new() { Value = value, Precision = "day", Text = words, ResolvedFrom = "publication_date" };

    public AnalysisRecord Build() => new()
    {
        Input = Input,
        Rejection = null,
        Article = new ArticleRecord
        {
            Id = Id,
            Input = Input,
            Url = "https://example.org/" + Input,
            Outlet = Outlet,
            CreditedSource = null,
            Title = Title,
            Lead = null,
            Published = Published,
            PublishedFrom = "meta",
            Language = Language,
            Text = _text,
            Regions = _regions,
            Removed = [],
        },
        Sentences = _sentences,
        Entities = [.. _entities.Where(entity => entity.Mentions.Count > 0).Select(entity => new EntityRecord
        {
            Id = entity.Id,
            Type = entity.Type,
            Name = entity.Name,
            Names = entity.Names,
            Wikidata = null,
            Country = entity.Country,
            Mentions = [.. entity.Mentions.OrderBy(mention => mention.Start)],
        })],
        Events = _events,
        Quotes = _quotes,
    };

    /// <summary>Sentences of one block: cut after ". " (the fixtures are written so that this is right).</summary>
    private static IEnumerable<string> Sentences(string block)
    {
        int start = 0;
        for (int at = block.IndexOf(". ", StringComparison.Ordinal); at >= 0; at = block.IndexOf(". ", start, StringComparison.Ordinal))
        {
            yield return block[start..(at + 1)];
            start = at + 2;
        }

        yield return block[start..];
    }
}
