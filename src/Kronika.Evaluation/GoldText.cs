using System.Globalization;
using System.Text;

namespace Kronika.Evaluation;

/// <summary>How gold and output strings are compared (FORMAT.md, "Matching rules" 1).</summary>
public static class GoldText
{
    /// <summary><paramref name="text"/> with every run of Unicode white space (the no-break space U+00A0 included) turned
    /// into one plain space, and none at either end.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char character in text)
        {
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character);
        }

        return builder.ToString();
    }

    /// <summary>The form in which names are compared: <see cref="Normalize"/>d, without diacritics (letters that do not
    /// decompose too: ł→l, ø→o, đ→d, ß→ss), upper case: "Łukaszenka", "łukaszenką" and "LUKASZENKA" are one key;
    /// inflection still counts ("Łukaszence" is another).</summary>
    public static string NameKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string decomposed = Normalize(name).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (char character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            // Letters with a stroke or a ligature have no decomposition in Unicode; they are folded by hand.
            switch (character)
            {
                case 'ł' or 'Ł': builder.Append('L'); break;
                case 'ø' or 'Ø': builder.Append('O'); break;
                case 'đ' or 'Đ' or 'ð' or 'Ð': builder.Append('D'); break;
                case 'ß': builder.Append("SS"); break;
                case 'æ' or 'Æ': builder.Append("AE"); break;
                case 'œ' or 'Œ': builder.Append("OE"); break;
                case 'ı': builder.Append('I'); break;
                default: builder.Append(char.ToUpperInvariant(character)); break;
            }
        }

        return builder.ToString();
    }
}
