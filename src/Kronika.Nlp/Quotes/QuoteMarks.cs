namespace Kronika.Nlp.Quotes;

/// <summary>A top-level quotation in one paragraph: the offsets of its opening and closing marks.</summary>
/// <param name="Open">Offset of the opening mark.</param>
/// <param name="Close">Offset of the closing mark, or -1 when the paragraph ends before it (a quote that may continue in the next paragraph).</param>
/// <param name="OpenWidth">Characters of the opening mark: 1, or 2 for a doubled apostrophe ('').</param>
/// <param name="CloseWidth">Characters of the closing mark.</param>
internal readonly record struct QuotedSpan(int Open, int Close, int OpenWidth = 1, int CloseWidth = 1)
{
    /// <summary>Offset just past the opening mark.</summary>
    public int ContentStart => Open + OpenWidth;

    /// <summary>Offset just past the closing mark, or -1 when there is none.</summary>
    public int AfterClose => Close < 0 ? -1 : Close + CloseWidth;
}

/// <summary>Finds the top-level quotations of a paragraph: „…” and „…" (Polish), “…” and "…" (English and Polish), «…»,
/// »…«, ‘…’, and ''…'' (two apostrophes standing for a double mark, as plain-text archives of some papers write it);
/// quotations nested inside another stay inside it.</summary>
/// <remarks>A straight mark (") opens after white space, a bracket or a dash and closes after anything else; ” may both open
/// and close (some Polish writers use it for both); ’ between letters is an apostrophe, never a mark.</remarks>
internal static class QuoteMarks
{
    /// <summary>True for any character that may open or close a quotation.</summary>
    public static bool IsMark(char c) => c is '„' or '“' or '”' or '"' or '«' or '»' or '‘' or '’' or '‚';

    /// <summary>True for a character that can only open a quotation.</summary>
    public static bool IsOpener(char c) => c is '„' or '“' or '«' or '‘' or '‚';

    /// <summary>True when <c>text[i]</c> begins a doubled apostrophe ('') that stands for a double quotation mark.</summary>
    public static bool IsDoubledApostrophe(string text, int i) =>
        i + 1 < text.Length && text[i] == '\'' && text[i + 1] == '\'' && (i + 2 >= text.Length || text[i + 2] != '\'');

    /// <summary>The top-level quotations in <c>text[start, end)</c>, in order.</summary>
    public static List<QuotedSpan> Scan(string text, int start, int end)
    {
        var found = new List<QuotedSpan>();
        var stack = new List<(char Mark, int At, int Width)>();
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            int width = 1;
            if (c == '\'' && i + 1 < end && IsDoubledApostrophe(text, i))
            {
                // '' behaves as a straight double mark, two characters wide.
                c = '"';
                width = 2;
            }
            else if (!IsMark(c))
            {
                continue;
            }

            bool before = i == start || OpensAfter(text[i - 1]);
            bool after = i + width < end && !char.IsWhiteSpace(text[i + width]);
            char? top = stack.Count > 0 ? stack[^1].Mark : null;
            bool closes = top is { } open && Closes(open, c) && !(c is '"' && before && after && open is not '"')
                && !(c is '’' && i + 1 < end && char.IsLetter(text[i + 1]));
            if (closes)
            {
                (char _, int at, int openWidth) = stack[^1];
                stack.RemoveAt(stack.Count - 1);
                if (stack.Count == 0)
                {
                    found.Add(new QuotedSpan(at, i, openWidth, width));
                }

                i += width - 1;
                continue;
            }

            bool opens = c switch
            {
                '„' or '“' or '«' or '‚' => true,
                '"' or '”' => before && after,
                '‘' => before && after,
                '»' => after && top is not '«',
                _ => false,
            };
            if (opens)
            {
                stack.Add((c, i, width));
            }

            i += width - 1;
        }

        if (stack.Count > 0)
        {
            found.Add(new QuotedSpan(stack[0].At, -1, stack[0].Width));
        }

        return found;
    }

    private static bool OpensAfter(char previous) =>
        char.IsWhiteSpace(previous) || previous is '(' or '[' or '{' or '–' or '—' or '-' or ':' or '/' || IsOpener(previous);

    private static bool Closes(char open, char c) => open switch
    {
        '„' => c is '”' or '“' or '"',
        '“' => c is '”' or '"',
        '"' => c is '"' or '”' or '“',
        '”' => c is '”' or '"',
        '«' => c is '»',
        '»' => c is '«',
        '‘' or '‚' => c is '’' or '‘',
        _ => false,
    };
}
