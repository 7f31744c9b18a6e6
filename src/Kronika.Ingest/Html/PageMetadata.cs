namespace Kronika.Ingest.Html;

/// <summary>What a page's markup says about its article. Every field may be unknown (null).</summary>
/// <param name="Title">The headline, without the site name that page titles append.</param>
/// <param name="Author">The author or authors, joined by ", ".</param>
/// <param name="Published">Publication date or date-time, ISO 8601.</param>
/// <param name="PublishedFrom">Where <paramref name="Published"/> came from: json-ld, meta, time, url or none.</param>
/// <param name="Modified">Last modification date or date-time, ISO 8601.</param>
/// <param name="Outlet">The site or publisher name.</param>
/// <param name="Language">The declared language, ISO 639-1 ("pl"), from the html element or meta tags.</param>
/// <param name="CanonicalUrl">The canonical address the page declares.</param>
internal sealed record PageMetadata(
    string? Title,
    string? Author,
    string? Published,
    string PublishedFrom,
    string? Modified,
    string? Outlet,
    string? Language,
    string? CanonicalUrl);
