namespace Kronika.Nlp.Quotes;

/// <summary>A top-level quotation in one paragraph: the offsets of its opening and closing marks.</summary>
/// <param name="Open">Offset of the opening mark.</param>
/// <param name="Close">Offset of the closing mark, or -1 when the paragraph ends before it (a quote that may continue in the next paragraph).</param>
internal readonly record struct QuotedSpan(int Open, int Close);

/// <summary>Finds the top-level quotations of a paragraph: „…” and „…" (Polish), “…” and "…" (English and Polish), «…»,
/// »…«, and ‘…’; quotations nested inside another stay inside it.</summary>
/// <remarks>A straight mark (") opens after white space, a bracket or a dash and closes after anything else; ” may both open
/// and close (some Polish writers use it for both); ’ between letters is an apostrophe, never a mark.</remarks>
internal static class QuoteMarks
{
    /// <summary>True for any character that may open or close a quotation.</summary>
    public static bool IsMark(char c) => c is '„' or '“' or '”' or '"' or '«' or '»' or '‘' or '’' or '‚';

    /// <summary>True for a character that can only open a quotation.</summary>
    public static bool IsOpener(char c) => c is '„' or '“' or '«' or '‘' or '‚';

    /// <summary>The top-level quotations in <c>text[start, end)</c>, in order.</summary>
    public static List<QuotedSpan> Scan(string text, int start, int end)
    {
        var found = new List<QuotedSpan>();
        var stack = new List<(char Mark, int At)>();
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (!IsMark(c))
            {
                continue;
            }

            bool before = i == start || OpensAfter(text[i - 1]);
            bool after = i + 1 < end && !char.IsWhiteSpace(text[i + 1]);
            char? top = stack.Count > 0 ? stack[^1].Mark : null;
            bool closes = top is { } open && Closes(open, c) && !(c is '"' && before && after && open is not '"')
                && !(c is '’' && i + 1 < end && char.IsLetter(text[i + 1]));
            if (closes)
            {
                (char _, int at) = stack[^1];
                stack.RemoveAt(stack.Count - 1);
                if (stack.Count == 0)
                {
                    found.Add(new QuotedSpan(at, i));
                }

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
                stack.Add((c, i));
            }
        }

        if (stack.Count > 0)
        {
            found.Add(new QuotedSpan(stack[0].At, -1));
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
