namespace Kronika.Contract;

/// <summary>One happening the article reports (one per happening, however many sentences state it).</summary>
public sealed record EventRecord
{
    /// <summary>A PLOVER type (AGREE, CONSULT, ... FIGHT) or REQUEST.</summary>
    public required string Type { get; init; }

    /// <summary>The closest CAMEO code ("042"), or null.</summary>
    public required string? Cameo { get; init; }

    /// <summary>The PLOVER mode ("visit", "phone"), or null.</summary>
    public required string? Mode { get; init; }

    /// <summary>The PLOVER context ("military", "economic"), or null.</summary>
    public required string? Context { get; init; }

    /// <summary>Entity ids of the actors that act (after <see cref="MentionRecord.ActsFor"/>).</summary>
    public required IReadOnlyList<string> Source { get; init; }

    /// <summary>Entity ids of the actors acted upon.</summary>
    public required IReadOnlyList<string> Target { get; init; }

    /// <summary>Entity id of the place, or null when the text does not say.</summary>
    public required string? Location { get; init; }

    /// <summary>When it happened, or null when the text does not say.</summary>
    public required EventDateRecord? Date { get; init; }

    /// <summary>asserted, reported, hypothetical, negated or denied.</summary>
    public required string Modality { get; init; }

    /// <summary>The span of the word or phrase that names the event.</summary>
    public required SpanRecord Trigger { get; init; }

    /// <summary>The span of the sentence holding the trigger.</summary>
    public required SpanRecord Sentence { get; init; }

    /// <summary>The spans of every sentence that states this event.</summary>
    public required IReadOnlyList<SpanRecord> Evidence { get; init; }

    /// <summary>How sure the extractor is, in [0, 1].</summary>
    public required double Confidence { get; init; }
}
