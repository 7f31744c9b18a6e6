namespace Kronika.Aggregation.Events;

/// <summary>Decides whether two event reports state the same happening: the rule canonical events are made by.</summary>
/// <remarks>
/// Same type. For a type that binds its actors alike (<see cref="IsSymmetric"/>: a meeting, an agreement, a fight, where
/// one report writes "Putin met Lukashenko" and another "Lukashenko held talks with Putin") all actors of both roles are
/// compared and two of them must be shared (one when a report names only one); otherwise the actors that act overlap,
/// by entity id or by the state they act for (one report says "Polska", another Poland's foreign minister), and the
/// actors acted upon overlap the same way, or one report leaves them out. Days the texts state must be equal, so that
/// strikes on one city on two days stay two events; a publication day stands in for an unstated one and may be
/// <see cref="DayTolerance"/> away (reports date "yesterday" from different publication days). Places must be equal
/// when both reports name one. Modality is not compared: a denial is a report of the same event, kept as such inside
/// it. The rule depends on the two reports only, so the events it makes depend on the set of reports, not on their
/// order. Stateless; safe from many threads.
/// </remarks>
public static class EventMatcher
{
    /// <summary>Most days two reports of one event may date it apart.</summary>
    public const int DayTolerance = 1;

    /// <summary>True when <paramref name="left"/> and <paramref name="right"/> report one event.</summary>
    /// <param name="left">One report.</param>
    /// <param name="right">The other.</param>
    /// <param name="countryOf">The state an entity id acts for (ISO alpha-3), or null.</param>
    public static bool Same(ReportedEventMention left, ReportedEventMention right, Func<string, string?> countryOf)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        ArgumentNullException.ThrowIfNull(countryOf);
        if (!string.Equals(left.Type, right.Type, StringComparison.Ordinal) || left.Day is not { } leftDay || right.Day is not { } rightDay
            || Math.Abs(leftDay.DayNumber - rightDay.DayNumber) > (left.DayStated && right.DayStated ? 0 : DayTolerance))
        {
            return false;
        }

        if (left.Location is not null && right.Location is not null && !string.Equals(left.Location, right.Location, StringComparison.Ordinal))
        {
            return false;
        }

        if (IsSymmetric(left.Type))
        {
            string[] leftActors = [.. left.Source.Union(left.Target, StringComparer.Ordinal)];
            string[] rightActors = [.. right.Source.Union(right.Target, StringComparer.Ordinal)];
            return Shared(leftActors, rightActors, countryOf) >= Math.Min(2, Math.Min(leftActors.Length, rightActors.Length)) && leftActors.Length > 0;
        }

        return Shared(left.Source, right.Source, countryOf) > 0
            && (left.Target.Count == 0 || right.Target.Count == 0 || Shared(left.Target, right.Target, countryOf) > 0);
    }

    /// <summary>True for the types whose actors take part alike, whichever the text makes the subject: CONSULT, AGREE,
    /// COOPERATE, FIGHT.</summary>
    public static bool IsSymmetric(string type) => type is "CONSULT" or "AGREE" or "COOPERATE" or "FIGHT";

    /// <summary>The keys an event report is found by in an index: each acting actor's id (every actor's, for a symmetric
    /// type) and, for an actor of a state, "country:" + its code.</summary>
    public static IEnumerable<string> ActorKeys(ReportedEventMention mention, Func<string, string?> countryOf)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(countryOf);
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string id in IsSymmetric(mention.Type) ? mention.Source.Concat(mention.Target) : mention.Source)
        {
            keys.Add(id);
            if (countryOf(id) is { } country)
            {
                keys.Add("country:" + country);
            }
        }

        return keys;
    }

    // How many of the left actors have a counterpart on the right: the same id, or an actor of the same state.
    private static int Shared(IReadOnlyList<string> left, IReadOnlyList<string> right, Func<string, string?> countryOf)
    {
        int shared = 0;
        foreach (string a in left)
        {
            string? aCountry = countryOf(a);
            foreach (string b in right)
            {
                if (string.Equals(a, b, StringComparison.Ordinal) || (aCountry is not null && string.Equals(aCountry, countryOf(b), StringComparison.Ordinal)))
                {
                    shared++;
                    break;
                }
            }
        }

        return shared;
    }
}
