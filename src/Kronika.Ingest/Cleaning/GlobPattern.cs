namespace Kronika.Ingest.Cleaning;

/// <summary>A whole-line pattern over folded text: <c>*</c> matches any run of characters (none included),
/// <c>#</c> one or more digits, every other character itself.</summary>
/// <remarks>Linear-time matching with one backtrack point (the classic wildcard algorithm), so a hostile line cannot
/// make it slow; no regular expressions, because the patterns come from data files.</remarks>
internal static class GlobPattern
{
    /// <summary>True when <paramref name="pattern"/> matches all of <paramref name="text"/>.</summary>
    public static bool IsMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        int p = 0;
        int t = 0;
        int starP = -1;
        int starT = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                starP = ++p;
                starT = t;
                continue;
            }

            if (p < pattern.Length && pattern[p] == '#' && char.IsAsciiDigit(text[t]))
            {
                while (t < text.Length && char.IsAsciiDigit(text[t]))
                {
                    t++;
                }

                p++;
                continue;
            }

            if (p < pattern.Length && pattern[p] != '#' && pattern[p] == text[t])
            {
                p++;
                t++;
                continue;
            }

            if (starP < 0)
            {
                return false;
            }

            p = starP;
            t = ++starT;
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    /// <summary>The literal text before the first wildcard.</summary>
    public static ReadOnlySpan<char> LiteralPrefix(ReadOnlySpan<char> pattern)
    {
        int wildcard = pattern.IndexOfAny('*', '#');
        return wildcard < 0 ? pattern : pattern[..wildcard];
    }
}
