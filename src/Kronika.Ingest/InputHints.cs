namespace Kronika.Ingest;

/// <summary>What the carrier of an input says about it besides its bytes: an HTTP response, a WARC record, a feed item
/// or a dump line. Every field may be unknown (null); what the input itself says wins where both say something.</summary>
public sealed record InputHints
{
    /// <summary>No hints: a file read from disk.</summary>
    public static InputHints None { get; } = new();

    /// <summary>The media type with its parameters as the carrier gave it ("text/html; charset=iso-8859-2"); its charset
    /// outranks a meta tag and detection, but not a byte-order mark.</summary>
    public string? ContentType { get; init; }

    /// <summary>The address the input was fetched from (after redirects).</summary>
    public string? Url { get; init; }

    /// <summary>A publication date or date-time (ISO 8601 or RFC 1123) from a feed item or dump line, used when the page gives none.</summary>
    public string? Published { get; init; }

    /// <summary>A title from a feed item or dump line, used when the page gives none.</summary>
    public string? Title { get; init; }
}
