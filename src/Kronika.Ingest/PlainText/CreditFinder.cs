using Kronika.Ingest.Cleaning;

namespace Kronika.Ingest.PlainText;

/// <summary>Finds the photo credit that ends an image caption line (markers from <c>PlainText/Data/credits.txt</c>).</summary>
/// <remarks>Immutable; safe from many threads.</remarks>
internal static class CreditFinder
{
    /// <summary>Longest caption line (characters), credit included.</summary>
    public const int MaxCaptionLength = 300;

    /// <summary>Longest credit (characters).</summary>
    public const int MaxCreditLength = 80;

    /// <summary>Longest caption text before its credit (characters).</summary>
    public const int MaxCaptionTextLength = 220;

    private static readonly Lazy<(string Kind, string Marker, string Example)[]> _markers = new(() =>
        [.. DataFile.Read("PlainText/Data/credits.txt", 3).Select(entry => (entry.Columns[0], TextFold.Fold(entry.Columns[1]), entry.Columns[2]))]);

    /// <summary>The markers, folded, with their kind and example caption.</summary>
    internal static IReadOnlyList<(string Kind, string Marker, string Example)> Markers => _markers.Value;

    /// <summary>The offset within <paramref name="line"/> where its photo credit starts, or -1 when the line is not a
    /// caption that ends in a credit.</summary>
    public static int Find(ReadOnlySpan<char> line)
    {
        if (line.Length < 3 || line.Length > MaxCaptionLength)
        {
            return -1;
        }

        Span<char> folded = stackalloc char[line.Length];
        TextFold.Fold(line, folded);
        int best = -1;
        foreach ((string kind, string marker, _) in _markers.Value)
        {
            int start = kind == "name" ? FindName(folded, marker) : FindPrefix(line, folded, marker);
            if (start >= 0 && (best < 0 || start < best))
            {
                best = start;
            }
        }

        return best >= 0 && best <= MaxCaptionTextLength && !HasSentenceBreak(line[..best]) ? best : -1;
    }

    /// <summary>True when a sentence ends inside <paramref name="text"/> and another begins: body text, not a caption.</summary>
    private static bool HasSentenceBreak(ReadOnlySpan<char> text)
    {
        for (int index = 1; index + 2 < text.Length; index++)
        {
            if (text[index] is '.' or '!' or '?' && text[index + 1] == ' ' && char.IsUpper(text[index + 2]) && char.IsLower(text[index - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the words after a credit marker read as prose (two or more lowercase words of four letters
    /// or more: "Foto: PAP Fundamentaliści żądają kary śmierci"), not as names and agencies.</summary>
    private static bool IsProse(ReadOnlySpan<char> rest)
    {
        int lowercaseWords = 0;
        foreach (Range range in rest.Split(' '))
        {
            ReadOnlySpan<char> word = rest[range].Trim("()[],.;:/");
            if (word.Length >= 4 && char.IsLower(word[0]) && !word.Contains('/') && !word.Contains('.'))
            {
                lowercaseWords++;
            }
        }

        return lowercaseWords >= 2;
    }

    private static int FindPrefix(ReadOnlySpan<char> line, ReadOnlySpan<char> folded, string marker)
    {
        int from = Math.Max(0, folded.Length - MaxCreditLength - 1);
        for (int at = folded[from..].IndexOf(marker, StringComparison.Ordinal); at >= 0;)
        {
            int start = from + at;
            ReadOnlySpan<char> rest = folded[(start + marker.Length)..];
            if (IsBoundary(folded, start) && HasLetterOrDigit(rest) && !IsProse(line[(start + marker.Length)..]))
            {
                return OpeningBracket(folded, start);
            }

            from = start + 1;
            at = folded[from..].IndexOf(marker, StringComparison.Ordinal);
        }

        return -1;
    }

    private static int FindName(ReadOnlySpan<char> folded, string marker)
    {
        ReadOnlySpan<char> trimmed = folded.TrimEnd(".)] ");
        if (!trimmed.EndsWith(marker, StringComparison.Ordinal))
        {
            return -1;
        }

        int start = trimmed.Length - marker.Length;
        if (!IsBoundary(folded, start))
        {
            return -1;
        }

        // "AFP/Getty Images": the agency joined by a slash belongs to the credit.
        if (start > 0 && folded[start - 1] == '/')
        {
            int word = folded[..(start - 1)].LastIndexOfAny(' ', '(');
            start = word + 1;
        }

        return OpeningBracket(folded, start);
    }

    /// <summary>A credit in brackets that close the line ("(Photo by ...)") starts at its bracket.</summary>
    private static int OpeningBracket(ReadOnlySpan<char> folded, int start)
    {
        int open = folded[..start].TrimEnd(' ').Length - 1;
        return open >= 0 && folded[open] is '(' or '[' && folded.TrimEnd(' ')[^1] is ')' or ']' ? open : start;
    }

    private static bool IsBoundary(ReadOnlySpan<char> folded, int start) =>
        start == 0 || !char.IsLetterOrDigit(folded[start - 1]);

    private static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
