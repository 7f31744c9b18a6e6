using System.Security.Cryptography;
using System.Text;
using Kronika.Contract;

namespace Kronika.Aggregation.Tests.Corpus;

/// <summary>A hand-written article laid out as a kronika/1 record: the text is the title and the sentences, every
/// mention is found where its words stand, and an event's sentence is the one holding its trigger.</summary>
internal sealed class ArticleDraft
{
    private readonly List<EntityRecord> _entities = [];
    private readonly List<EventRecord> _events = [];
    private readonly List<SpanRecord> _sentences = [];

    public ArticleDraft(string outlet, string? credited, string language, string published, string title, params string[] sentences)
    {
        Outlet = outlet;
        Credited = credited;
        Language = language;
        Published = published;
        Title = title;
        var text = new StringBuilder(title).Append("\n\n");
        _sentences.Add(new SpanRecord { Start = 0, End = title.Length });
        foreach (string sentence in sentences)
        {
            if (text.Length > title.Length + 2)
            {
                text.Append(' ');
            }

            _sentences.Add(new SpanRecord { Start = text.Length, End = text.Length + sentence.Length });
            text.Append(sentence);
        }

        Text = text.ToString();
    }

    public string Outlet { get; }

    public string? Credited { get; }

    public string Language { get; }

    public string Published { get; }

    public string Title { get; }

    public string Text { get; }

    /// <summary>The entity <paramref name="id"/>, mentioned wherever each of <paramref name="surfaces"/> stands as whole
    /// words, outside the mentions of the surfaces before it ("Sikorski" after "Radosław Sikorski").</summary>
    public ArticleDraft Names(string id, string type, string name, string? country, params string[] surfaces)
    {
        var mentions = new List<MentionRecord>();
        foreach (string surface in surfaces)
        {
            int found = mentions.Count;
            for (int at = Text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = Text.IndexOf(surface, at + 1, StringComparison.Ordinal))
            {
                int end = at + surface.Length;
                bool whole = (at == 0 || !char.IsLetter(Text[at - 1])) && (end == Text.Length || !char.IsLetter(Text[end]));
                if (whole && !mentions.Any(mention => mention.Start < end && at < mention.End))
                {
                    mentions.Add(new MentionRecord { Start = at, End = end, Text = surface, Base = name, Via = "name", ActsFor = null });
                }
            }

            Assert.True(mentions.Count > found, $"'{surface}' is not in the article '{Title}' as words of their own.");
        }

        _entities.Add(new EntityRecord
        {
            Id = id, Type = type, Name = name, Names = new Dictionary<string, string> { [Language] = name }, Wikidata = null, Country = country,
            Mentions = [.. mentions.OrderBy(mention => mention.Start)],
        });
        return this;
    }

    /// <summary>An event whose trigger is the first <paramref name="trigger"/> in the text.</summary>
    public ArticleDraft Reports(string type, string[] source, string[] target, string? location, string? date, string modality, double confidence, string trigger)
    {
        int at = Text.IndexOf(trigger, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{trigger}' is not in the article '{Title}'.");
        SpanRecord sentence = _sentences.Last(span => span.Start <= at);
        _events.Add(new EventRecord
        {
            Type = type, Cameo = null, Mode = null, Context = null, Source = source, Target = target, Location = location,
            Date = date is null ? null : new EventDateRecord { Value = date, Precision = "day", Text = null, ResolvedFrom = "absolute" },
            Modality = modality, Trigger = new SpanRecord { Start = at, End = at + trigger.Length }, Sentence = sentence, Evidence = [sentence],
            Confidence = confidence,
        });
        return this;
    }

    public AnalysisRecord Record()
    {
        string id = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text)));
        return new AnalysisRecord
        {
            Input = Outlet + "/" + Published,
            Rejection = null,
            Article = new ArticleRecord
            {
                Id = id, Input = Outlet + "/" + Published, Url = null, Outlet = Outlet, CreditedSource = Credited, Title = Title, Lead = null,
                Published = Published, PublishedFrom = "meta", Language = Language, Text = Text,
                Regions = [new RegionRecord { Type = "title", Start = 0, End = Title.Length }], Removed = [],
            },
            Sentences = [.. _sentences],
            Entities = [.. _entities],
            Events = [.. _events],
            Quotes = [],
        };
    }
}
