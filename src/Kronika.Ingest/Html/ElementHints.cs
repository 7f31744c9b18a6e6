using System.Buffers;
using AngleSharp.Dom;

namespace Kronika.Ingest.Html;

/// <summary>What an element's tag, class, id, role and style say about it before its text is weighed: page furniture to
/// drop unread, a likely or unlikely holder of the article, or nothing.</summary>
/// <remarks>
/// The word lists are the common vocabulary of publishing systems' markup (the same families of names that
/// Readability's and trafilatura's rules key on), matched as substrings of the lower-cased class and id, because sites
/// glue them into longer names ("article-body__content", "relatedStories"). Stateless; safe from many threads.
/// </remarks>
internal static class ElementHints
{
    /// <summary>Elements that never hold article text.</summary>
    private static readonly HashSet<string> _furnitureTags = new(StringComparer.Ordinal)
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "CANVAS", "IFRAME", "OBJECT", "EMBED", "VIDEO", "AUDIO",
        "SOURCE", "TRACK", "MAP", "BUTTON", "INPUT", "SELECT", "OPTION", "TEXTAREA", "NAV", "ASIDE", "FOOTER", "DIALOG",
        "MENU", "HEAD", "TITLE", "META", "LINK", "BASE", "LABEL", "FIELDSET", "LEGEND", "DATALIST", "OUTPUT", "PROGRESS",
        "METER",
    };

    private static readonly HashSet<string> _furnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar", "search",
        "tablist", "toolbar", "tooltip",
    };

    /// <summary>Names of boxes that are page furniture wherever they stand: sharing, related stories, comments, ads,
    /// cookie and newsletter prompts. Dropped even inside the article unless a likely name says otherwise.</summary>
    private static readonly string[] _furnitureNames =
    [
        "share", "sharing", "social", "related", "recommend", "recirc", "outbrain", "taboola", "newsletter", "subscribe",
        "signup", "sign-up", "cookie", "consent", "gdpr", "advert", "ad-slot", "adslot", "ad-container", "ad-wrapper",
        "adunit", "ad-unit", "dfp", "sponsor", "promo", "popup", "modal", "comment", "disqus", "breadcrumb", "pagination",
        "pager", "sidebar", "skip-link", "skiplink", "visually-hidden", "visuallyhidden", "sr-only",
        "screen-reader", "print-only", "paywall", "login", "toolbar", "most-read", "mostread", "most-popular",
        "mostpopular", "trending", "read-more", "readmore", "read-also", "see-also", "more-stories", "morestories",
        "tags", "tag-list", "taglist", "author-bio", "about-author", "jump-link", "nav", "menu", "footer", "masthead",
        "banner", "polecamy", "czytaj", "reklama", "zobacz-tez", "powiazane", "gallery", "slideshow", "carousel", "lightbox",
    ];

    /// <summary>Names that make a box likelier to hold the article.</summary>
    private static readonly string[] _likelyNames =
    [
        "article", "body", "content", "entry", "main", "post", "story", "text", "blog", "hentry", "prose", "tresc",
        "artykul", "wpis",
    ];

    /// <summary>Names that make a box less likely to hold the article without making it furniture.</summary>
    private static readonly string[] _unlikelyNames =
    [
        "meta", "byline", "author", "date", "time", "caption", "credit", "hidden", "extra", "contact", "media", "header",
        "masthead", "teaser", "card", "list", "feed", "thumb", "rail", "supplement", "widget",
    ];

    /// <summary>Names of the lines around a headline that say who wrote it and when: left out of the text when short.</summary>
    private static readonly string[] _bylineNames = ["byline", "author", "dateline", "timestamp", "published", "updated", "date", "posted", "meta"];

    private static readonly SearchValues<string> _byline = SearchValues.Create(_bylineNames, StringComparison.Ordinal);
    private static readonly SearchValues<string> _furniture = SearchValues.Create(_furnitureNames, StringComparison.Ordinal);
    private static readonly SearchValues<string> _likely = SearchValues.Create(_likelyNames, StringComparison.Ordinal);
    private static readonly SearchValues<string> _unlikely = SearchValues.Create(_unlikelyNames, StringComparison.Ordinal);

    /// <summary>True for elements that never hold article text: scripts, forms' controls, navigation, asides.</summary>
    public static bool IsFurnitureTag(IElement element)
    {
        if (_furnitureTags.Contains(element.TagName))
        {
            return true;
        }

        return element.GetAttribute("role") is { } role && _furnitureRoles.Contains(role.Trim());
    }

    /// <summary>True for boxes hidden from readers (<c>hidden</c>, <c>aria-hidden</c>, <c>display:none</c>). Like a
    /// furniture name, this is a hint, not a verdict: streaming renderers park the whole article in a hidden box and
    /// move it into place with script.</summary>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return element.GetAttribute("style") is { } style && IsHiddenStyle(style);
    }

    /// <summary>The lower-cased class and id of <paramref name="element"/>, joined by a space ("" when it has neither).</summary>
    public static string NameOf(IElement element)
    {
        string? className = element.GetAttribute("class");
        string? id = element.GetAttribute("id");
        if (className is null && id is null)
        {
            return "";
        }

        return string.Concat(className, " ", id).ToLowerInvariant();
    }

    /// <summary>True when a class or id word in <paramref name="name"/> (from <see cref="NameOf"/>) marks page furniture
    /// and no other word of it is a plainly likely one: "related-content" and "share-bar" are furniture,
    /// "article-body share-bar" is not decided by its name.</summary>
    public static bool IsFurnitureName(string name)
    {
        if (name.Length == 0 || !name.AsSpan().ContainsAny(_furniture))
        {
            return false;
        }

        foreach (System.Range range in name.AsSpan().Split(' '))
        {
            ReadOnlySpan<char> word = name.AsSpan()[range];
            if (word.ContainsAny(_likely) && !word.ContainsAny(_furniture))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="name"/> names a byline or date line.</summary>
    public static bool IsBylineName(string name) => name.Length > 0 && name.AsSpan().ContainsAny(_byline);

    /// <summary>+25 for a likely name, -25 for an unlikely or furniture one, 0 for both or neither.</summary>
    public static int Weight(string name)
    {
        if (name.Length == 0)
        {
            return 0;
        }

        int weight = 0;
        if (name.AsSpan().ContainsAny(_likely))
        {
            weight += 25;
        }

        if (name.AsSpan().ContainsAny(_unlikely) || name.AsSpan().ContainsAny(_furniture))
        {
            weight -= 25;
        }

        return weight;
    }

    private static bool IsHiddenStyle(string style)
    {
        ReadOnlySpan<char> text = style;
        return Compact(text, "display:none") || Compact(text, "visibility:hidden");
    }

    /// <summary>True when <paramref name="style"/> holds <paramref name="declaration"/> ignoring white space and case.</summary>
    private static bool Compact(ReadOnlySpan<char> style, string declaration)
    {
        int matched = 0;
        foreach (char c in style)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            matched = char.ToLowerInvariant(c) == declaration[matched] ? matched + 1 : char.ToLowerInvariant(c) == declaration[0] ? 1 : 0;
            if (matched == declaration.Length)
            {
                return true;
            }
        }

        return false;
    }
}
