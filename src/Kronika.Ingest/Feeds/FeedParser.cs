using System.Globalization;
using System.Xml;
using CodeHollow.FeedReader.Parser;
using Reader = CodeHollow.FeedReader.FeedReader;

namespace Kronika.Ingest.Feeds;

/// <summary>Reads RSS 0.9x, RSS 1.0 (RDF), RSS 2.0, Atom and JSON Feed documents into <see cref="Feed"/>s with
/// CodeHollow.FeedReader.</summary>
/// <remarks>
/// The encoding comes from the XML declaration (UTF-8 without one). Internal DTD entities are expanded within .NET's
/// default bound of 10 million characters; external ones are never loaded. Stateless; safe from many threads.
/// </remarks>
public static class FeedParser
{
    /// <summary>Parses <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The feed document as fetched.</param>
    /// <param name="feedUrl">Where it was fetched from (after redirects); relative item links are resolved against it.
    /// Null leaves relative links out.</param>
    public static FeedParse Parse(byte[] bytes, Uri? feedUrl)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return new FeedParse(null, "the feed is empty (0 bytes)");
        }

        CodeHollow.FeedReader.Feed parsed;
        try
        {
            parsed = Reader.ReadFromByteArray(bytes);
        }
        catch (XmlException exception)
        {
            return new FeedParse(null, $"broken XML: {exception.Message}");
        }
        catch (FeedTypeNotSupportedException exception)
        {
            return new FeedParse(null, $"not a feed: {exception.Message}");
        }
        catch (Exception exception) when (exception is NullReferenceException or FormatException or InvalidOperationException or ArgumentException)
        {
            // The library trips over well-formed documents of an unexpected shape (<rss> without <channel> throws
            // NullReferenceException); for a feed from the web that is bad input, not a bug of ours.
            return new FeedParse(null, $"not a readable feed ({exception.GetType().Name}: {exception.Message})");
        }

        var items = new List<FeedItem>(parsed.Items.Count);
        int skipped = 0;
        foreach (CodeHollow.FeedReader.FeedItem entry in parsed.Items)
        {
            if (ItemOf(entry, feedUrl) is { } item)
            {
                items.Add(item);
            }
            else
            {
                skipped++;
            }
        }

        return new FeedParse(new Feed(FormatName(parsed.Type), Trimmed(parsed.Title), items, skipped), null);
    }

    private static FeedItem? ItemOf(CodeHollow.FeedReader.FeedItem entry, Uri? feedUrl)
    {
        string? id = Trimmed(entry.Id);
        string? title = Trimmed(entry.Title);
        Uri? link = LinkOf(Trimmed(entry.Link), feedUrl);
        DateTimeOffset? published = entry.PublishingDate is { } date
            ? new DateTimeOffset(DateTime.SpecifyKind(date, date.Kind == DateTimeKind.Local ? DateTimeKind.Local : DateTimeKind.Utc)).ToUniversalTime()
            : null;
        string? key = id ?? link?.AbsoluteUri
            ?? (title is null ? null : "title:" + title + (published is { } day ? "@" + day.ToString("O", CultureInfo.InvariantCulture) : string.Empty));
        return key is null ? null : new FeedItem(key, id, link, title, published);
    }

    private static Uri? LinkOf(string? link, Uri? feedUrl)
    {
        if (link is null)
        {
            return null;
        }

        // On Unix "/2025/06/page" parses as an absolute file: URI; a feed means a path on its own site.
        if (!link.StartsWith('/') && Uri.TryCreate(link, UriKind.Absolute, out Uri? absolute))
        {
            return absolute;
        }

        return feedUrl is not null && Uri.TryCreate(feedUrl, link, out Uri? resolved) ? resolved : null;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string FormatName(CodeHollow.FeedReader.FeedType type) => type switch
    {
        CodeHollow.FeedReader.FeedType.Rss_0_91 => "rss 0.91",
        CodeHollow.FeedReader.FeedType.Rss_0_92 => "rss 0.92",
        CodeHollow.FeedReader.FeedType.Rss_1_0 => "rss 1.0",
        CodeHollow.FeedReader.FeedType.Rss_2_0 => "rss 2.0",
        CodeHollow.FeedReader.FeedType.Rss => "rss",
        CodeHollow.FeedReader.FeedType.Atom => "atom",
        CodeHollow.FeedReader.FeedType.JsonFeed => "json feed",
        _ => type.ToString().ToLowerInvariant(),
    };
}
