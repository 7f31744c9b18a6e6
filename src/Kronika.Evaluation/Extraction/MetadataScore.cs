using System.Globalization;
using System.Text;

namespace Kronika.Evaluation.Extraction;

/// <summary>Accuracy of the title, author and publication date a system extracts, each over the pages whose gold has
/// that field (a page without one is not counted; a page with one where the system found nothing is wrong).</summary>
/// <param name="Title">Titles equal to the gold's after <see cref="Normalise"/>.</param>
/// <param name="Author">Authors equal to the gold's after <see cref="Normalise"/> and <see cref="WithoutBy"/>.</param>
/// <param name="Published">Dates on the same calendar day as the gold's (<see cref="SameDay"/>).</param>
public sealed record MetadataScore(FieldScore Title, FieldScore Author, FieldScore Published)
{
    /// <summary>Scores every page's extraction against its gold.</summary>
    public static MetadataScore Measure(IEnumerable<(BenchmarkPage Page, ExtractedPage Extracted)> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var title = new FieldScore(0, 0);
        var author = new FieldScore(0, 0);
        var published = new FieldScore(0, 0);
        foreach ((BenchmarkPage page, ExtractedPage extracted) in pages)
        {
            title = title.Add(page.Title, extracted.Title, SameTitle);
            author = author.Add(page.Author, extracted.Author, SameAuthor);
            published = published.Add(page.Published, extracted.Published, SameDay);
        }

        return new MetadataScore(title, author, published);
    }

    /// <summary>True when the two titles are equal after <see cref="Normalise"/>.</summary>
    public static bool SameTitle(string gold, string extracted) => string.Equals(Normalise(gold), Normalise(extracted), StringComparison.Ordinal);

    /// <summary>True when the two author strings are equal after <see cref="Normalise"/> and <see cref="WithoutBy"/>.</summary>
    public static bool SameAuthor(string gold, string extracted) =>
        string.Equals(WithoutBy(Normalise(gold)), WithoutBy(Normalise(extracted)), StringComparison.Ordinal);

    /// <summary>True when both strings start with the same calendar date as written (<c>YYYY-MM-DD</c>, the date in the
    /// string's own time zone: no conversion between zones); a gold of only <c>YYYY-MM</c> or <c>YYYY</c> matches any
    /// date in that month or year. A string that does not start with a date is read as a date-time in any invariant
    /// format (RFC 1123 among them) and its own date taken.</summary>
    public static bool SameDay(string gold, string extracted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(extracted);
        string? goldDate = DatePart(gold.Trim());
        string? extractedDate = DatePart(extracted.Trim());
        if (goldDate is null || extractedDate is null)
        {
            return false;
        }

        return goldDate.Length < 10 ? extractedDate.StartsWith(goldDate, StringComparison.Ordinal) : string.Equals(goldDate, extractedDate, StringComparison.Ordinal);
    }

    /// <summary>Folds the differences that do not make a title or name another one: Unicode compatibility forms
    /// (NFKC), letter case (invariant lower case), curly quotes and apostrophes (to <c>"</c> and <c>'</c>), dashes and
    /// hyphens (to <c>-</c>), and white space (runs of it to one space, none at either end).</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        bool space = false;
        foreach (char c in folded)
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
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' or '\u00B4' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>A normalised byline without a leading "by " ("By Jane Doe" names Jane Doe).</summary>
    public static string WithoutBy(string normalised)
    {
        ArgumentNullException.ThrowIfNull(normalised);
        return normalised.StartsWith("by ", StringComparison.Ordinal) ? normalised[3..] : normalised;
    }

    /// <summary>The leading <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c> of an ISO-like string, or the date of a
    /// date-time in another format; null when there is none.</summary>
    private static string? DatePart(string text)
    {
        foreach (int length in (ReadOnlySpan<int>)[10, 7, 4])
        {
            string[] formats = length switch { 10 => ["yyyy-MM-dd"], 7 => ["yyyy-MM"], _ => ["yyyy"] };
            if (text.Length >= length
                && (text.Length == length || !char.IsAsciiDigit(text[length]))
                && DateTime.TryParseExact(text[..length], formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return text[..length];
            }
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out DateTimeOffset moment)
            ? moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    /// <inheritdoc />
    public override string ToString() => $"title {Title}, author {Author}, published {Published}";
}

/// <summary>How many pages with a gold value for one field got it right.</summary>
/// <param name="Correct">Pages where the extracted value matches the gold.</param>
/// <param name="Gold">Pages whose gold has a (non-blank) value for the field.</param>
public readonly record struct FieldScore(int Correct, int Gold)
{
    /// <summary>Correct / Gold, 0 to 1; 0 when no page has a gold value.</summary>
    public double Accuracy => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>This score with one more page counted when <paramref name="gold"/> is not blank.</summary>
    public FieldScore Add(string? gold, string? extracted, Func<string, string, bool> same)
    {
        ArgumentNullException.ThrowIfNull(same);
        if (string.IsNullOrWhiteSpace(gold))
        {
            return this;
        }

        bool correct = !string.IsNullOrWhiteSpace(extracted) && same(gold, extracted);
        return new FieldScore(Correct + (correct ? 1 : 0), Gold + 1);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Accuracy:F4} ({Correct} of {Gold})");
}
