namespace Kronika.Storage.Duplicates;

/// <summary>The set of overlapping 3-word shingles of a text (lower-cased words of letters and digits), and the Jaccard
/// similarity of two such sets: the measure that confirms a SimHash candidate as a near-duplicate.</summary>
/// <remarks>Stateless; safe from many threads.</remarks>
public static class Shingles
{
    /// <summary>Least Jaccard similarity at which two texts are near-duplicates: the same report with a new headline,
    /// a trimmed or added sentence, a changed word.</summary>
    public const double MinJaccard = 0.8;

    /// <summary>The distinct 3-word shingles of <paramref name="text"/>.</summary>
    public static HashSet<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<string> words = WordRanges.Of(text).ConvertAll(word => text.Substring(word.Start, word.Length).ToLowerInvariant());
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (int index = 0; index + 3 <= words.Count; index++)
        {
            shingles.Add(string.Join(' ', words[index], words[index + 1], words[index + 2]));
        }

        return shingles;
    }

    /// <summary>|A ∩ B| / |A ∪ B|, 0 for two empty sets.</summary>
    public static double Jaccard(HashSet<string> left, HashSet<string> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Count == 0 && right.Count == 0)
        {
            return 0;
        }

        int shared = left.Count <= right.Count ? left.Count(right.Contains) : right.Count(left.Contains);
        return (double)shared / (left.Count + right.Count - shared);
    }
}
