using AngleSharp.Dom;

namespace Kronika.Ingest.Html;

/// <summary>Reads <see cref="PageMetadata"/> from a page: JSON-LD first, then OpenGraph and other meta tags, then
/// <c>time</c> elements, bylines and the URL.</summary>
/// <remarks>Stateless; safe from many threads.</remarks>
internal static class MetadataReader
{
    private static readonly string[] _publishedNames =
    [
        "article:published_time", "og:published_time", "article:published", "datepublished", "pubdate", "publishdate",
        "publish-date", "publish_date", "publication_date", "date", "dc.date", "dc.date.issued", "dc.date.created",
        "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date", "citation_publication_date",
        "article.published", "originalpublicationdate", "displaydate", "created", "release_date", "og:article:published_time",
    ];

    private static readonly string[] _modifiedNames =
    [
        "article:modified_time", "og:updated_time", "datemodified", "last-modified", "lastmod", "dcterms.modified", "article.updated",
    ];

    private static readonly string[] _bylineSelectors =
    [
        "[itemprop=author] [itemprop=name]", "a[rel=author]", "[class*=author-name], [class*=authorName], [class*=author__name]",
        "[class*=byline] a[href*='/author'], [class*=author] a[href*='/author']", "a[href*='/author/']", "[itemprop=author]",
        "[class*=byline]", "[class*=author]",
    ];

    private static readonly string[] _authorNames =
    [
        "author", "article:author", "byl", "byline", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
        "citation_author", "twitter:creator",
    ];

    /// <summary>The metadata of <paramref name="page"/>, fetched from <paramref name="url"/> when known.</summary>
    public static PageMetadata Read(IDocument page, string? url)
    {
        Dictionary<string, string> meta = MetaTags(page);
        JsonLdArticle? jsonLd = JsonLdArticle.Read(page);

        string? outlet = First(meta, "og:site_name", "application-name", "publisher", "twitter:site")?.TrimStart('@') ?? jsonLd?.Publisher;
        string? title = Title(page, meta, jsonLd, outlet);

        (string? published, string from) = Published(page, meta, jsonLd, url);
        string? modified = DateValue.Parse(jsonLd?.Modified) ?? DateValue.Parse(First(meta, _modifiedNames));
        string? author = Author(page, meta, jsonLd);
        string? language = Language(page, meta, jsonLd);
        string? canonical = page.QuerySelector("link[rel~=canonical][href]")?.GetAttribute("href") ?? First(meta, "og:url");
        return new PageMetadata(title, author, published, from, modified, outlet, language, Absolute(canonical, url));
    }

    /// <summary>Every meta tag's content by its lower-cased name, property or itemprop; the first of a name wins.</summary>
    private static Dictionary<string, string> MetaTags(IDocument page)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (IElement element in page.QuerySelectorAll("meta[content]"))
        {
            string content = System.Net.WebUtility.HtmlDecode(element.GetAttribute("content")!).Trim();
            if (content.Length == 0)
            {
                continue;
            }

            foreach (string attribute in (ReadOnlySpan<string>)["property", "name", "itemprop", "http-equiv"])
            {
                if (element.GetAttribute(attribute) is { Length: > 0 } key)
                {
                    tags.TryAdd(key.Trim().ToLowerInvariant(), content);
                }
            }
        }

        return tags;
    }

    private static string? First(Dictionary<string, string> meta, params ReadOnlySpan<string> names)
    {
        foreach (string name in names)
        {
            if (meta.TryGetValue(name, out string? value))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The headline: an <c>h1</c> that agrees with what the head says, else the head's title with the site name cut.</summary>
    private static string? Title(IDocument page, Dictionary<string, string> meta, JsonLdArticle? jsonLd, string? outlet)
    {
        string? declared = First(meta, "og:title", "twitter:title") ?? jsonLd?.Headline;
        string? head = Clean(page.Title);
        var named = new List<string>(3);
        if (Clean(declared) is { } d)
        {
            named.Add(d);
        }

        if (Clean(jsonLd?.Headline) is { } h)
        {
            named.Add(h);
        }

        if (head is not null)
        {
            named.Add(head);
        }

        var headings = new List<string>();
        foreach (IElement heading in page.QuerySelectorAll("h1"))
        {
            string? text = Clean(heading.TextContent);
            if (text is not { Length: >= 4 } || InFrame(heading) || (outlet is not null && text.Equals(outlet, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (text.Length >= 8 && named.Any(name => name.Contains(text, StringComparison.OrdinalIgnoreCase)))
            {
                return text;
            }

            headings.Add(text);
        }

        // One headline on the page is what readers see as the title, whatever the head says to search engines.
        if (headings.Count == 1)
        {
            return headings[0];
        }

        string? best = named.Count > 0 ? named[0] : null;
        if (best is null)
        {
            return headings.Count > 0 ? headings[0] : null;
        }

        return WithoutSiteName(best, outlet);
    }

    /// <summary>True inside the page's own header, navigation or footer, where a site logo is set as a heading.</summary>
    private static bool InFrame(IElement element)
    {
        for (IElement? parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.TagName is "HEADER" or "NAV" or "FOOTER" or "ASIDE")
            {
                return parent.TagName != "HEADER" || parent.Closest("article, main") is null;
            }
        }

        return false;
    }

    /// <summary>"Headline | Site", "Headline - Site", "Site: Headline" without the site's part, when it can be told apart.</summary>
    private static string WithoutSiteName(string title, string? outlet)
    {
        foreach (string separator in (ReadOnlySpan<string>)[" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "])
        {
            int at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                string left = title[..at].Trim();
                string right = title[(at + separator.Length)..].Trim();
                if (outlet is not null && left.Contains(outlet, StringComparison.OrdinalIgnoreCase) && !right.Contains(outlet, StringComparison.OrdinalIgnoreCase))
                {
                    return right;
                }

                // The site name is the shorter part; a headline has more words than the site name.
                if (Words(left) >= 3 && Words(right) <= 4 && Words(left) > Words(right))
                {
                    return left;
                }
            }
        }

        return title;
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static (string? Published, string From) Published(IDocument page, Dictionary<string, string> meta, JsonLdArticle? jsonLd, string? url)
    {
        if (DateValue.Parse(jsonLd?.Published) is { } fromJsonLd)
        {
            return (fromJsonLd, "json-ld");
        }

        if (DateValue.Parse(First(meta, _publishedNames)) is { } fromMeta)
        {
            return (fromMeta, "meta");
        }

        foreach (IElement time in page.QuerySelectorAll("time[datetime], [itemprop=datePublished]"))
        {
            string? value = time.GetAttribute("datetime") ?? time.GetAttribute("content") ?? time.TextContent;
            if (DateValue.Parse(value) is { } fromTime)
            {
                return (fromTime, "time");
            }
        }

        string? canonical = page.QuerySelector("link[rel~=canonical][href]")?.GetAttribute("href");
        if ((DateValue.FromUrl(url) ?? DateValue.FromUrl(canonical)) is { } fromUrl)
        {
            return (fromUrl, "url");
        }

        return (null, "none");
    }

    /// <summary>The author: a person the JSON-LD names, a meta author that reads as a name, a visible byline, in that
    /// order; user handles ("jsmith", "andrew.keaveney") only when nothing better is said.</summary>
    private static string? Author(IDocument page, Dictionary<string, string> meta, JsonLdArticle? jsonLd)
    {
        string? handle = null;
        if (jsonLd?.Author is { } fromJsonLd)
        {
            if (!IsHandle(fromJsonLd))
            {
                return fromJsonLd;
            }

            handle = fromJsonLd;
        }

        foreach (string name in _authorNames)
        {
            if (meta.TryGetValue(name, out string? value) && !value.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !value.StartsWith('@')
                && Byline(value) is { } fromMeta && !IsHandle(fromMeta) && char.IsLetter(fromMeta[0]))
            {
                return fromMeta;
            }
        }

        // The most specific marks first: a link or name inside the byline is the name alone; the byline box adds dates.
        foreach (string selector in _bylineSelectors)
        {
            foreach (IElement element in page.QuerySelectorAll(selector))
            {
                if (element.Closest("nav, footer, aside, [class*=comment], [class*=bio], [class*=related]") is not null)
                {
                    continue;
                }

                if (Byline(SpacedText(element)) is { Length: <= 80 } visible && !IsHandle(visible) && char.IsLetter(visible[0]))
                {
                    return visible;
                }
            }
        }

        return handle;
    }

    /// <summary>True for a user name rather than a person's name: one word in lower case, or with dots or digits.</summary>
    private static bool IsHandle(string name) =>
        !name.Contains(' ', StringComparison.Ordinal) && (name.All(c => !char.IsUpper(c)) || name.Any(c => c is '.' or '_' || char.IsDigit(c)));

    /// <summary>A byline without its "By" or "Autor:" label and without the date or role after the names; null when
    /// nothing like names is left.</summary>
    private static string? Byline(string text)
    {
        string? clean = Clean(text);
        if (clean is null)
        {
            return null;
        }

        foreach (string label in _bylineLabels)
        {
            if (clean.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                clean = clean[label.Length..].TrimStart(' ', ':').Trim();
                break;
            }
        }

        int cut = clean.Length;
        foreach (string end in _bylineEnds)
        {
            int at = clean.IndexOf(end, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && at < cut)
            {
                cut = at;
            }
        }

        int digit = clean.AsSpan().IndexOfAnyInRange('0', '9');
        if (digit > 0 && digit < cut)
        {
            cut = digit;
        }

        clean = clean[..cut].Trim().TrimEnd(',', '-', '–', '|', '•', '·').Trim();
        return clean.Length is > 1 and <= 120 && !_bylineLabels.Contains(clean + " ", StringComparer.OrdinalIgnoreCase) ? clean : null;
    }

    /// <summary>The text of <paramref name="element"/> with a space between the texts of its parts ("By" + "Jan Kowalski").</summary>
    private static string SpacedText(IElement element)
    {
        var text = new System.Text.StringBuilder();
        foreach (INode node in element.GetDescendants())
        {
            if (node.NodeType == NodeType.Text)
            {
                text.Append(node.TextContent).Append(' ');
            }
        }

        return text.ToString();
    }

    private static readonly string[] _bylineLabels =
        ["Written by ", "Posted by ", "Reviewed by ", "Published by ", "By ", "Autor ", "Autorka ", "Author ", "Autor: ", "Author: "];

    private static readonly string[] _bylineEnds =
        [" - ", " – ", " — ", " | ", "•", "·", " on ", "Published", "Updated", "Posted", "Opublikowano", "Aktualizacja", " in "];

    private static string? Language(IDocument page, Dictionary<string, string> meta, JsonLdArticle? jsonLd)
    {
        string? declared = page.DocumentElement.GetAttribute("lang") ?? First(meta, "content-language", "og:locale", "language", "dc.language") ?? jsonLd?.Language;
        if (string.IsNullOrWhiteSpace(declared))
        {
            return null;
        }

        string code = declared.Trim().Split('-', '_', ',', ' ')[0].ToLowerInvariant();
        return code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower) ? code : null;
    }

    private static string? Absolute(string? link, string? url)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        if (Uri.TryCreate(link.Trim(), UriKind.Absolute, out Uri? absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }

        return url is not null && Uri.TryCreate(url, UriKind.Absolute, out Uri? baseUri) && Uri.TryCreate(baseUri, link.Trim(), out Uri? resolved)
            ? resolved.ToString()
            : null;
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
