using System.Text.Json;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Contract;

/// <summary>Maps a <see cref="Document"/> to its <c>kronika/1</c> record.</summary>
public static class ArticleContract
{
    /// <summary>The record of <paramref name="document"/>; a layer its pipeline did not make is empty.</summary>
    /// <remarks>A rejected document keeps its id, input and language (when identified); its text, metadata and layers
    /// are left empty, as the contract requires of a refused input.</remarks>
    public static AnalysisRecord From(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Rejection is { } rejection ? Refused(document, rejection) : Accepted(document);
    }

    /// <summary>The snake_case name of <paramref name="type"/> ("quote_block").</summary>
    public static string NameOf(RegionType type) => SnakeCase(type.ToString());

    /// <summary>The snake_case code of <paramref name="reason"/> ("unsupported_language").</summary>
    public static string NameOf(RejectionReason reason) => SnakeCase(reason.ToString());

    private static AnalysisRecord Accepted(Document document)
    {
        var regions = new RegionRecord[document.Regions.Length];
        for (int index = 0; index < regions.Length; index++)
        {
            Region region = document.Regions[index];
            regions[index] = new RegionRecord { Type = NameOf(region.Type), Start = region.Span.Start, End = region.Span.End };
        }

        var removed = new RemovalRecord[document.Removed.Length];
        for (int index = 0; index < removed.Length; index++)
        {
            Removal removal = document.Removed[index];
            removed[index] = new RemovalRecord { Text = removal.Text, Reason = removal.Reason, Start = removal.Source.Start, End = removal.Source.End };
        }

        var sentences = new SpanRecord[document.Sentences.Length];
        for (int index = 0; index < sentences.Length; index++)
        {
            TextSpan span = document.Sentences[index].Span;
            sentences[index] = new SpanRecord { Start = span.Start, End = span.End };
        }

        ArticleMetadata metadata = document.Metadata;
        return new AnalysisRecord
        {
            Input = document.Input,
            Rejection = null,
            Article = new ArticleRecord
            {
                Id = document.Id,
                Input = document.Input,
                Url = metadata.Url,
                Outlet = metadata.Outlet,
                Author = metadata.Author,
                Modified = metadata.Modified,
                CanonicalUrl = metadata.CanonicalUrl,
                CreditedSource = metadata.CreditedSource,
                Title = document.TextOf(RegionType.Title),
                Lead = document.TextOf(RegionType.Lead),
                Published = metadata.Published,
                PublishedFrom = metadata.PublishedFrom,
                Language = document.Language,
                Text = document.Text,
                Regions = regions,
                Removed = removed,
            },
            Sentences = sentences,
            Entities = EntitiesOf(document),
            Events = EventsOf(document),
            Quotes = QuotesOf(document),
        };
    }

    private static AnalysisRecord Refused(Document document, Rejection rejection) => new()
    {
        Input = document.Input,
        Rejection = new RejectionRecord { Stage = rejection.Stage, Reason = NameOf(rejection.Reason), Detail = rejection.Detail },
        Article = new ArticleRecord
        {
            Id = document.Id,
            Input = document.Input,
            Url = null,
            Outlet = null,
            CreditedSource = null,
            Title = null,
            Lead = null,
            Published = null,
            PublishedFrom = "none",
            Language = document.Language,
            Text = string.Empty,
            Regions = [],
            Removed = [],
        },
        Sentences = [],
        Entities = [],
        Events = [],
        Quotes = [],
    };

    /// <summary>The document's entities with their mentions in text order; a mention's base form is its own.</summary>
    private static EntityRecord[] EntitiesOf(Document document)
    {
        if (document.Entities.IsEmpty)
        {
            return [];
        }

        var mentions = new List<MentionRecord>[document.Entities.Length];
        foreach (Mention mention in document.Mentions)
        {
            (mentions[mention.Entity] ??= []).Add(new MentionRecord
            {
                Start = mention.Span.Start,
                End = mention.Span.End,
                Text = mention.Span.ToString(document.Text),
                Base = mention.Base,
                Via = SnakeCase(mention.Via.ToString()),
                ActsFor = mention.ActsFor is { } actor ? document.Entities[actor].Key : null,
            });
        }

        var entities = new EntityRecord[document.Entities.Length];
        for (int index = 0; index < entities.Length; index++)
        {
            Entity entity = document.Entities[index];
            entities[index] = new EntityRecord
            {
                Id = entity.Key,
                Type = entity.Type.ToString().ToUpperInvariant(),
                Name = entity.EnglishName ?? entity.Name,
                Names = NamesOf(entity, document.Language),
                Wikidata = entity.Wikidata,
                Country = entity.Country,
                Mentions = mentions[index] ?? [],
            };
        }

        return entities;
    }

    /// <summary>The document's quotes: "direct" or "indirect" (reported), the content span, the speaker's entity id when the
    /// speaker phrase names one entity, the speaker phrase's span, the cue, and the event it states.</summary>
    private static QuoteRecord[] QuotesOf(Document document)
    {
        var quotes = new QuoteRecord[document.Quotes.Length];
        for (int index = 0; index < quotes.Length; index++)
        {
            Quote quote = document.Quotes[index];
            quotes[index] = new QuoteRecord
            {
                Kind = quote.Kind == QuoteKind.Direct ? "direct" : "indirect",
                Span = SpanOf(quote.Content),
                Speaker = quote.SpeakerEntity is { } entity && entity < document.Entities.Length ? document.Entities[entity].Key : null,
                SpeakerSpan = quote.Speaker is { } speaker ? SpanOf(speaker) : null,
                Cue = quote.Cue is { } cue ? SpanOf(cue) : null,
                Event = EventStatedBy(document, quote),
            };
        }

        return quotes;
    }

    /// <summary>The index of the first event whose trigger lies inside what <paramref name="quote"/> says, else of one whose
    /// trigger is the quote's cue ("zaapelował", "zagroził"): the event the quote states, or null.</summary>
    private static int? EventStatedBy(Document document, Quote quote)
    {
        for (int index = 0; index < document.Events.Length; index++)
        {
            if (quote.Content.Contains(document.Events[index].Trigger))
            {
                return index;
            }
        }

        for (int index = 0; index < document.Events.Length; index++)
        {
            if (quote.Cue is { } cue && document.Events[index].Trigger == cue)
            {
                return index;
            }
        }

        return null;
    }

    private static Dictionary<string, string> NamesOf(Entity entity, string? language)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { [language ?? "und"] = entity.Name };
        if (entity.EnglishName is { } english)
        {
            names.TryAdd("en", english);
        }

        return names;
    }

    /// <summary>The document's events: entity indexes become entity ids, enums their lowercase names.</summary>
    private static EventRecord[] EventsOf(Document document)
    {
        var events = new EventRecord[document.Events.Length];
        for (int index = 0; index < events.Length; index++)
        {
            ReportedEvent @event = document.Events[index];
            events[index] = new EventRecord
            {
                Type = @event.Type,
                Cameo = @event.Cameo,
                Mode = @event.Mode,
                Context = @event.Context,
                Source = [.. @event.Source.Select(actor => document.Entities[actor].Key)],
                Target = [.. @event.Target.Select(actor => document.Entities[actor].Key)],
                Location = @event.Location is { } place ? document.Entities[place].Key : null,
                Date = @event.Date is { } date ? DateOf(date, document.Text) : null,
                Modality = SnakeCase(@event.Modality.ToString()),
                Trigger = SpanOf(@event.Trigger),
                Sentence = SpanOf(@event.Sentence),
                Evidence = [.. @event.Evidence.Select(SpanOf)],
                Confidence = @event.Confidence,
            };
        }

        return events;
    }

    private static EventDateRecord DateOf(EventDate date, string text) => new()
    {
        Value = date.Value,
        Precision = SnakeCase(date.Precision.ToString()),
        Text = date.Text.ToString(text),
        ResolvedFrom = date.Anchor is { } anchor ? SnakeCase(anchor.ToString()) : null,
    };

    private static SpanRecord SpanOf(TextSpan span) => new() { Start = span.Start, End = span.End };

    private static string SnakeCase(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
