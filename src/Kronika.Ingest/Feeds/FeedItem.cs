namespace Kronika.Ingest.Feeds;

/// <summary>One item (RSS) or entry (Atom) of a feed: what is needed to fetch its page and to know it again.</summary>
/// <param name="Key">What identifies the item within its feed across polls: its id or guid, else its link, else its
/// title and date. Never empty.</param>
/// <param name="Id">The guid (RSS 2.0), rdf:about (RSS 1.0) or id (Atom), trimmed; null when the item has none.</param>
/// <param name="Link">The item's page as an absolute URL (a relative link is resolved against the feed's URL); null
/// when the item has no link or it is not a URL.</param>
/// <param name="Title">The title as the feed gives it, trimmed; null when absent.</param>
/// <param name="Published">The publication date (pubDate, dc:date, published or updated) in UTC; null when absent or
/// unreadable.</param>
public sealed record FeedItem(string Key, string? Id, Uri? Link, string? Title, DateTimeOffset? Published);

/// <summary>A parsed feed.</summary>
/// <param name="Format">What the feed is: <c>rss 0.91</c>, <c>rss 0.92</c>, <c>rss 1.0</c>, <c>rss 2.0</c>, <c>atom</c>
/// or <c>json feed</c>.</param>
/// <param name="Title">The feed's own title; null when absent.</param>
/// <param name="Items">The items in the feed's order.</param>
/// <param name="Skipped">Items left out because they have neither id, link nor title to know them by.</param>
public sealed record Feed(string Format, string? Title, IReadOnlyList<FeedItem> Items, int Skipped);

/// <summary>A feed, or why the bytes are not one. Refusals are values, never exceptions.</summary>
/// <param name="Feed">The feed; null when <see cref="Error"/> says why there is none.</param>
/// <param name="Error">One line: broken XML (with line and position), not a feed, or empty; null on success.</param>
public sealed record FeedParse(Feed? Feed, string? Error)
{
    /// <summary>True when <see cref="Feed"/> is there.</summary>
    public bool Succeeded => Feed is not null;
}
