using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Kronika.Nlp.Tokenization;

/// <summary>The character rules of the tokenizer: what starts and continues a word, how far a URL,
/// an e-mail address, a punctuation run or a symbol reaches. Every method returns an end offset.</summary>
internal static class Characters
{
    /// <summary>Longest e-mail address looked for; bounds the look-ahead so that hostile text stays linear.</summary>
    private const int MaxEmailLength = 254;

    private static readonly SearchValues<char> _urlStops = SearchValues.Create(" \t\r\n\u00A0\"<>„”“«»‘’`{}|\\^");
    private static readonly SearchValues<char> _urlTrailing = SearchValues.Create(".,;:!?'\")]}…");
    /// <summary>Top-level domains that make "Word.tld" one token: those common in the credits of Polish and English news.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _topLevelDomains =
        FrozenSet.Create(StringComparer.Ordinal, ["pl", "com", "org", "net", "eu", "info", "gov", "edu", "io", "tv", "ua", "ru", "by", "de", "uk", "fm"])
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The rune at <paramref name="index"/>; a lone surrogate reads as U+FFFD of length 1, so nothing is split.</summary>
    public static Rune RuneAt(ReadOnlySpan<char> text, int index, out int length)
    {
        Rune.DecodeFromUtf16(text[index..], out Rune rune, out length);
        return rune;
    }

    /// <summary>Letters and decimal digits start a word or a number.</summary>
    public static bool IsWordStart(Rune rune) => Rune.IsLetter(rune) || Rune.IsDigit(rune);

    /// <summary>Combining marks and format characters (soft hyphen, zero-width joiner) stay inside a word.</summary>
    private static bool IsWordContinuation(Rune rune)
    {
        if (Rune.IsLetterOrDigit(rune))
        {
            return true;
        }

        UnicodeCategory category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format or UnicodeCategory.LetterNumber;
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>Separators that stay inside a number when digits stand on both sides: "3,5", "1.000", "15:30", "1/2".</summary>
    private static bool IsNumberSeparator(char c) => c is '.' or ',' or ':' or '/';

    /// <summary>The end of the word or number starting at <paramref name="start"/>.</summary>
    /// <remarks>A hyphen joins when a letter or digit follows ("biało-czerwony", "COVID-19", "2023-09-15"), an apostrophe
    /// when letters stand on both sides ("don't", "O'Neill", "Bush'a"); a period, comma, colon or slash only between
    /// digits. An en dash never joins ("2010–2015" is three tokens): it is punctuation in Polish prose.</remarks>
    public static int ScanWord(ReadOnlySpan<char> text, int start, out bool hasLetter)
    {
        hasLetter = false;
        bool lastLetter = false;
        bool lastDigit = false;
        int position = start;
        while (position < text.Length)
        {
            Rune rune = RuneAt(text, position, out int length);
            if (IsWordContinuation(rune))
            {
                bool letter = Rune.IsLetter(rune);
                bool digit = Rune.IsDigit(rune);
                if (letter || digit)
                {
                    lastLetter = letter;
                    lastDigit = digit;
                }

                hasLetter |= letter;
                position += length;
                continue;
            }

            char c = text[position];
            if (position + 1 < text.Length)
            {
                Rune next = RuneAt(text, position + 1, out _);
                bool joins = (IsHyphen(c) && IsWordStart(next))
                    || (IsApostrophe(c) && lastLetter && Rune.IsLetter(next))
                    || (IsNumberSeparator(c) && lastDigit && Rune.IsDigit(next));
                if (joins)
                {
                    position++;
                    continue;
                }
            }

            break;
        }

        return position;
    }

    /// <summary>True when a capital letter followed by a period stands at <paramref name="index"/>.</summary>
    public static bool IsInitialAt(ReadOnlySpan<char> text, int index)
    {
        Rune rune = RuneAt(text, index, out int length);
        return Rune.IsUpper(rune) && index + length < text.Length && text[index + length] == '.';
    }

    /// <summary>A run of punctuation that reads as one mark: "...", "?!", "!!!"; otherwise one character.</summary>
    public static int ScanPunctuation(ReadOnlySpan<char> text, int start)
    {
        char first = text[start];
        int position = start + 1;
        if (first == '.')
        {
            while (position < text.Length && text[position] == '.')
            {
                position++;
            }
        }
        else if (first is '!' or '?')
        {
            while (position < text.Length && text[position] is '!' or '?')
            {
                position++;
            }
        }

        return position;
    }

    /// <summary>One symbol with what clings to it: combining marks, variation selectors, skin tones,
    /// emoji joined by U+200D, and the second regional indicator of a flag.</summary>
    public static int ScanSymbol(ReadOnlySpan<char> text, int start, int firstLength)
    {
        Rune first = RuneAt(text, start, out _);
        int position = start + firstLength;
        bool regional = IsRegionalIndicator(first);
        while (position < text.Length)
        {
            Rune rune = RuneAt(text, position, out int length);
            UnicodeCategory category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
                || rune.Value is >= 0xFE00 and <= 0xFE0F || rune.Value is >= 0x1F3FB and <= 0x1F3FF)
            {
                position += length;
                continue;
            }

            if (rune.Value == 0x200D && position + length < text.Length
                && Rune.GetUnicodeCategory(RuneAt(text, position + length, out int joinedLength)) == UnicodeCategory.OtherSymbol)
            {
                position += length + joinedLength;
                continue;
            }

            if (regional && IsRegionalIndicator(rune))
            {
                position += length;
                regional = false;
                continue;
            }

            break;
        }

        return position;
    }

    private static bool IsRegionalIndicator(Rune rune) => rune.Value is >= 0x1F1E6 and <= 0x1F1FF;

    /// <summary>The end of a URL starting with "http://", "https://" or "www." at <paramref name="start"/>, or -1.</summary>
    /// <remarks>Trailing sentence punctuation is left out ("see https://x.pl." ends before the period), and so is a closing
    /// bracket the URL did not open.</remarks>
    public static int MatchUrl(ReadOnlySpan<char> text, int start)
    {
        if (text[start] is not ('h' or 'H' or 'w' or 'W'))
        {
            return -1;
        }

        ReadOnlySpan<char> rest = text[start..];
        int prefix = rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
            : rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? 4
            : 0;
        if (prefix == 0)
        {
            return -1;
        }

        int stop = rest.IndexOfAny(_urlStops);
        int end = stop < 0 ? rest.Length : stop;
        int opened = 0;
        for (int index = 0; index < end; index++)
        {
            opened += rest[index] == '(' ? 1 : rest[index] == ')' ? -1 : 0;
        }

        while (end > prefix && _urlTrailing.Contains(rest[end - 1]))
        {
            // A closing bracket stays when the URL opened it ("wiki/Foo_(bar)").
            if (rest[end - 1] == ')' && opened >= 0)
            {
                break;
            }

            opened += rest[end - 1] == ')' ? 1 : 0;
            end--;
        }

        // "www." alone, or a scheme with nothing after it, is not a URL.
        return end > prefix && char.IsLetterOrDigit(rest[prefix]) ? start + end : -1;
    }

    /// <summary>The end of an e-mail address starting at <paramref name="start"/>, or -1.</summary>
    public static int MatchEmail(ReadOnlySpan<char> text, int start)
    {
        int limit = Math.Min(text.Length, start + MaxEmailLength);
        int at = -1;
        for (int position = start; position < limit; position++)
        {
            char c = text[position];
            if (c == '@')
            {
                at = position;
                break;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-'))
            {
                return -1;
            }
        }

        if (at <= start || text[at - 1] == '.')
        {
            return -1;
        }

        int end = at + 1;
        while (end < limit && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '-' || (text[end] == '.' && text[end - 1] is not ('.' or '@'))))
        {
            end++;
        }

        while (end > at + 1 && text[end - 1] is '.' or '-')
        {
            end--;
        }

        // The domain needs a dot and a top-level part of at least two letters.
        int lastDot = text[(at + 1)..end].LastIndexOf('.') + at + 1;
        return lastDot > at + 1 && lastDot < end - 2 && char.IsAsciiLetter(text[end - 1]) ? end : -1;
    }

    /// <summary>After a word ending at <paramref name="dot"/> (which holds a period), the end of a web domain such as
    /// "Onet.pl" or "tvn24.pl" when the part after the period is a known top-level domain; or -1.</summary>
    public static int MatchDomain(ReadOnlySpan<char> text, int dot)
    {
        int end = dot + 1;
        while (end < text.Length && char.IsAsciiLetterLower(text[end]) && end - dot <= 8)
        {
            end++;
        }

        bool bounded = end == text.Length || !char.IsLetterOrDigit(text[end]);
        return end > dot + 1 && bounded && _topLevelDomains.Contains(text[(dot + 1)..end]) ? end : -1;
    }
}
