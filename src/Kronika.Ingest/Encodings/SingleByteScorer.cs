using System.Text;

namespace Kronika.Ingest.Encodings;

/// <summary>Chooses among the single-byte code pages common on Polish and Western sites by how plausibly each
/// decodes the bytes above 0x7F.</summary>
/// <remarks>
/// The pages agree below 0x80 and on many letters above it; they differ where it matters: "ą" is 0xB9 in
/// Windows-1250 but 0xB1 in ISO-8859-2 (where 0xB9 is "š"), "ś" 0x9C vs 0xB6, "ź" 0x9F vs 0xBC, "Ś" 0x8C vs 0xA6,
/// "Ź" 0x8F vs 0xAC, "Ą" 0xA5 vs 0xA1; 0x80–0x9F are C1 controls in ISO-8859-2 and quotes and dashes in Windows-125x.
/// Each byte value gets a score per page (a letter of the page's home languages scores most, a control or a
/// stray symbol least), computed once from the decoders themselves; the text's score is the sum over its bytes.
/// </remarks>
internal static class SingleByteScorer
{
    private const string PolishLetters = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";
    private const string WesternLetters = "àâäçèéêëîïôöùûüÿñãõáíóúýæœßÀÂÄÇÈÉÊËÎÏÔÖÙÛÜŸÑÃÕÁÍÓÚÝÆŒ";
    private const string TypographicPunctuation = "€‚„…–—‘’“”•«»°§©®™ ·";

    private static readonly (int CodePage, string Name, string Home)[] _pages =
    [
        (1250, "windows-1250", PolishLetters),
        (28592, "iso-8859-2", PolishLetters),
        (1252, "windows-1252", WesternLetters),
    ];

    private static readonly Lazy<(Encoding Encoding, string Name, sbyte[] Scores)[]> _tables = new(BuildTables);

    /// <summary>The best-scoring page for <paramref name="bytes"/>; ties go to the earlier page (1250, then 8859-2).</summary>
    public static EncodingDetection Choose(ReadOnlySpan<byte> bytes)
    {
        Span<int> counts = stackalloc int[128];
        foreach (byte b in bytes)
        {
            if (b >= 0x80)
            {
                counts[b - 0x80]++;
            }
        }

        (Encoding Encoding, string Name, sbyte[] Scores)[] tables = _tables.Value;
        int best = 0;
        long bestScore = long.MinValue;
        for (int page = 0; page < tables.Length; page++)
        {
            long score = 0;
            for (int index = 0; index < 128; index++)
            {
                score += (long)counts[index] * tables[page].Scores[index];
            }

            if (score > bestScore)
            {
                (best, bestScore) = (page, score);
            }
        }

        return EncodingDetection.Of(tables[best].Encoding, tables[best].Name);
    }

    /// <summary>The score table of one page, for tests: index = byte - 0x80.</summary>
    internal static sbyte ScoreOf(string name, byte value) =>
        Array.Find(_tables.Value, table => table.Name == name).Scores[value - 0x80];

    private static (Encoding, string, sbyte[])[] BuildTables()
    {
        var tables = new (Encoding, string, sbyte[])[_pages.Length];
        for (int page = 0; page < _pages.Length; page++)
        {
            Encoding encoding = EncodingDetector.CodePage(_pages[page].CodePage);
            var scores = new sbyte[128];
            for (int value = 0x80; value <= 0xFF; value++)
            {
                string decoded = encoding.GetString([(byte)value]);
                scores[value - 0x80] = decoded.Length == 1 ? Score(decoded[0], _pages[page].Home) : (sbyte)-4;
            }

            tables[page] = (encoding, _pages[page].Name, scores);
        }

        return tables;
    }

    private static sbyte Score(char c, string home)
    {
        if (home.Contains(c, StringComparison.Ordinal))
        {
            return 3;
        }

        if (char.IsLetter(c))
        {
            return 1;
        }

        if (TypographicPunctuation.Contains(c, StringComparison.Ordinal))
        {
            return 0;
        }

        // C1 controls, the replacement character of undefined bytes, and symbols that do not occur inside words.
        return char.IsControl(c) || c == '\uFFFD' ? (sbyte)-4 : (sbyte)-2;
    }
}
