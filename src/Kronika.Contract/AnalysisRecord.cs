using System.Text.Json.Serialization;

namespace Kronika.Contract;

/// <summary>One <c>kronika/1</c> output record: what Kronika took from one input.</summary>
/// <remarks>Written by <see cref="KronikaJson"/>, checked by <see cref="KronikaSchema"/>. When <see cref="Rejection"/>
/// is set, the article text and every layer are empty.</remarks>
public sealed record AnalysisRecord
{
    /// <summary>The contract version this record follows.</summary>
    public const string CurrentFormat = "kronika/1";

    /// <summary>Always <see cref="CurrentFormat"/>; a breaking change makes <c>kronika/2</c>.</summary>
    [JsonRequired]
    public string Format { get; init; } = CurrentFormat;

    /// <summary>The path or URL the record came from ("-" for standard input).</summary>
    public required string Input { get; init; }

    /// <summary>Null, or why the input was refused.</summary>
    public required RejectionRecord? Rejection { get; init; }

    /// <summary>The article: identity, metadata, clean text and regions.</summary>
    public required ArticleRecord Article { get; init; }

    /// <summary>Sentence spans in text order.</summary>
    public required IReadOnlyList<SpanRecord> Sentences { get; init; }

    /// <summary>Entities with their mentions.</summary>
    public required IReadOnlyList<EntityRecord> Entities { get; init; }

    /// <summary>Events, one per happening.</summary>
    public required IReadOnlyList<EventRecord> Events { get; init; }

    /// <summary>Quotes.</summary>
    public required IReadOnlyList<QuoteRecord> Quotes { get; init; }
}
