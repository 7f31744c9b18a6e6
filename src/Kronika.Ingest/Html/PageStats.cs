using AngleSharp.Dom;

namespace Kronika.Ingest.Html;

/// <summary>The <see cref="TextStats"/> of every element of a page that can hold article text, in one bottom-up walk.</summary>
/// <remarks>Furniture tags (<see cref="ElementHints.IsFurnitureTag"/>) count nothing; with <c>dropNamedFurniture</c>
/// boxes whose class or id names furniture count nothing either. Built per page; not shared between threads.</remarks>
internal sealed class PageStats
{
    private readonly Dictionary<IElement, TextStats> _stats = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IElement, string> _names = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<IElement> _furniture = new(ReferenceEqualityComparer.Instance);

    private readonly PageStats? _unfiltered;
    private readonly int _pageLength;

    /// <summary>Counts every element under <paramref name="root"/>, leaving out furniture tags only.</summary>
    public PageStats(IElement root)
    {
        Count(root, inLink: false);
    }

    /// <summary>Counts every element under <paramref name="root"/>, also leaving out boxes named as furniture unless
    /// they hold most of the page's text by <paramref name="unfiltered"/>'s counts (a theme that calls every box a
    /// "widget" or the article's column "content-with-sidebar" has not named its article furniture).</summary>
    public PageStats(IElement root, PageStats unfiltered)
    {
        _unfiltered = unfiltered;
        _pageLength = unfiltered[root].Length;
        Count(root, inLink: false);
    }

    /// <summary>Whether boxes named as furniture were left out.</summary>
    public bool DropNamedFurniture => _unfiltered is not null;

    /// <summary>The counts of <paramref name="element"/>; zero for furniture and elements outside the walk.</summary>
    public TextStats this[IElement element] => _stats.GetValueOrDefault(element);

    /// <summary>True for elements the walk left out as furniture.</summary>
    public bool IsFurniture(IElement element) => _furniture.Contains(element);

    /// <summary>The lower-cased class and id of <paramref name="element"/>, cached.</summary>
    public string NameOf(IElement element)
    {
        if (!_names.TryGetValue(element, out string? name))
        {
            name = ElementHints.NameOf(element);
            _names[element] = name;
        }

        return name;
    }

    private TextStats Count(IElement element, bool inLink)
    {
        if (ElementHints.IsFurnitureTag(element) || IsNamedFurniture(element))
        {
            _furniture.Add(element);
            return default;
        }

        bool link = inLink || element.TagName == "A";
        TextStats total = default;
        for (INode? child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is IElement childElement)
            {
                total += Count(childElement, link);
            }
            else if (child.NodeType == NodeType.Text)
            {
                total += TextStats.Of(child.TextContent, link);
            }
        }

        if (element.TagName is "P" or "PRE" or "BLOCKQUOTE" && total.Length >= 25)
        {
            total = total with { Paragraphs = total.Paragraphs + 1, Prose = total.LinkDensity < 0.3 ? total.Length : total.Prose };
        }

        _stats[element] = total;
        return total;
    }

    private bool IsNamedFurniture(IElement element) =>
        _unfiltered is not null && !IsStructural(element) && (ElementHints.IsFurnitureName(NameOf(element)) || ElementHints.IsHidden(element))
        && _unfiltered[element].Length * 2 < _pageLength;

    /// <summary>The document's own frame is never furniture, whatever a theme calls it ("body class=single-post has-sidebar").</summary>
    private static bool IsStructural(IElement element) => element.TagName is "HTML" or "BODY" or "MAIN";
}
