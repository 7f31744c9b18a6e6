namespace Kronika.Evaluation;

/// <summary>A largest one-to-one matching between output items and gold items (Kuhn's augmenting paths).</summary>
/// <remarks>Greedy matching can pair an output with the one gold item a later output needed and so undercount; this finds
/// the most pairs. Sizes are those of one article (tens), so the O(V·E) cost does not matter.</remarks>
internal static class MaximumMatching
{
    /// <summary>For each output index, the gold index it is matched with, or -1.</summary>
    public static int[] Match(int outputs, int golds, Func<int, int, bool> matches) => Match(outputs, golds, matches, (_, _) => false);

    /// <summary>For each output index, the gold index it is matched with, or -1: as many pairs as <paramref name="matches"/>
    /// allows, built from <paramref name="preferred"/> pairs first (two events of one type and actors, one asserted and one
    /// negated, pair with the gold of their own modality rather than crosswise).</summary>
    public static int[] Match(int outputs, int golds, Func<int, int, bool> matches, Func<int, int, bool> preferred)
    {
        var edges = new List<int>[outputs];
        var firstChoice = new List<int>[outputs];
        for (int output = 0; output < outputs; output++)
        {
            edges[output] = [];
            firstChoice[output] = [];
            for (int gold = 0; gold < golds; gold++)
            {
                if (matches(output, gold))
                {
                    (preferred(output, gold) ? firstChoice[output] : edges[output]).Add(gold);
                }
            }

            edges[output].InsertRange(0, firstChoice[output]);
        }

        var goldOwner = new int[golds];
        Array.Fill(goldOwner, -1);
        for (int output = 0; output < outputs; output++)
        {
            TryAugment(output, firstChoice, goldOwner, new bool[golds]);
        }

        for (int output = 0; output < outputs; output++)
        {
            if (!goldOwner.Contains(output))
            {
                TryAugment(output, edges, goldOwner, new bool[golds]);
            }
        }

        var result = new int[outputs];
        Array.Fill(result, -1);
        for (int gold = 0; gold < golds; gold++)
        {
            if (goldOwner[gold] >= 0)
            {
                result[goldOwner[gold]] = gold;
            }
        }

        return result;
    }

    private static bool TryAugment(int output, List<int>[] edges, int[] goldOwner, bool[] visited)
    {
        foreach (int gold in edges[output])
        {
            if (visited[gold])
            {
                continue;
            }

            visited[gold] = true;
            if (goldOwner[gold] < 0 || TryAugment(goldOwner[gold], edges, goldOwner, visited))
            {
                goldOwner[gold] = output;
                return true;
            }
        }

        return false;
    }
}
