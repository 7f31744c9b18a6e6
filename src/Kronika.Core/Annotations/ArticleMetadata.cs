namespace Kronika.Core.Annotations;

/// <summary>What the input says about the article besides its text. Every field may be unknown (null).</summary>
public sealed record ArticleMetadata
{
    /// <summary>No metadata at all.</summary>
    public static ArticleMetadata None { get; } = new();

    /// <summary>The article's address, where known.</summary>
    public string? Url { get; init; }

    /// <summary>The publishing outlet ("Wprost", "BBC News").</summary>
    public string? Outlet { get; init; }

    /// <summary>The canonical name of an agency the text credits as its source ("UNIAN", "PAP").</summary>
    public string? CreditedSource { get; init; }

    /// <summary>Publication date or date-time, ISO 8601.</summary>
    public string? Published { get; init; }

    /// <summary>Where <see cref="Published"/> came from: meta, json-ld, time (an HTML time element), dateline, url, text, carrier (a feed item, dump line or WARC record) or none.</summary>
    public string PublishedFrom { get; init; } = "none";

    /// <summary>The author or authors as the page names them, joined by ", ".</summary>
    public string? Author { get; init; }

    /// <summary>Last modification date or date-time the page declares, ISO 8601.</summary>
    public string? Modified { get; init; }

    /// <summary>The canonical address the page declares (it may differ from <see cref="Url"/>, where it was fetched).</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>The language the page declares (ISO 639-1); the language stage identifies the text's language itself.</summary>
    public string? DeclaredLanguage { get; init; }

    /// <summary>The encoding the input bytes were read in ("utf-8", "windows-1250", ...).</summary>
    public string? Encoding { get; init; }
}
