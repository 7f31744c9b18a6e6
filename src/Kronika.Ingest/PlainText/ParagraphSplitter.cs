using Kronika.Ingest.Cleaning;

namespace Kronika.Ingest.PlainText;

/// <summary>Decides whether consecutive text lines of one block are one paragraph or several.</summary>
/// <remarks>
/// Hard-wrapped prose (every line but the last filling at least 60% of the longest, the longest 30–120 characters,
/// some line breaking inside a sentence) is one paragraph. Otherwise a line break is a paragraph break only where the line before ends a sentence and the line
/// after starts one; elsewhere (a break inside a sentence, a next line starting in lowercase) the lines join.
/// </remarks>
internal static class ParagraphSplitter
{
    /// <summary>Adds to <paramref name="paragraphs"/> the line ranges [first, last] that lines
    /// <paramref name="first"/> to <paramref name="last"/> of <paramref name="lines"/> form.</summary>
    public static void Split(NormalizedLines lines, int first, int last, List<(int First, int Last)> paragraphs)
    {
        if (first == last || LooksWrapped(lines, first, last))
        {
            paragraphs.Add((first, last));
            return;
        }

        int start = first;
        for (int line = first; line < last; line++)
        {
            if (LineShape.EndsSentence(lines.Text(line)) && LineShape.StartsSentence(lines.Text(line + 1)))
            {
                paragraphs.Add((start, line));
                start = line + 1;
            }
        }

        paragraphs.Add((start, last));
    }

    private static bool LooksWrapped(NormalizedLines lines, int first, int last)
    {
        int longest = 0;
        for (int line = first; line <= last; line++)
        {
            longest = Math.Max(longest, lines[line].Length);
        }

        if (longest is < 30 or > 120)
        {
            return false;
        }

        bool breaksInsideSentence = false;
        for (int line = first; line < last; line++)
        {
            if (lines[line].Length * 10 < longest * 6)
            {
                return false;
            }

            breaksInsideSentence |= !LineShape.EndsSentence(lines.Text(line));
        }

        // Short paragraphs of similar length, each ending a sentence, are paragraphs, not wrapped lines.
        return breaksInsideSentence;
    }
}
