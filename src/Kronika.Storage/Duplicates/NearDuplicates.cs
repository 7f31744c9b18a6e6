namespace Kronika.Storage.Duplicates;

/// <summary>Confirms SimHash candidates by their texts: the shared step of every store's near-duplicate lookup.</summary>
internal static class NearDuplicates
{
    /// <summary>The candidate most like <paramref name="text"/> by the Jaccard similarity of 3-word shingles, when at
    /// least <see cref="Shingles.MinJaccard"/>; ties go to the nearer fingerprint, then the smaller id. Null otherwise.</summary>
    public static NearDuplicate? Confirm(string text, IReadOnlyList<(string Id, int Distance, string Text)> candidates)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        HashSet<string> shingles = Shingles.Of(text);
        NearDuplicate? best = null;
        foreach ((string id, int distance, string stored) in candidates.OrderBy(candidate => candidate.Distance).ThenBy(candidate => candidate.Id, StringComparer.Ordinal))
        {
            double similarity = Shingles.Jaccard(shingles, Shingles.Of(stored));
            if (similarity >= Shingles.MinJaccard && (best is null || similarity > best.Similarity))
            {
                best = new NearDuplicate(id, distance, similarity);
            }
        }

        return best;
    }
}
