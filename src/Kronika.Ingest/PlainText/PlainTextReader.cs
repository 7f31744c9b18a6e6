using System.Collections.Immutable;
using Kronika.Core.Annotations;
using Kronika.Ingest.Cleaning;

namespace Kronika.Ingest.PlainText;

/// <summary>Finds the structure of scraped plain text: title, lead, paragraphs, subheadings, captions with their
/// credits, the credited source, and the page debris to remove.</summary>
/// <remarks>
/// One pass normalises and splits the lines; one pass over the lines removes debris (data-file patterns, datelines,
/// lines without letters, bare addresses, repeats); the title is the first line left; a source line is looked for among
/// the last few lines; captions are lines ending in a photo credit; the remaining runs of text lines become paragraphs,
/// and a short line set apart without final punctuation and followed by body text becomes a subheading.
/// Immutable; safe from many threads.
/// </remarks>
internal sealed class PlainTextReader
{
    /// <summary>How many text lines from the end may hold the credited source.</summary>
    private const int SourceLineWindow = 3;

    /// <summary>A line longer than this ends the backward search for the source line: it is body text.</summary>
    private const int BodyLineLength = 120;

    private readonly DebrisRules _rules;

    /// <summary>A reader with the given debris rules (the default data files when null).</summary>
    public PlainTextReader(DebrisRules? rules = null) => _rules = rules ?? DebrisRules.Default;

    /// <summary>Cleans <paramref name="raw"/>, the decoded input; the result's text is empty when nothing of an article is left.</summary>
    public CleanArticle Read(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        NormalizedLines lines = NormalizedLines.Normalize(raw);
        var roles = new LineRole[lines.Count];
        var reasons = new string?[lines.Count];
        string? published = RemoveDebris(lines, roles, reasons);

        int title = Array.IndexOf(roles, LineRole.Text);
        if (title >= 0)
        {
            roles[title] = LineRole.Title;
        }

        string? creditedSource = FindSource(lines, roles, reasons, title);
        var creditAt = new Dictionary<int, int>();
        for (int line = title + 1; title >= 0 && line < lines.Count; line++)
        {
            if (roles[line] == LineRole.Text && CreditFinder.Find(lines.Text(line)) is >= 0 and var credit)
            {
                roles[line] = LineRole.Caption;
                creditAt[line] = credit;
            }
        }

        (string text, Kronika.Core.OffsetMap map, ImmutableArray<Region> regions) = Write(lines, roles, title, creditAt);
        return new CleanArticle(text, map, regions, Removals(lines, reasons), creditedSource, published);
    }

    /// <summary>Marks debris lines; returns the publication date of the first dated dateline.</summary>
    private string? RemoveDebris(NormalizedLines lines, LineRole[] roles, string?[] reasons)
    {
        string? published = null;
        var seen = new Dictionary<int, int>();
        for (int line = 0; line < lines.Count; line++)
        {
            ReadOnlySpan<char> text = lines.Text(line);
            if (text.IsEmpty)
            {
                roles[line] = LineRole.Blank;
                continue;
            }

            string? reason = null;
            if (!LineShape.HasLetterOrDigit(text))
            {
                reason = "separator";
            }
            else if (_rules.Match(text) is { } rule)
            {
                reason = rule.IsDateline ? DatelineReason(rule, text, ref published) : rule.Reason;
            }
            else if (LineShape.IsBareUrl(text))
            {
                reason = "url";
            }

            if (reason is null)
            {
                // A line seen before (a repeated headline, a widget printed twice) is page furniture the second time.
                int hash = string.GetHashCode(text, StringComparison.Ordinal);
                if (seen.TryGetValue(hash, out int first) && lines.Text(first).SequenceEqual(text))
                {
                    reason = "repeated";
                }
                else
                {
                    seen.TryAdd(hash, line);
                }
            }

            roles[line] = reason is null ? LineRole.Text : LineRole.Debris;
            reasons[line] = reason;
        }

        return published;
    }

    /// <summary>The removal reason of a line that a dateline rule matched, or null when what follows the label is
    /// running text ("Published on Twitter, the video showed ...") rather than a date or a short note.</summary>
    private static string? DatelineReason(DebrisRule rule, ReadOnlySpan<char> text, ref string? published)
    {
        // Folding keeps lengths, so the folded label's length is the label's length in the line.
        ReadOnlySpan<char> rest = text[(rule.Pattern.Length - 1)..].Trim();
        if (rest.IsEmpty)
        {
            return DebrisRule.EmptyDateline;
        }

        if (DatelineParser.Parse(rest.ToString()) is { } iso)
        {
            if (rule.Reason == DebrisRule.Dateline)
            {
                published ??= iso;
            }

            return rule.Reason;
        }

        return rest.Length <= 40 && !LineShape.EndsSentence(rest) && !rest.Contains(". ", StringComparison.Ordinal) ? rule.Reason : null;
    }

    /// <summary>Looks among the last text lines for a source line; marks it and returns the credited name.</summary>
    private static string? FindSource(NormalizedLines lines, LineRole[] roles, string?[] reasons, int title)
    {
        string? found = null;
        int seen = 0;
        for (int line = lines.Count - 1; line > title && seen < SourceLineWindow; line--)
        {
            if (roles[line] != LineRole.Text)
            {
                continue;
            }

            ReadOnlySpan<char> text = lines.Text(line);
            if (text.Length > BodyLineLength)
            {
                break;
            }

            seen++;
            if (SourceLine.Parse(text) is { } name)
            {
                roles[line] = LineRole.Source;
                reasons[line] = "credited_source";
                found ??= name;
            }
        }

        return found;
    }

    private static (string, Kronika.Core.OffsetMap, ImmutableArray<Region>) Write(
        NormalizedLines lines, LineRole[] roles, int title, Dictionary<int, int> creditAt)
    {
        var writer = new CleanTextWriter(lines);
        if (title < 0)
        {
            return writer.Finish();
        }

        // Items in reading order: captions, and paragraphs (line ranges) cut from runs of text lines.
        var items = new List<(LineRole Role, int First, int Last)>();
        var paragraphs = new List<(int First, int Last)>();
        for (int line = title + 1; line < lines.Count; line++)
        {
            if (roles[line] == LineRole.Caption)
            {
                items.Add((LineRole.Caption, line, line));
            }
            else if (roles[line] == LineRole.Text)
            {
                int last = line;
                while (last + 1 < lines.Count && roles[last + 1] == LineRole.Text)
                {
                    last++;
                }

                paragraphs.Clear();
                ParagraphSplitter.Split(lines, line, last, paragraphs);
                foreach ((int first, int end) in paragraphs)
                {
                    items.Add((LineRole.Text, first, end));
                }

                line = last;
            }
        }

        int start = writer.Append(title, 0, lines[title].Length);
        writer.Region(RegionType.Title, start, writer.Length);
        bool leadWritten = false;
        for (int index = 0; index < items.Count; index++)
        {
            (LineRole role, int first, int last) = items[index];
            writer.Separate("\n\n");
            if (role == LineRole.Caption)
            {
                start = writer.Append(first, 0, lines[first].Length);
                writer.Region(RegionType.Caption, start, writer.Length);
                writer.Region(RegionType.Credit, start + creditAt[first], writer.Length);
                continue;
            }

            start = writer.Length;
            for (int line = first; line <= last; line++)
            {
                int at = writer.Append(line, 0, lines[line].Length);
                start = line == first ? at : start;
                writer.Separate(" ");
            }

            RegionType type = IsSubheading(lines, roles, items, index) ? RegionType.Subheading
                : leadWritten ? RegionType.Paragraph : RegionType.Lead;
            leadWritten |= type == RegionType.Lead;
            writer.Region(type, start, writer.Length);
        }

        return writer.Finish();
    }

    /// <summary>A one-line paragraph, alone between blank lines or removed lines, heading-like, and followed
    /// (past any captions) by body text.</summary>
    private static bool IsSubheading(NormalizedLines lines, LineRole[] roles, List<(LineRole Role, int First, int Last)> items, int index)
    {
        (_, int first, int last) = items[index];
        if (first != last || !LineShape.IsHeadingLike(lines.Text(first))
            || (first > 0 && roles[first - 1] == LineRole.Text) || (first + 1 < roles.Length && roles[first + 1] == LineRole.Text))
        {
            return false;
        }

        for (int next = index + 1; next < items.Count; next++)
        {
            if (items[next].Role == LineRole.Caption)
            {
                continue;
            }

            return items[next].First != items[next].Last || !LineShape.IsHeadingLike(lines.Text(items[next].First));
        }

        return false;
    }

    private static ImmutableArray<Removal> Removals(NormalizedLines lines, string?[] reasons)
    {
        ImmutableArray<Removal>.Builder removed = ImmutableArray.CreateBuilder<Removal>();
        for (int line = 0; line < reasons.Length; line++)
        {
            if (reasons[line] is { } reason)
            {
                NormalizedLine normalized = lines[line];
                string text = lines.Raw[normalized.RawStart..normalized.RawEnd];
                removed.Add(new Removal(text, reason, new Kronika.Core.TextSpan(normalized.RawStart, normalized.RawEnd)));
            }
        }

        return removed.ToImmutable();
    }
}
