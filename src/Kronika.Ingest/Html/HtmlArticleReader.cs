using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Ingest.Html;

/// <summary>Reads the article out of an HTML page: metadata from the markup, main text by <see cref="ContentFinder"/>,
/// written by <see cref="BlockWriter"/> with its way back into the page.</summary>
/// <remarks>Immutable; one instance may read many pages on many threads at once (each call parses its own DOM).</remarks>
internal sealed class HtmlArticleReader
{
    private readonly HtmlParserOptions _options = new()
    {
        IsKeepingSourceReferences = true,
        IsScripting = false,
    };

    /// <summary>Reads <paramref name="html"/>, fetched from <paramref name="url"/> when known; <paramref name="fallbackTitle"/>
    /// (a feed item's) is the headline when the page names none.</summary>
    public HtmlArticle Read(string html, string? url, string? fallbackTitle = null)
    {
        var parser = new HtmlParser(_options);
        using IDocument page = parser.ParseDocument(html);
        PageMetadata metadata = MetadataReader.Read(page, url);
        ContentChoice choice = ContentFinder.Find(page);
        var writer = new BlockWriter(html, choice.Stats);
        if ((metadata.Title ?? fallbackTitle) is { } title)
        {
            writer.WriteTitle(title);
        }

        foreach (IElement root in choice.Roots)
        {
            writer.Write(root);
        }

        var (text, map, regions, removed) = writer.Finish();
        if (regions.All(region => region.Type == RegionType.Title))
        {
            // A headline over nothing is a login wall, an index or a broken page, not an article.
            return new HtmlArticle(string.Empty, OffsetMap.Identity, [], removed, metadata, choice.Gate);
        }

        return new HtmlArticle(text, map, regions, removed, metadata, choice.Gate);
    }
}
