namespace Kronika.Contract;

/// <summary>Why the input was refused; when present, the text and every layer of the record are empty.</summary>
public sealed record RejectionRecord
{
    /// <summary>The refusing stage's name ("read", "clean", "language").</summary>
    public required string Stage { get; init; }

    /// <summary>The stable reason code in snake_case: empty, binary, too_large, unknown_encoding, no_article_text, unsupported_language.</summary>
    public required string Reason { get; init; }

    /// <summary>One line for a person: what was wrong and, where it helps, what to do.</summary>
    public required string Detail { get; init; }
}
