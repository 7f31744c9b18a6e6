using Kronika.Ingest.Agencies;

namespace Kronika.Ingest.Cleaning;

/// <summary>Recognises a line that credits the article's source: a label and names ("Źródło: PAP, IAR",
/// "Source: Reuters") or agency names alone ("(PAP)", "/PAP/", "PAP, IAR").</summary>
/// <remarks>Labels come from <c>Cleaning/Data/sources.txt</c>. Immutable; safe from many threads.</remarks>
internal static class SourceLine
{
    /// <summary>Longest line (characters) that may be a source line.</summary>
    public const int MaxLength = 100;

    private static readonly Lazy<string[]> _labels = new(() =>
        [.. DataFile.Read("Cleaning/Data/sources.txt", 2).Select(entry => TextFold.Fold(entry.Columns[0].Trim())).OrderByDescending(label => label.Length)]);

    /// <summary>The labels, folded, longest first.</summary>
    internal static IReadOnlyList<string> Labels => _labels.Value;

    /// <summary>The credited source of <paramref name="line"/>: the canonical name of the first known agency it names;
    /// for a labelled line naming no known agency, the first name as written. Null when it is not a source line.</summary>
    public static string? Parse(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line.Length > MaxLength)
        {
            return null;
        }

        Span<char> folded = stackalloc char[line.Length];
        TextFold.Fold(line, folded);
        foreach (string label in _labels.Value)
        {
            if (folded.StartsWith(label, StringComparison.Ordinal))
            {
                ReadOnlySpan<char> names = line[label.Length..].Trim();
                return names.IsEmpty ? null : FirstAgency(names, requireAll: false);
            }
        }

        // No label: accept only when every name is a known agency, so that an ordinary short line is never taken.
        ReadOnlySpan<char> bare = line.Trim().Trim("()[]/").Trim();
        return bare.IsEmpty ? null : FirstAgency(bare, requireAll: true);
    }

    private static string? FirstAgency(ReadOnlySpan<char> names, bool requireAll)
    {
        if (AgencyNames.Resolve(Strip(names).ToString()) is { } whole)
        {
            return whole;
        }

        string? first = null;
        string? firstWritten = null;
        foreach (Range range in names.SplitAny(",;/&+|"))
        {
            ReadOnlySpan<char> part = Strip(names[range]);
            if (part.IsEmpty)
            {
                continue;
            }

            foreach (Range word in SplitConjunctions(part))
            {
                ReadOnlySpan<char> name = Strip(part[word]);
                if (name.IsEmpty)
                {
                    continue;
                }

                string written = name.ToString();
                string? agency = AgencyNames.Resolve(written) ?? AgencyNames.Resolve(DomainStem(written));
                if (agency is null && requireAll)
                {
                    return null;
                }

                first ??= agency;
                firstWritten ??= written;
            }
        }

        return first ?? (requireAll ? null : firstWritten);
    }

    /// <summary>Splits "PAP i IAR", "AP and AFP", "PAP oraz Reuters" at the conjunction.</summary>
    private static List<Range> SplitConjunctions(ReadOnlySpan<char> part)
    {
        var ranges = new List<Range>();
        int start = 0;
        for (int index = 0; index < part.Length; index++)
        {
            foreach (string conjunction in (ReadOnlySpan<string>)[" i ", " oraz ", " and "])
            {
                if (part[index..].StartsWith(conjunction, StringComparison.OrdinalIgnoreCase))
                {
                    ranges.Add(start..index);
                    start = index + conjunction.Length;
                    index = start - 1;
                    break;
                }
            }
        }

        ranges.Add(start..part.Length);
        return ranges;
    }

    private static ReadOnlySpan<char> Strip(ReadOnlySpan<char> name) => name.Trim().Trim("()[]\"'„”.:-–—").Trim();

    /// <summary>"unian.ua" → "unian": a site's domain credited instead of its name.</summary>
    private static string DomainStem(string name)
    {
        int dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && !name.Contains(' ', StringComparison.Ordinal) ? name[..dot] : name;
    }
}
