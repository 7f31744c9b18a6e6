namespace Kronika.Ingest.Html;

/// <summary>How much text an element holds once furniture is left out: characters (white-space runs counted once),
/// characters inside links, and commas, the cheapest sign of running prose.</summary>
/// <param name="Length">Characters of text, white-space runs counted as one.</param>
/// <param name="LinkLength">Of those, characters inside <c>a</c> elements.</param>
/// <param name="Commas">Commas in the text.</param>
/// <param name="Paragraphs">Paragraph-like descendants (<c>p</c>, <c>pre</c>, <c>blockquote</c>) with 25 or more characters.</param>
/// <param name="Prose">Characters in those paragraphs that are mostly not links: running text, not teasers.</param>
internal readonly record struct TextStats(int Length, int LinkLength, int Commas, int Paragraphs, int Prose = 0)
{
    /// <summary>The share of the text that is link text, from 0 to 1.</summary>
    public double LinkDensity => Length == 0 ? 0 : (double)LinkLength / Length;

    /// <summary>The sum of two counts.</summary>
    public static TextStats operator +(TextStats left, TextStats right) => new(
        left.Length + right.Length, left.LinkLength + right.LinkLength, left.Commas + right.Commas, left.Paragraphs + right.Paragraphs,
        left.Prose + right.Prose);

    /// <summary>The counts of a run of text, all of it inside a link when <paramref name="inLink"/> is set.</summary>
    public static TextStats Of(ReadOnlySpan<char> text, bool inLink)
    {
        int length = 0;
        int commas = 0;
        bool space = true;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    length++;
                    space = true;
                }

                continue;
            }

            space = false;
            length++;
            if (c is ',' or '\uFF0C' or '\u060C')
            {
                commas++;
            }
        }

        return new TextStats(length, inLink ? length : 0, commas, 0);
    }
}
