using System.Collections.Immutable;
using System.Text;
using AngleSharp.Dom;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Ingest.Cleaning;
using Kronika.Ingest.PlainText;

namespace Kronika.Ingest.Html;

/// <summary>Writes the clean text of the chosen boxes: one block per block-level element, white space collapsed, typed
/// regions, debris lines taken out with their reasons, and every word anchored back into the HTML.</summary>
/// <remarks>Inside the chosen boxes it still leaves out furniture, link lists and boxes that read like page furniture
/// (Readability calls this cleaning conditionally). Per page; not shared between threads.</remarks>
internal sealed class BlockWriter
{
    private static readonly HashSet<string> _inlineTags = new(StringComparer.Ordinal)
    {
        "A", "ABBR", "B", "BDI", "BDO", "CITE", "CODE", "DATA", "DFN", "EM", "FONT", "I", "KBD", "MARK", "Q", "S", "SAMP",
        "SMALL", "SPAN", "STRONG", "SUB", "SUP", "TIME", "U", "VAR", "WBR", "INS", "DEL", "IMG", "PICTURE", "NOBR", "BIG",
        "TT", "STRIKE", "ACRONYM",
    };

    private static readonly string[] _leadNames = ["lead", "standfirst", "intro", "summary", "dek", "excerpt", "subtitle", "subheadline", "zajawka"];

    /// <summary>Longest byline or date line (characters) left out by its name; longer boxes so named hold text.</summary>
    private const int MaxByline = 150;

    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private readonly string _raw;
    private readonly PageStats _stats;
    private readonly RawLocator _locator;
    private readonly StringBuilder _text = new();
    private readonly OffsetMap.Builder _map = new();
    private readonly ImmutableArray<Region>.Builder _regions = ImmutableArray.CreateBuilder<Region>();
    private readonly ImmutableArray<Removal>.Builder _removed = ImmutableArray.CreateBuilder<Removal>();
    private readonly StringBuilder _block = new();
    private readonly List<(int Clean, int Raw)> _blockAnchors = [];
    private RegionType _blockType = RegionType.Paragraph;
    private string? _title;
    private int _lastRawEnd;
    private int _lastAnchoredRaw;
    private int _rootLength;

    /// <summary>A writer over the page <paramref name="raw"/> that <paramref name="stats"/> counted.</summary>
    public BlockWriter(string raw, PageStats stats)
    {
        _raw = raw;
        _stats = stats;
        _locator = new RawLocator(raw);
    }

    /// <summary>True for elements that flow inside a block rather than start one.</summary>
    public static bool IsInline(IElement element) => _inlineTags.Contains(element.TagName);

    /// <summary>Writes the headline first, anchored where the page shows it (its first occurrence in the raw HTML).</summary>
    public void WriteTitle(string title)
    {
        _title = Collapse(title);
        if (_title.Length == 0)
        {
            return;
        }

        int raw = _raw.IndexOf(_title, StringComparison.Ordinal);
        _blockAnchors.Add((0, raw < 0 ? 0 : raw));
        _block.Append(_title);
        _written.Add(_title);
        Flush(RegionType.Title, allowDebris: false);
    }

    /// <summary>Writes the text of <paramref name="root"/>.</summary>
    public void Write(IElement root)
    {
        _locator.MoveTo(Position(root));
        _rootLength = _stats[root].Length;
        _blockType = IsLead(root) ? RegionType.Lead : RegionType.Paragraph;
        Walk(root, RegionType.Paragraph, isRoot: true);
        Flush(_blockType, allowDebris: true);
    }

    /// <summary>The text, its map back into the HTML, its regions and the debris taken out.</summary>
    public (string Text, OffsetMap Map, ImmutableArray<Region> Regions, ImmutableArray<Removal> Removed) Finish() =>
        (_text.ToString(), _map.Build(), _regions.ToImmutable(), _removed.ToImmutable());

    private void Walk(IElement element, RegionType inherited, bool isRoot)
    {
        if (!isRoot && Skips(element))
        {
            return;
        }

        _locator.MoveTo(Position(element));
        if (element.TagName == "BR")
        {
            Flush(_blockType, allowDebris: true);
            return;
        }

        bool block = !IsInline(element);
        RegionType type = inherited;
        if (block)
        {
            Flush(_blockType, allowDebris: true);
            type = TypeOf(element, inherited);
            _blockType = type;
        }

        for (INode? child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is IElement childElement)
            {
                Walk(childElement, type, isRoot: false);
                if (block)
                {
                    _blockType = type;
                }
            }
            else if (child.NodeType == NodeType.Text)
            {
                AppendText(child.TextContent);
            }
        }

        if (block)
        {
            Flush(type, allowDebris: true);
        }
    }

    private bool Skips(IElement element)
    {
        if (_stats.IsFurniture(element) || ElementHints.IsFurnitureTag(element))
        {
            return true;
        }

        string name = _stats.NameOf(element);
        if ((ElementHints.IsFurnitureName(name) || ElementHints.IsHidden(element)) && _stats[element].Length * 2 < _rootLength)
        {
            return true;
        }

        if (IsInline(element) && element.TagName != "A" && IsLinkCluster(element))
        {
            return true;
        }

        if (ElementHints.IsBylineName(name) && _stats[element].Length < MaxByline && _stats[element].Paragraphs == 0)
        {
            return true;
        }

        if (element.TagName is not ("DIV" or "SECTION" or "UL" or "OL" or "TABLE" or "HEADER" or "FORM" or "DL"))
        {
            return false;
        }

        TextStats counts = _stats[element];
        if (counts.Length == 0 || counts.Commas >= 10)
        {
            return false;
        }

        int weight = ElementHints.Weight(name);
        return (weight < 25 && counts.LinkDensity > 0.35)
            || (weight >= 25 && counts.LinkDensity > 0.5)
            || (element.TagName == "HEADER" && counts.Paragraphs == 0);
    }

    /// <summary>True for an inline box inside running text that is a cluster of links (a hover card of teasers behind a
    /// name, a list of related links set inline): three or more links making up nearly all of a long text.</summary>
    private bool IsLinkCluster(IElement element)
    {
        TextStats counts = _stats[element];
        return counts.Length > 150 && counts.LinkDensity > 0.8 && element.QuerySelectorAll("a").Length >= 3;
    }

    private RegionType TypeOf(IElement element, RegionType inherited)
    {
        if (inherited is RegionType.QuoteBlock or RegionType.Caption)
        {
            return inherited;
        }

        return element.TagName switch
        {
            "H1" or "H2" or "H3" or "H4" or "H5" or "H6" => RegionType.Subheading,
            "BLOCKQUOTE" => RegionType.QuoteBlock,
            "FIGCAPTION" => RegionType.Caption,
            _ when IsLead(element) => RegionType.Lead,
            _ => inherited == RegionType.Lead ? RegionType.Lead : RegionType.Paragraph,
        };
    }

    private bool IsLead(IElement element)
    {
        string name = _stats.NameOf(element);
        return name.Length > 0 && _regions.Count <= 1 && _leadNames.Any(lead => name.Contains(lead, StringComparison.Ordinal));
    }

    /// <summary>Appends a text node, white space collapsed, anchoring each word that moved relative to the last anchor.</summary>
    private void AppendText(string text)
    {
        ReadOnlySpan<char> rest = text;
        while (!rest.IsEmpty)
        {
            int start = 0;
            while (start < rest.Length && char.IsWhiteSpace(rest[start]))
            {
                start++;
            }

            if (start > 0 && _block.Length > 0 && _block[^1] != ' ')
            {
                _block.Append(' ');
            }

            rest = rest[start..];
            if (rest.IsEmpty)
            {
                break;
            }

            int end = 0;
            while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
            {
                end++;
            }

            ReadOnlySpan<char> word = rest[..end];
            _blockAnchors.Add((_block.Length, _locator.Locate(word)));
            _block.Append(word);
            rest = rest[end..];
        }
    }

    /// <summary>Ends the current block: trims it, takes it out as debris or writes it as a region.</summary>
    private void Flush(RegionType type, bool allowDebris)
    {
        int length = _block.Length;
        while (length > 0 && _block[length - 1] == ' ')
        {
            length--;
        }

        int start = 0;
        while (start < length && _block[start] == ' ')
        {
            start++;
        }

        if (start < length)
        {
            string block = _block.ToString(start, length - start);
            int rawStart = RawAt(start);
            if (allowDebris && DebrisRules.Default.Match(block) is { } rule)
            {
                _removed.Add(new Removal(block, rule.Reason, new TextSpan(rawStart, Math.Max(rawStart, RawAt(length - 1) + 1))));
            }
            else if (allowDebris && !_written.Add(block) && (block.Length >= 20 || block == _title))
            {
                // A caption under the photo and again in the lightbox, the headline again over the body: once is enough.
                _removed.Add(new Removal(block, "repeated", new TextSpan(rawStart, Math.Max(rawStart, RawAt(length - 1) + 1))));
            }
            else
            {
                WriteBlock(type, start, length);
            }
        }

        _block.Clear();
        _blockAnchors.Clear();
    }

    private void WriteBlock(RegionType type, int start, int end)
    {
        if (_text.Length > 0)
        {
            int rawNext = RawAt(start);
            for (int index = 0; index < 2; index++)
            {
                Anchor(_text.Length, Math.Min(_lastRawEnd + index, rawNext));
                _text.Append('\n');
            }
        }

        int clean = _text.Length;
        foreach ((int offset, int raw) in _blockAnchors)
        {
            if (offset >= start && offset < end)
            {
                Anchor(clean + offset - start, raw);
            }
        }

        if (_blockAnchors.Count == 0 || _blockAnchors[0].Clean > start)
        {
            Anchor(clean, RawAt(start));
        }

        _text.Append(_block, start, end - start);
        _lastRawEnd = Math.Max(_lastRawEnd, RawAt(end - 1) + 1);
        _regions.Add(new Region(type, new TextSpan(clean, _text.Length)));
        if (type == RegionType.Caption && CreditFinder.Find(_text.ToString(clean, _text.Length - clean)) is >= 0 and var credit)
        {
            // The photo credit ending a caption ("Fot. PAP/Radek Pietruszka"), found as the plain-text reader finds it.
            _regions.Add(new Region(RegionType.Credit, new TextSpan(clean + credit, _text.Length)));
        }
    }

    /// <summary>Anchors clean to raw, never behind an earlier anchor: a word found out of order (a title repeated
    /// from the head) maps to where the text already stands.</summary>
    private void Anchor(int clean, int raw)
    {
        _lastAnchoredRaw = Math.Max(_lastAnchoredRaw, raw);
        _map.Anchor(clean, _lastAnchoredRaw);
    }

    /// <summary>The raw offset of block offset <paramref name="offset"/>: its word's anchor plus the distance into it.</summary>
    private int RawAt(int offset)
    {
        int raw = _locator.Cursor;
        for (int index = _blockAnchors.Count - 1; index >= 0; index--)
        {
            if (_blockAnchors[index].Clean <= offset)
            {
                raw = _blockAnchors[index].Raw + (offset - _blockAnchors[index].Clean);
                break;
            }
        }

        return Math.Min(raw, _raw.Length);
    }

    private static int Position(IElement element) => element.SourceReference?.Position.Index ?? -1;

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
