using Kronika.Aggregation.Entities;
using Kronika.Aggregation.Events;
using Kronika.Aggregation.Relations;
using Kronika.Aggregation.Stories;

namespace Kronika.Aggregation.Storage;

/// <summary>Where aggregation keeps its state: in memory (<see cref="MemoryAggregateStore"/>) or in the article store's
/// database (<see cref="SqlAggregateStore"/>, migration 0005). Every lookup goes through an index (entity id and day,
/// event type and actor and day, article id, story id, event id), so the cost of one article does not grow with the store.</summary>
/// <remarks>The <see cref="Aggregator"/> calls it from one thread at a time, inside <see cref="Transaction"/>.</remarks>
public interface IAggregateStore : IDisposable
{
    /// <summary>Runs <paramref name="work"/> so that all of it is kept or none.</summary>
    void Transaction(Action work);

    /// <summary>True when the article's report was added.</summary>
    bool Contains(string articleId);

    /// <summary>Keeps <paramref name="report"/> and indexes it: its entities by day, its events by type, actor and day.</summary>
    void AddReport(ArticleReport report, IReadOnlyList<(string Entity, DateOnly Day)> entityKeys, IReadOnlyList<(int Index, string Type, string Actor, DateOnly Day)> eventKeys);

    /// <summary>The report of an added article, or null.</summary>
    ArticleReport? Report(string articleId);

    /// <summary>Ids of the articles indexed under any of <paramref name="entities"/> on a day in [<paramref name="first"/>, <paramref name="last"/>], sorted.</summary>
    IReadOnlyList<string> ArticlesNaming(IReadOnlyCollection<string> entities, DateOnly first, DateOnly last);

    /// <summary>Keys (<c>ARTICLE#INDEX</c>) of the event reports of <paramref name="type"/> indexed under any of <paramref name="actors"/> on a day in range, sorted.</summary>
    IReadOnlyList<string> EventReports(string type, IReadOnlyCollection<string> actors, DateOnly first, DateOnly last);

    /// <summary>The story of an article, or null.</summary>
    string? StoryOf(string articleId);

    /// <summary>The analysed articles of a story, sorted.</summary>
    IReadOnlyList<string> StoryMembers(string storyId);

    /// <summary>A story with its analysed articles, replacing one of that id.</summary>
    void PutStory(Story story, IReadOnlyList<string> members);

    /// <summary>A story taken away (its articles now belong to another).</summary>
    void RemoveStory(string storyId);

    /// <summary>A stored story, or null.</summary>
    Story? Story(string storyId);

    /// <summary>The canonical event of an event report, or null.</summary>
    string? EventOf(string reportKey);

    /// <summary>The canonical event with <paramref name="eventId"/>, or null.</summary>
    CanonicalEvent? CanonicalEvent(string eventId);

    /// <summary>A canonical event with its reports (keys <c>ARTICLE#INDEX</c>), replacing one of that id.</summary>
    void PutEvent(CanonicalEvent canonical, IReadOnlyList<string> reports);

    /// <summary>A canonical event taken away (its reports now belong to another).</summary>
    void RemoveEvent(string eventId);

    /// <summary>The canonical events an article reports, sorted.</summary>
    IReadOnlyList<string> EventsOfArticle(string articleId);

    /// <summary>Adds <paramref name="events"/> and <paramref name="weight"/> to the count of one pair, day and quad class.</summary>
    void AddRelation(RelationLevel level, string source, string target, DateOnly day, int quadClass, int events, long weight);

    /// <summary>The counts of pairs at <paramref name="level"/> with <paramref name="actor"/> on either side (every pair
    /// when null) on days in range, by source, target, day and quad class; counts that went back to zero left out.</summary>
    IReadOnlyList<RelationCount> Relations(RelationLevel level, string? actor, DateOnly first, DateOnly last);

    /// <summary>Records a near-duplicate input of an article; false when it was recorded before.</summary>
    bool AddCopy(string copyId, string? outlet, string original);

    /// <summary>How many near-duplicates the article has.</summary>
    int CopiesOf(string articleId);

    /// <summary>Every entity id seen with its type and name, of the names that share a join key with <paramref name="keys"/>.</summary>
    IReadOnlyList<EntitySighting> SightingsByKeys(IReadOnlyCollection<string> keys);

    /// <summary>Keeps a sighting under its join keys (unless kept before).</summary>
    void AddSighting(EntitySighting sighting, IReadOnlyCollection<string> keys);

    /// <summary>Replaces the joins of the ids in <paramref name="ids"/> with <paramref name="joins"/>.</summary>
    void PutJoins(IReadOnlyCollection<string> ids, IReadOnlyList<EntityJoin> joins);

    /// <summary>Every entity join, sorted by the joined id.</summary>
    IReadOnlyList<EntityJoin> Joins();
}
