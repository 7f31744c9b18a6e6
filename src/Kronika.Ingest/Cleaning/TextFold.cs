namespace Kronika.Ingest.Cleaning;

/// <summary>Folds text for matching: lowercase, without diacritics, typographic quotes and dashes made plain.</summary>
/// <remarks>One character in, one character out, so folded offsets equal the offsets of the input.
/// Immutable table built once; safe from many threads.</remarks>
internal static class TextFold
{
    private const int TableSize = 0x2400;
    private static readonly char[] _table = BuildTable();

    /// <summary>Writes the folded form of <paramref name="source"/> into <paramref name="destination"/> (at least as long).</summary>
    public static void Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (int index = 0; index < source.Length; index++)
        {
            destination[index] = Fold(source[index]);
        }
    }

    /// <summary>The folded string of <paramref name="text"/>; for cold paths (loading data, tests).</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (destination, source) => Fold(source, destination));
    }

    /// <summary>One folded character.</summary>
    public static char Fold(char c) => c < TableSize ? _table[c] : char.ToLowerInvariant(c);

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (int code = 0; code < TableSize; code++)
        {
            char c = char.ToLowerInvariant((char)code);
            if (c >= 0x80 && !char.IsSurrogate(c))
            {
                string decomposed = c.ToString().Normalize(System.Text.NormalizationForm.FormD);
                if (decomposed.Length > 0 && decomposed[0] < 0x80)
                {
                    c = decomposed[0];
                }
            }

            table[code] = c;
        }

        // Letters that Unicode does not decompose but that readers treat as a base letter with a mark.
        table['ł'] = 'l';
        table['Ł'] = 'l';
        table['đ'] = 'd';
        table['Đ'] = 'd';
        table['ø'] = 'o';
        table['Ø'] = 'o';
        foreach (char quote in "„“”«»\u201f″")
        {
            table[quote] = '"';
        }

        foreach (char apostrophe in "‘’‚‛′`")
        {
            table[apostrophe] = '\'';
        }

        foreach (char dash in "‐‑‒–—―−")
        {
            table[dash] = '-';
        }

        return table;
    }
}
