namespace Kronika.Evaluation;

/// <summary>Something an actor said, as a careful reader marks it (kronika-gold/1).</summary>
public sealed record GoldQuote
{
    /// <summary>The speaker's entity key, or null when the article does not say.</summary>
    public string? Speaker { get; init; }

    /// <summary>direct or indirect.</summary>
    public string? Kind { get; init; }

    /// <summary>A substring of the quote, at least its first sentence.</summary>
    public required string Text { get; init; }
}
