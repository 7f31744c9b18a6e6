using System.Buffers;

namespace Kronika.Ingest.PlainText;

/// <summary>Cheap tests of how a normalised line looks: how it ends, how it starts, whether it could be a heading.</summary>
internal static class LineShape
{
    /// <summary>Longest subheading (characters).</summary>
    public const int MaxHeadingLength = 100;

    /// <summary>Most words in a subheading.</summary>
    public const int MaxHeadingWords = 15;

    private const string ClosingMarks = "\"'”’»)]";
    private static readonly SearchValues<char> _sentenceEnd = SearchValues.Create(".!?…");
    private static readonly SearchValues<char> _sentenceOpeners = SearchValues.Create("\"'„“«-–—•*(");
    private static readonly SearchValues<char> _headingOpeners = SearchValues.Create("\"„“«");
    private static readonly SearchValues<char> _headingEnders = SearchValues.Create(".!?:;,…-–—");

    /// <summary>True when the line ends a sentence: final ".", "!", "?" or "…", possibly followed by closing quotes or brackets.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> trimmed = line.TrimEnd(ClosingMarks);
        return !trimmed.IsEmpty && _sentenceEnd.Contains(trimmed[^1]);
    }

    /// <summary>True when the line starts like a new sentence: an uppercase letter, a digit, a quotation mark or a dash.</summary>
    public static bool StartsSentence(ReadOnlySpan<char> line) =>
        !line.IsEmpty && (char.IsUpper(line[0]) || char.IsDigit(line[0]) || _sentenceOpeners.Contains(line[0]));

    /// <summary>True when the line could be a subheading: short, starting with a capital or a digit, with no final
    /// sentence punctuation (". ! ? : ; , …"), so "Kim Dzong Un w Rosji" is one and "Caddell continued:" is not.</summary>
    public static bool IsHeadingLike(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line.Length > MaxHeadingLength || !(char.IsUpper(line[0]) || char.IsDigit(line[0]) || _headingOpeners.Contains(line[0])))
        {
            return false;
        }

        if (_headingEnders.Contains(line[^1]) || line.Count(' ') >= MaxHeadingWords)
        {
            return false;
        }

        // A quotation that closes after its own full stop ('… powiedział "tak."') is a sentence, not a heading.
        ReadOnlySpan<char> inner = line.TrimEnd(ClosingMarks);
        return !inner.IsEmpty && !_sentenceEnd.Contains(inner[^1]);
    }

    /// <summary>True when the line holds at least one letter or digit.</summary>
    public static bool HasLetterOrDigit(ReadOnlySpan<char> line)
    {
        foreach (char c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the whole line is one web address ("https://…", "www.…").</summary>
    public static bool IsBareUrl(ReadOnlySpan<char> line) =>
        !line.Contains(' ')
        && (line.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || line.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("www.", StringComparison.OrdinalIgnoreCase));
}
