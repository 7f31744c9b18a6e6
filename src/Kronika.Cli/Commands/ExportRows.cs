using Kronika.Storage.Layers;

namespace Kronika.Cli.Commands;

/// <summary>Flat rows for Parquet: one column per field, lists joined by "|" (Parquet readers need no nested schema).</summary>
internal sealed class ExportEventRow
{
    public string ArticleId { get; set; } = string.Empty;
    public int EventIndex { get; set; }
    public string? Day { get; set; }
    public string Type { get; set; } = string.Empty;
    public string? QuadClass { get; set; }
    public string? Cameo { get; set; }
    public string Modality { get; set; } = string.Empty;
    public string SourceIds { get; set; } = string.Empty;
    public string SourceNames { get; set; } = string.Empty;
    public string TargetIds { get; set; } = string.Empty;
    public string TargetNames { get; set; } = string.Empty;
    public string? PlaceId { get; set; }
    public string? PlaceName { get; set; }
    public string? DateValue { get; set; }
    public string? DatePrecision { get; set; }
    public string Sentence { get; set; } = string.Empty;
    public double Confidence { get; set; }
    public string? Url { get; set; }
    public string? Language { get; set; }

    public static ExportEventRow Of(StoredEvent @event) => new()
    {
        ArticleId = @event.ArticleId,
        EventIndex = @event.Index,
        Day = @event.Day,
        Type = @event.Type,
        QuadClass = @event.QuadClass,
        Cameo = @event.Cameo,
        Modality = @event.Modality,
        SourceIds = string.Join('|', @event.Source.Select(actor => actor.Id)),
        SourceNames = string.Join('|', @event.Source.Select(actor => actor.Name ?? actor.Id)),
        TargetIds = string.Join('|', @event.Target.Select(actor => actor.Id)),
        TargetNames = string.Join('|', @event.Target.Select(actor => actor.Name ?? actor.Id)),
        PlaceId = @event.Location?.Id,
        PlaceName = @event.Location?.Name,
        DateValue = @event.DateValue,
        DatePrecision = @event.DatePrecision,
        Sentence = @event.Sentence,
        Confidence = @event.Confidence,
        Url = @event.Url,
        Language = @event.Language,
    };
}

/// <summary>An entity as one Parquet row.</summary>
internal sealed class ExportEntityRow
{
    public string Id { get; set; } = string.Empty;
    public string Type { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string? NamePl { get; set; }
    public string? Country { get; set; }
    public string? Wikidata { get; set; }
    public long Articles { get; set; }
    public long Mentions { get; set; }
    public long Events { get; set; }
    public long Quotes { get; set; }

    public static ExportEntityRow Of(StoredEntity entity) => new()
    {
        Id = entity.Id,
        Type = entity.Type,
        Name = entity.Name,
        NamePl = entity.Names.TryGetValue("pl", out string? polish) ? polish : null,
        Country = entity.Country,
        Wikidata = entity.Wikidata,
        Articles = entity.Articles,
        Mentions = entity.Mentions,
        Events = entity.Events,
        Quotes = entity.Quotes,
    };
}

/// <summary>A quote as one Parquet row.</summary>
internal sealed class ExportQuoteRow
{
    public string ArticleId { get; set; } = string.Empty;
    public int QuoteIndex { get; set; }
    public string Kind { get; set; } = string.Empty;
    public string Text { get; set; } = string.Empty;
    public string? SpeakerId { get; set; }
    public string? SpeakerName { get; set; }
    public int? EventIndex { get; set; }
    public string? Published { get; set; }
    public string? Url { get; set; }

    public static ExportQuoteRow Of(StoredQuote quote) => new()
    {
        ArticleId = quote.ArticleId,
        QuoteIndex = quote.Index,
        Kind = quote.Kind,
        Text = quote.Text,
        SpeakerId = quote.Speaker?.Id,
        SpeakerName = quote.Speaker?.Name,
        EventIndex = quote.Event,
        Published = quote.Published,
        Url = quote.Url,
    };
}
