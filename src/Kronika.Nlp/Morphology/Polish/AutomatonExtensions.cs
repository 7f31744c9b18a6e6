namespace Kronika.Nlp.Morphology.Polish;

/// <summary>Questions about a whole automaton, whatever its byte layout.</summary>
internal static class AutomatonExtensions
{
    /// <summary>How many sequences the automaton accepts: for a dictionary, its number of entries.</summary>
    /// <remarks>Counts per node once (nodes are shared), so it runs in time linear in the arcs.</remarks>
    public static long CountSequences(this IAutomaton automaton)
    {
        var counts = new Dictionary<int, long>();
        var pending = new Stack<(int Node, bool ChildrenDone)>();
        pending.Push((automaton.Root, false));
        while (pending.Count > 0)
        {
            (int node, bool childrenDone) = pending.Pop();
            if (counts.ContainsKey(node))
            {
                continue;
            }

            if (!childrenDone)
            {
                // Post-order without recursion (paths are dozens of bytes deep, nodes millions): the node comes back
                // after every child pushed above it is counted. The automaton is acyclic, so this ends.
                pending.Push((node, true));
                for (int arc = node; ; arc = automaton.Next(arc))
                {
                    int target = automaton.Target(arc);
                    if (target != 0 && !counts.ContainsKey(target))
                    {
                        pending.Push((target, false));
                    }

                    if (automaton.IsLast(arc))
                    {
                        break;
                    }
                }

                continue;
            }

            long total = 0;
            for (int arc = node; ; arc = automaton.Next(arc))
            {
                int target = automaton.Target(arc);
                total += (automaton.IsFinal(arc) ? 1 : 0) + (target != 0 ? counts[target] : 0);
                if (automaton.IsLast(arc))
                {
                    break;
                }
            }

            counts[node] = total;
        }

        return counts[automaton.Root];
    }
}
