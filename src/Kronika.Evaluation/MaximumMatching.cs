namespace Kronika.Evaluation;

/// <summary>A largest one-to-one matching between output items and gold items (Kuhn's augmenting paths).</summary>
/// <remarks>Greedy matching can pair an output with the one gold item a later output needed and so undercount; this finds
/// the most pairs. Sizes are those of one article (tens), so the O(V·E) cost does not matter.</remarks>
internal static class MaximumMatching
{
    /// <summary>For each output index, the gold index it is matched with, or -1.</summary>
    public static int[] Match(int outputs, int golds, Func<int, int, bool> matches)
    {
        var edges = new List<int>[outputs];
        for (int output = 0; output < outputs; output++)
        {
            edges[output] = [];
            for (int gold = 0; gold < golds; gold++)
            {
                if (matches(output, gold))
                {
                    edges[output].Add(gold);
                }
            }
        }

        var goldOwner = new int[golds];
        Array.Fill(goldOwner, -1);
        for (int output = 0; output < outputs; output++)
        {
            TryAugment(output, edges, goldOwner, new bool[golds]);
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
