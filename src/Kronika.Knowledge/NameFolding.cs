using System.Globalization;
using System.Text;

namespace Kronika.Knowledge;

/// <summary>The two keys the name index uses: <see cref="Key"/> ignores case, spacing and typographic variants of
/// apostrophes and dashes but keeps diacritics ("Łódź" ≠ "Lodz"); <see cref="Fold"/> also drops diacritics, dots and
/// hyphens ("Łódź" = "lodz", "U.S.A." = "USA", "Guinea-Bissau" = "Guinea Bissau"). Culture-independent.</summary>
public static class NameFolding
{
    /// <summary>The case-insensitive key: NFC, lower case (invariant), one space between words, ' for every apostrophe
    /// and - for every dash.</summary>
    public static string Key(string name)
    {
        string normalized = name.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normalized.Length);
        bool space = false;
        foreach (char c in normalized)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02bc' or '\u02bb' or '`' or '\u00b4' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }

    /// <summary>The diacritics-free key: <see cref="Key"/>, then letters stripped of combining marks (ł→l, ø→o, ß→ss,
    /// æ→ae, đ→d), dots removed, hyphens as spaces.</summary>
    public static string Fold(string name)
    {
        string decomposed = Key(name).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '.')
            {
                continue;
            }

            switch (c)
            {
                case 'ł': builder.Append('l'); break;
                case 'ø': builder.Append('o'); break;
                case 'đ': builder.Append('d'); break;
                case 'ı': builder.Append('i'); break;
                case 'ß': builder.Append("ss"); break;
                case 'æ': builder.Append("ae"); break;
                case 'œ': builder.Append("oe"); break;
                case '-':
                case ' ':
                    if (builder.Length > 0 && builder[^1] != ' ')
                    {
                        builder.Append(' ');
                    }

                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString().TrimEnd().Normalize(NormalizationForm.FormC);
    }
}
