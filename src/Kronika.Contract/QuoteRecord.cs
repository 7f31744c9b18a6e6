namespace Kronika.Contract;

/// <summary>Something an actor said, verbatim or reported.</summary>
public sealed record QuoteRecord
{
    /// <summary>direct (verbatim) or indirect (reported speech).</summary>
    public required string Kind { get; init; }

    /// <summary>The span of what was said.</summary>
    public required SpanRecord Span { get; init; }

    /// <summary>The speaker's entity id, or null when unknown.</summary>
    public required string? Speaker { get; init; }

    /// <summary>The span of the speech verb or attribution, or null when there is none.</summary>
    public required SpanRecord? Cue { get; init; }

    /// <summary>The span of the phrase that names the speaker in the text (a name, a role phrase, or the name a pronoun or a
    /// zero subject was resolved to), or null when the speaker is unknown; set even while <see cref="Speaker"/> is null.</summary>
    public SpanRecord? SpeakerSpan { get; init; }

    /// <summary>Index into <see cref="AnalysisRecord.Events"/> of the event the quote states, or null.</summary>
    public required int? Event { get; init; }
}
