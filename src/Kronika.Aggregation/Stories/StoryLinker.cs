using Kronika.Aggregation.Events;

namespace Kronika.Aggregation.Stories;

/// <summary>Decides whether two articles report the same happening: the rule stories are made by.</summary>
/// <remarks>
/// Two articles published at most <see cref="DayWindow"/> days apart belong to one story when the entities they share
/// weigh at least <see cref="MinSharedWeight"/> and cover at least <see cref="MinOverlap"/> of the lighter article's
/// entities (titles of one language with words in common add to the overlap), or when both report one event
/// (<see cref="EventMatcher"/>: a denial and the report it denies) and share entities of some weight besides. An entity weighs by how rare such entities are in the news (<see cref="WeightOf"/>):
/// a state is named by most political reports and weighs little, a person or an organisation weighs most. The weights
/// are a fixed prior, not counts over the store: counts would change as articles arrive, and the stories made so far
/// would depend on the order they came in. Language is not compared: a Polish and an English report of one meeting
/// share knowledge-base ids and event types. The rule depends on the two articles only. Stateless; safe from many threads.
/// </remarks>
public static class StoryLinker
{
    /// <summary>Most days apart two articles of one story may be published.</summary>
    public const int DayWindow = 2;

    /// <summary>Least summed weight of the shared entities: two people, or a person, a city and a state.</summary>
    public const double MinSharedWeight = 1.5;

    /// <summary>Least share of the lighter article's entity weight that the shared entities must make, without a shared event.</summary>
    public const double MinOverlap = 0.5;

    /// <summary>The weight of an entity the stories compare by: 0.25 for a state (<c>kb:country/</c>),
    /// 0.5 for other places, 1 for persons, organisations, events, products and facilities.</summary>
    public static double WeightOf(ReportedEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (IsState(entity.Id))
        {
            return 0.25;
        }

        return entity.Type is "GPE" or "LOC" ? 0.5 : 1.0;
    }

    /// <summary>The prefix of a state's knowledge-base id, before its ISO alpha-3 code (<c>kb:country/POL</c>).</summary>
    public const string StatePrefix = "kb:country/";

    /// <summary>True for a state's knowledge-base id (<c>kb:country/POL</c>).</summary>
    public static bool IsState(string id) => id.StartsWith(StatePrefix, StringComparison.Ordinal);

    /// <summary>True when <paramref name="left"/> and <paramref name="right"/> report the same happening.</summary>
    public static bool Linked(ArticleReport left, ArticleReport right, Func<string, string?> countryOf)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Published is not { } leftDay || right.Published is not { } rightDay || Math.Abs(leftDay.DayNumber - rightDay.DayNumber) > DayWindow)
        {
            return false;
        }

        var rightIds = right.Entities.ToDictionary(entity => entity.Id, StringComparer.Ordinal);
        double shared = 0, leftWeight = 0, rightWeight = right.Entities.Sum(WeightOf);
        foreach (ReportedEntity entity in left.Entities)
        {
            double weight = WeightOf(entity);
            leftWeight += weight;
            shared += rightIds.ContainsKey(entity.Id) ? weight : 0;
        }

        if (shared >= 0.5 && left.Events.Any(a => right.Events.Any(b => EventMatcher.Same(a, b, countryOf))))
        {
            return true;
        }

        if (shared < MinSharedWeight)
        {
            return false;
        }

        double overlap = shared / Math.Min(leftWeight, rightWeight);
        if (string.Equals(left.Language, right.Language, StringComparison.Ordinal) && left.TitleWords.Count > 0 && right.TitleWords.Count > 0)
        {
            int common = left.TitleWords.Intersect(right.TitleWords, StringComparer.Ordinal).Count();
            overlap += 0.25 * common / Math.Min(left.TitleWords.Count, right.TitleWords.Count);
        }

        return overlap >= MinOverlap;
    }
}
