using System.Text.Json;
using AngleSharp.Dom;

namespace Kronika.Ingest.Html;

/// <summary>The article facts of a page's JSON-LD (schema.org): headline, dates, authors, publisher, language.</summary>
/// <remarks>Pages carry several blocks and <c>@graph</c> lists of WebSite, Organization, BreadcrumbList and the article;
/// the first object whose type ends in "Article" or is "BlogPosting"/"Report" wins, a WebPage only when there is none.
/// Broken JSON is common and skipped block by block.</remarks>
internal sealed record JsonLdArticle(string? Headline, string? Published, string? Modified, string? Author, string? Publisher, string? Language)
{
    private const int MaxBlock = 512 * 1024;

    /// <summary>The article object of <paramref name="page"/>'s JSON-LD, or null when it has none.</summary>
    public static JsonLdArticle? Read(IDocument page)
    {
        JsonLdArticle? webPage = null;
        foreach (IElement script in page.QuerySelectorAll("script[type]"))
        {
            if (!script.GetAttribute("type")!.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string json = script.TextContent;
            if (json.Length > MaxBlock)
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                foreach (JsonElement item in Objects(document.RootElement, depth: 0))
                {
                    string? type = TypeOf(item);
                    if (type is null)
                    {
                        continue;
                    }

                    if (type.EndsWith("Article", StringComparison.Ordinal) || type is "BlogPosting" or "Report" or "LiveBlogPosting" or "SocialMediaPosting")
                    {
                        return From(item);
                    }

                    if (type is "WebPage" or "ItemPage")
                    {
                        webPage ??= From(item);
                    }
                }
            }
            catch (JsonException)
            {
                // A broken block says nothing; the page's other blocks and meta tags still may.
            }
        }

        return webPage;
    }

    private static IEnumerable<JsonElement> Objects(JsonElement element, int depth)
    {
        if (depth > 4)
        {
            yield break;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                foreach (JsonElement inner in Objects(item, depth + 1))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out JsonElement graph))
            {
                foreach (JsonElement inner in Objects(graph, depth + 1))
                {
                    yield return inner;
                }
            }

            if (element.TryGetProperty("mainEntity", out JsonElement main))
            {
                foreach (JsonElement inner in Objects(main, depth + 1))
                {
                    yield return inner;
                }
            }
        }
    }

    private static string? TypeOf(JsonElement item)
    {
        if (!item.TryGetProperty("@type", out JsonElement type))
        {
            return null;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return type.GetString();
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement each in type.EnumerateArray())
            {
                if (each.ValueKind == JsonValueKind.String && each.GetString() is { } name && (name.EndsWith("Article", StringComparison.Ordinal) || name == "BlogPosting"))
                {
                    return name;
                }
            }

            return type.GetArrayLength() > 0 && type[0].ValueKind == JsonValueKind.String ? type[0].GetString() : null;
        }

        return null;
    }

    private static JsonLdArticle From(JsonElement item) => new(
        Text(item, "headline") ?? Text(item, "name"),
        Text(item, "datePublished") ?? Text(item, "dateCreated"),
        Text(item, "dateModified"),
        Names(item, "author") ?? Names(item, "creator"),
        Names(item, "publisher"),
        LanguageOf(item));

    private static string? Text(JsonElement item, string property) =>
        item.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? System.Net.WebUtility.HtmlDecode(text).Trim()
            : null;

    private static string? LanguageOf(JsonElement item)
    {
        if (!item.TryGetProperty("inLanguage", out JsonElement value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : value.ValueKind == JsonValueKind.Object ? Text(value, "alternateName") ?? Text(value, "name") : null;
    }

    /// <summary>The names of a person or organisation property: a string, an object with a name, or a list of either.</summary>
    private static string? Names(JsonElement item, string property)
    {
        if (!item.TryGetProperty(property, out JsonElement value))
        {
            return null;
        }

        var names = new List<string>();
        Collect(value, names, depth: 0);
        return names.Count == 0 ? null : string.Join(", ", names.Distinct(StringComparer.Ordinal));
    }

    private static void Collect(JsonElement value, List<string> names, int depth)
    {
        if (depth > 3)
        {
            return;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String when value.GetString() is { Length: > 0 } name && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase):
                names.Add(System.Net.WebUtility.HtmlDecode(name).Trim());
                break;
            case JsonValueKind.Object when Text(value, "name") is { } name:
                // An organisation as author is the publisher's house style, not a byline; the page may name the writer.
                if (TypeOf(value) is not ("Organization" or "NewsMediaOrganization" or "Corporation" or "WebSite"))
                {
                    names.Add(name);
                }

                break;
            case JsonValueKind.Array:
                foreach (JsonElement each in value.EnumerateArray())
                {
                    Collect(each, names, depth + 1);
                }

                break;
        }
    }
}
