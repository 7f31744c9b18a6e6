using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Kronika.Core;

namespace Kronika.Evaluation.Quotes;

/// <summary>One attribution of PolNeAR: where its content, source and cue are (each may be in several pieces), and whether
/// its content is direct speech.</summary>
/// <param name="Content">The pieces of what is attributed, in text order.</param>
/// <param name="Source">The pieces of who it is attributed to; empty for an attribution without a source.</param>
/// <param name="Cue">The pieces of the cue.</param>
/// <param name="Direct">True when the content stands inside quotation marks (see <see cref="PolnearCorpus.IsDirect"/>).</param>
public sealed record PolnearAttribution(ImmutableArray<TextSpan> Content, ImmutableArray<TextSpan> Source, ImmutableArray<TextSpan> Cue, bool Direct);

/// <summary>One PolNeAR article: its name (the text file's, without extension), its text and its attributions.</summary>
public sealed record PolnearArticle(string Name, string Text, ImmutableArray<PolnearAttribution> Attributions);

/// <summary>Reads a compartment of PolNeAR (<c>en-quotes-polnear/dev</c>, <c>train</c>): <c>text/NAME.txt</c> and
/// <c>attributions/NAME_ANNOTATOR.ann</c>, BRAT standoff with Source, Cue and Content text-bound annotations joined by
/// Attribution events (<c>E1 Attribution:T4 Content:T3 Cue:T2 Source:T1</c>; a second content piece is <c>Content2</c>).</summary>
/// <remarks>Where several annotators annotated an article, the first file by ordinal name is read. Discard and Discuss
/// spans, annotator notes and events without content are skipped. Offsets are UTF-16 code units of the text as read
/// (the corpus has no characters outside the BMP, so they equal BRAT's code-point offsets); a span that does not fit the
/// text fails with the file and line.</remarks>
public static class PolnearCorpus
{
    /// <summary>The articles of <paramref name="compartment"/> (a folder holding <c>text/</c> and <c>attributions/</c>), by name.</summary>
    /// <exception cref="InvalidDataException">When an annotation line is malformed or out of its text.</exception>
    public static IReadOnlyList<PolnearArticle> Read(string compartment)
    {
        ArgumentNullException.ThrowIfNull(compartment);
        string attributions = Path.Combine(compartment, "attributions");
        var articles = new List<PolnearArticle>();
        foreach (string textFile in Directory.GetFiles(Path.Combine(compartment, "text"), "*.txt").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(textFile);
            string? annotations = Directory.GetFiles(attributions, name + "_*.ann").Order(StringComparer.Ordinal).FirstOrDefault();
            if (annotations is null)
            {
                continue;
            }

            string text = File.ReadAllText(textFile, Encoding.UTF8);
            articles.Add(new PolnearArticle(name, text, ReadAnnotations(annotations, text)));
        }

        return articles;
    }

    /// <summary>True when a content stands in quotation marks: its first character (or the one before it) opens a quotation
    /// and its last character before closing punctuation (or the one after it) closes one.</summary>
    public static bool IsDirect(string text, ImmutableArray<TextSpan> content)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (content.IsDefaultOrEmpty)
        {
            return false;
        }

        int start = content.Min(span => span.Start);
        int end = content.Max(span => span.End);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';' or ':'))
        {
            end--;
        }

        if (start >= end)
        {
            return false;
        }

        bool opens = IsMark(text[start]) || (start > 0 && IsMark(text[start - 1]));
        bool closes = IsMark(text[end - 1]) || (end < text.Length && IsMark(text[end]))
            || (end + 1 < text.Length && text[end] is '.' or ',' && IsMark(text[end + 1]));
        return opens && closes;
    }

    private static bool IsMark(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '‘' or '’' or '\'';

    private static ImmutableArray<PolnearAttribution> ReadAnnotations(string path, string text)
    {
        var spans = new Dictionary<string, ImmutableArray<TextSpan>>(StringComparer.Ordinal);
        var events = new List<(string[] Roles, int Line)>();
        string[] lines = File.ReadAllLines(path, Encoding.UTF8);
        for (int number = 1; number <= lines.Length; number++)
        {
            string[] columns = lines[number - 1].Split('\t');
            if (columns.Length < 2 || columns[0].Length == 0)
            {
                continue;
            }

            if (columns[0][0] == 'T')
            {
                int space = columns[1].IndexOf(' ', StringComparison.Ordinal);
                string type = space < 0 ? columns[1] : columns[1][..space];
                if (type is "Source" or "Cue" or "Content")
                {
                    spans[columns[0]] = Pieces(columns[1][(space + 1)..], text, $"{path}:{number}");
                }
            }
            else if (columns[0][0] == 'E')
            {
                events.Add((columns[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), number));
            }
        }

        var attributions = ImmutableArray.CreateBuilder<PolnearAttribution>();
        foreach ((string[] roles, int _) in events)
        {
            var content = new List<TextSpan>();
            var source = new List<TextSpan>();
            var cue = new List<TextSpan>();
            foreach (string role in roles)
            {
                int colon = role.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0 || !spans.TryGetValue(role[(colon + 1)..], out ImmutableArray<TextSpan> pieces))
                {
                    continue;
                }

                string name = role[..colon];
                List<TextSpan>? target = name.StartsWith("Content", StringComparison.Ordinal) ? content
                    : name.StartsWith("Source", StringComparison.Ordinal) ? source
                    : name.StartsWith("Cue", StringComparison.Ordinal) ? cue : null;
                target?.AddRange(pieces);
            }

            if (content.Count > 0)
            {
                ImmutableArray<TextSpan> ordered = [.. content.OrderBy(span => span.Start)];
                attributions.Add(new PolnearAttribution(ordered, [.. source.OrderBy(span => span.Start)], [.. cue.OrderBy(span => span.Start)], IsDirect(text, ordered)));
            }
        }

        return attributions.ToImmutable();
    }

    /// <summary>"START END" or "S1 E1;S2 E2".</summary>
    private static ImmutableArray<TextSpan> Pieces(string offsets, string text, string where)
    {
        var pieces = ImmutableArray.CreateBuilder<TextSpan>();
        foreach (string piece in offsets.Split(';'))
        {
            string[] bounds = piece.Trim().Split(' ');
            if (bounds.Length != 2 || !int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                || !int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out int end) || end < start || end > text.Length)
            {
                throw new InvalidDataException($"{where}: expected 'START END' pieces inside the text ({text.Length}), got '{offsets}'.");
            }

            pieces.Add(new TextSpan(start, end));
        }

        return pieces.ToImmutable();
    }
}
