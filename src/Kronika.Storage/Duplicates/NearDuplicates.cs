namespace Kronika.Storage.Duplicates;

/// <summary>The shared steps of every store's near-duplicate lookup: candidates by fingerprint, then confirmation by text.</summary>
internal static class NearDuplicates
{
    /// <summary>The stored fingerprints within <see cref="SimHash.CandidateDistance"/> bits of <paramref name="fingerprint"/>,
    /// nearest first (ties by id), out of the rows that share a band with it.</summary>
    public static List<(string Id, int Distance)> Candidates(ulong fingerprint, IEnumerable<(string Id, long Stored)> rows)
    {
        var candidates = new List<(string Id, int Distance)>();
        foreach ((string id, long stored) in rows)
        {
            int distance = SimHash.Distance(fingerprint, SimHash.FromStored(stored));
            if (distance <= SimHash.CandidateDistance)
            {
                candidates.Add((id, distance));
            }
        }

        candidates.Sort((left, right) => left.Distance != right.Distance ? left.Distance.CompareTo(right.Distance) : string.CompareOrdinal(left.Id, right.Id));
        return candidates;
    }

    /// <summary>The candidate most like <paramref name="text"/> by the Jaccard similarity of 3-word shingles, when at
    /// least <see cref="Shingles.MinJaccard"/>; ties go to the nearer fingerprint, then the smaller id. Null otherwise.</summary>
    /// <param name="text">The new text.</param>
    /// <param name="fingerprint">Its fingerprint.</param>
    /// <param name="candidates">From <see cref="Candidates"/>, in its order.</param>
    /// <param name="textOf">The stored text of a candidate, read only for candidates (a few rows, not the band matches).</param>
    public static NearDuplicate? Confirm(string text, ulong fingerprint, IReadOnlyList<(string Id, int Distance)> candidates, Func<string, string?> textOf)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        HashSet<string> shingles = Shingles.Of(text);
        NearDuplicate? best = null;
        foreach ((string id, int distance) in candidates)
        {
            if (textOf(id) is not { } stored)
            {
                continue;
            }

            double similarity = Shingles.Jaccard(shingles, Shingles.Of(stored));
            if (similarity >= Shingles.MinJaccard && (best is null || similarity > best.Similarity))
            {
                best = new NearDuplicate(id, fingerprint, distance, similarity);
            }
        }

        return best;
    }
}
