namespace Kronika.Contract;

/// <summary>The article of a <c>kronika/1</c> record: its clean text, typed regions and what was removed.</summary>
/// <remarks>Every offset except those of <see cref="Removed"/> points into <see cref="Text"/>.</remarks>
public sealed record ArticleRecord
{
    /// <summary><c>sha256:</c> + hex SHA-256 of the UTF-8 <see cref="Text"/> (of the raw bytes for an input refused before it had text).</summary>
    public required string Id { get; init; }

    /// <summary>The path or URL the article came from, "-" for standard input.</summary>
    public required string Input { get; init; }

    /// <summary>The article's address, or null when unknown.</summary>
    public required string? Url { get; init; }

    /// <summary>The publishing outlet, or null when unknown.</summary>
    public required string? Outlet { get; init; }

    /// <summary>The author or authors the page names, joined by ", ", or null.</summary>
    public string? Author { get; init; }

    /// <summary>Last modification date or date-time the page declares, ISO 8601, or null.</summary>
    public string? Modified { get; init; }

    /// <summary>The canonical address the page declares, or null.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>The canonical name of an agency the text credits ("UNIAN"), or null.</summary>
    public required string? CreditedSource { get; init; }

    /// <summary>The text of the title region, or null when the article has none.</summary>
    public required string? Title { get; init; }

    /// <summary>The text of the lead region, or null when the article has none.</summary>
    public required string? Lead { get; init; }

    /// <summary>Publication date or date-time, ISO 8601, or null.</summary>
    public required string? Published { get; init; }

    /// <summary>Where <see cref="Published"/> came from: meta, json-ld, time (an HTML time element), dateline, url, text, carrier (a feed item, dump line or WARC record) or none.</summary>
    public required string PublishedFrom { get; init; }

    /// <summary>ISO 639-1 code, or null when not identified.</summary>
    public required string? Language { get; init; }

    /// <summary>The whole clean article in reading order, parts separated by blank lines; empty for a refused input.</summary>
    public required string Text { get; init; }

    /// <summary>Typed spans over <see cref="Text"/> in reading order.</summary>
    public required IReadOnlyList<RegionRecord> Regions { get; init; }

    /// <summary>The debris taken out, in input order.</summary>
    public required IReadOnlyList<RemovalRecord> Removed { get; init; }
}
