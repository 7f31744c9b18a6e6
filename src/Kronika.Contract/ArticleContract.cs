using System.Text.Json;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Contract;

/// <summary>Maps a <see cref="Document"/> to its <c>kronika/1</c> record.</summary>
public static class ArticleContract
{
    /// <summary>The record of <paramref name="document"/>. Entities, events and quotes are empty until their stages exist.</summary>
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
            Events = [],
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

    /// <summary>The document's entities with their mentions in text order; a mention's base form is its own, "name" the
    /// way it refers until aliases, roles and pronouns are told apart.</summary>
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
                Via = "name",
                ActsFor = null,
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
                Name = entity.Name,
                Names = new Dictionary<string, string>(StringComparer.Ordinal) { [document.Language ?? "und"] = entity.Name },
                Wikidata = null,
                Country = null,
                Mentions = mentions[index] ?? [],
            };
        }

        return entities;
    }

    /// <summary>The document's quotes: "direct" or "indirect" (reported), the content span, the speaker's entity id when the
    /// speaker phrase names one entity, the speaker phrase's span, the cue; no events yet.</summary>
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
                Event = null,
            };
        }

        return quotes;
    }

    private static SpanRecord SpanOf(TextSpan span) => new() { Start = span.Start, End = span.End };

    private static string SnakeCase(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
