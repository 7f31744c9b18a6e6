using System.Globalization;
using System.Text;
using Kronika.Aggregation.Events;
using Kronika.Aggregation.Relations;
using Kronika.Aggregation.Storage;
using Kronika.Aggregation.Stories;
using Kronika.Contract;

namespace Kronika.Aggregation.Tests;

/// <summary>Feeds records and near-duplicate links to an aggregator and reads back everything it made, through the
/// store's own lookups, as text that two runs can be compared by.</summary>
internal static class AggregationRun
{
    public static readonly DateOnly First = new(2026, 1, 1);
    public static readonly DateOnly Last = new(2026, 12, 31);

    /// <summary>Adds the records and copies in the given order (copies interleaved after the record at their position).</summary>
    public static void Feed(IAggregateStore store, IEnumerable<AnalysisRecord> records, IEnumerable<(string Copy, string Outlet, string Of)> copies)
    {
        var aggregator = new Aggregator(store);
        var pending = copies.ToList();
        foreach (AnalysisRecord record in records)
        {
            aggregator.Add(ArticleReport.From(record));
            if (pending.Count > 0)
            {
                (string copy, string outlet, string of) = pending[0];
                pending.RemoveAt(0);
                aggregator.AddCopy(copy, outlet, of);
            }
        }

        foreach ((string copy, string outlet, string of) in pending)
        {
            aggregator.AddCopy(copy, outlet, of);
        }
    }

    /// <summary>Every story, canonical event and relation count reachable from <paramref name="articles"/>, one per line, sorted.</summary>
    public static string Snapshot(IAggregateStore store, IEnumerable<string> articles)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string article in articles)
        {
            string storyId = store.StoryOf(article) ?? "none";
            Story? story = store.Story(storyId);
            lines.Add(story is null
                ? "story none"
                : Invariant($"story {story.Id} first {story.First} {story.FirstPublished} articles {story.Articles} copies {story.Copies} sources {story.Sources} languages {string.Join(",", story.Languages)} members {string.Join(",", store.StoryMembers(storyId))}"));
            foreach (string eventId in store.EventsOfArticle(article))
            {
                CanonicalEvent canonical = store.CanonicalEvent(eventId)!;
                lines.Add(Invariant($"event {canonical.Id} {canonical.Type} {canonical.QuadClass} {canonical.Day} {string.Join(",", canonical.Source)} -> {string.Join(",", canonical.Target)} at {canonical.Location} ")
                    + Invariant($"articles {canonical.Articles} sources {canonical.Sources} disputing {canonical.DisputingSources} {canonical.Status} {canonical.Confidence:R} earliest {canonical.EarliestArticle} {canonical.EarliestPublished}: ")
                    + string.Join(" | ", canonical.Evidence.Select(evidence => Invariant($"{evidence.Article}#{evidence.Index} {evidence.Source} {evidence.Published} {evidence.Modality} {evidence.Confidence:R} {evidence.Sentence}"))));
            }
        }

        foreach (RelationLevel level in new[] { RelationLevel.Actor, RelationLevel.State })
        {
            foreach (RelationCount count in store.Relations(level, null, First, Last))
            {
                lines.Add(Invariant($"relation {level} {count.Source} -> {count.Target} {count.Day} quad {count.QuadClass} events {count.Events} weight {count.Weight}"));
            }
        }

        foreach (Entities.EntityJoin join in store.Joins())
        {
            lines.Add("join " + join);
        }

        return new StringBuilder().AppendJoin('\n', lines).ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
