using Kronika.Aggregation.Entities;
using Kronika.Aggregation.Events;
using Kronika.Aggregation.Relations;
using Kronika.Aggregation.Stories;

namespace Kronika.Aggregation.Storage;

/// <summary>Aggregation state in memory, indexed like the SQL tables: for tests, one-off runs and as the reference the
/// SQL store is compared with. A transaction is not rolled back on failure. Not thread-safe.</summary>
public sealed class MemoryAggregateStore : IAggregateStore
{
    private readonly Dictionary<string, ArticleReport> _reports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedDictionary<DateOnly, SortedSet<string>>> _byEntity = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Actor), SortedDictionary<DateOnly, SortedSet<string>>> _byActor = [];
    private readonly Dictionary<string, string> _storyOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Story Story, string[] Members)> _stories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _eventOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CanonicalEvent> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _eventsOfArticle = new(StringComparer.Ordinal);
    private readonly Dictionary<(RelationLevel, string, string, DateOnly, int), (int Events, long Weight)> _relations = [];
    private readonly HashSet<(string Copy, string Of)> _copies = [];
    private readonly Dictionary<string, int> _copyCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedDictionary<string, EntitySighting>> _sightings = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, EntityJoin> _joins = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public void Transaction(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        work();
    }

    /// <inheritdoc/>
    public bool Contains(string articleId) => _reports.ContainsKey(articleId);

    /// <inheritdoc/>
    public void AddReport(ArticleReport report, IReadOnlyList<(string Entity, DateOnly Day)> entityKeys, IReadOnlyList<(int Index, string Type, string Actor, DateOnly Day)> eventKeys)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(entityKeys);
        ArgumentNullException.ThrowIfNull(eventKeys);
        _reports[report.Id] = report;
        foreach ((string entity, DateOnly day) in entityKeys)
        {
            Add(_byEntity, entity, day, report.Id);
        }

        foreach ((int index, string type, string actor, DateOnly day) in eventKeys)
        {
            Add(_byActor, (type, actor), day, Aggregator.KeyOf(report.Id, index));
        }
    }

    /// <inheritdoc/>
    public ArticleReport? Report(string articleId) => _reports.GetValueOrDefault(articleId);

    /// <inheritdoc/>
    public IReadOnlyList<string> ArticlesNaming(IReadOnlyCollection<string> entities, DateOnly first, DateOnly last) =>
        Lookup(_byEntity, entities, first, last);

    /// <inheritdoc/>
    public IReadOnlyList<string> EventReports(string type, IReadOnlyCollection<string> actors, DateOnly first, DateOnly last)
    {
        ArgumentNullException.ThrowIfNull(actors);
        return Lookup(_byActor, [.. actors.Select(actor => (type, actor))], first, last);
    }

    /// <inheritdoc/>
    public string? StoryOf(string articleId) => _storyOf.GetValueOrDefault(articleId);

    /// <inheritdoc/>
    public IReadOnlyList<string> StoryMembers(string storyId) => _stories.TryGetValue(storyId, out var story) ? story.Members : [];

    /// <inheritdoc/>
    public void PutStory(Story story, IReadOnlyList<string> members)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(members);
        _stories[story.Id] = (story, [.. members.Order(StringComparer.Ordinal)]);
        foreach (string member in members)
        {
            _storyOf[member] = story.Id;
        }
    }

    /// <inheritdoc/>
    public void RemoveStory(string storyId) => _stories.Remove(storyId);

    /// <inheritdoc/>
    public Story? Story(string storyId) => _stories.TryGetValue(storyId, out var story) ? story.Story : null;

    /// <summary>Every story, by id.</summary>
    public IReadOnlyList<Story> Stories() => [.. _stories.Values.Select(story => story.Story).OrderBy(story => story.Id, StringComparer.Ordinal)];

    /// <summary>Every canonical event, by id.</summary>
    public IReadOnlyList<CanonicalEvent> Events() => [.. _events.Values.OrderBy(item => item.Id, StringComparer.Ordinal)];

    /// <inheritdoc/>
    public string? EventOf(string reportKey) => _eventOf.GetValueOrDefault(reportKey);

    /// <inheritdoc/>
    public CanonicalEvent? CanonicalEvent(string eventId) => _events.GetValueOrDefault(eventId);

    /// <inheritdoc/>
    public void PutEvent(CanonicalEvent canonical, IReadOnlyList<string> reports)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        ArgumentNullException.ThrowIfNull(reports);
        _events[canonical.Id] = canonical;
        foreach (string report in reports)
        {
            _eventOf[report] = canonical.Id;
        }

        foreach (EventEvidence evidence in canonical.Evidence)
        {
            if (!_eventsOfArticle.TryGetValue(evidence.Article, out SortedSet<string>? events))
            {
                _eventsOfArticle[evidence.Article] = events = new SortedSet<string>(StringComparer.Ordinal);
            }

            events.Add(canonical.Id);
        }
    }

    /// <inheritdoc/>
    public void RemoveEvent(string eventId)
    {
        if (_events.Remove(eventId, out CanonicalEvent? removed))
        {
            foreach (EventEvidence evidence in removed.Evidence)
            {
                _eventsOfArticle[evidence.Article].Remove(eventId);
            }
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> EventsOfArticle(string articleId) =>
        _eventsOfArticle.TryGetValue(articleId, out SortedSet<string>? events) ? [.. events] : [];

    /// <inheritdoc/>
    public void AddRelation(RelationLevel level, string source, string target, DateOnly day, int quadClass, int events, long weight)
    {
        (int count, long sum) = _relations.GetValueOrDefault((level, source, target, day, quadClass));
        _relations[(level, source, target, day, quadClass)] = (count + events, sum + weight);
    }

    /// <inheritdoc/>
    public IReadOnlyList<RelationCount> Relations(RelationLevel level, string? actor, DateOnly first, DateOnly last) =>
        [.. _relations.Where(pair => pair.Key.Item1 == level && pair.Value.Events != 0 && pair.Key.Item4 >= first && pair.Key.Item4 <= last
                && (actor is null || pair.Key.Item2 == actor || pair.Key.Item3 == actor))
            .Select(pair => new RelationCount(pair.Key.Item2, pair.Key.Item3, pair.Key.Item4, pair.Key.Item5, pair.Value.Events, pair.Value.Weight))
            .OrderBy(count => count.Source, StringComparer.Ordinal).ThenBy(count => count.Target, StringComparer.Ordinal)
            .ThenBy(count => count.Day).ThenBy(count => count.QuadClass)];

    /// <inheritdoc/>
    public bool AddCopy(string copyId, string? outlet, string original)
    {
        if (!_copies.Add((copyId, original)))
        {
            return false;
        }

        _copyCounts[original] = _copyCounts.GetValueOrDefault(original) + 1;
        return true;
    }

    /// <inheritdoc/>
    public int CopiesOf(string articleId) => _copyCounts.GetValueOrDefault(articleId);

    /// <inheritdoc/>
    public IReadOnlyList<EntitySighting> SightingsByKeys(IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new SortedDictionary<string, EntitySighting>(StringComparer.Ordinal);
        foreach (string key in keys)
        {
            if (_sightings.TryGetValue(key, out SortedDictionary<string, EntitySighting>? sightings))
            {
                foreach ((string id, EntitySighting sighting) in sightings)
                {
                    found.TryAdd(id + "\n" + sighting.Name, sighting);
                }
            }
        }

        return [.. found.Values];
    }

    /// <inheritdoc/>
    public void AddSighting(EntitySighting sighting, IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(sighting);
        ArgumentNullException.ThrowIfNull(keys);
        foreach (string key in keys)
        {
            if (!_sightings.TryGetValue(key, out SortedDictionary<string, EntitySighting>? sightings))
            {
                _sightings[key] = sightings = new SortedDictionary<string, EntitySighting>(StringComparer.Ordinal);
            }

            sightings.TryAdd(sighting.Id + "\n" + sighting.Name, sighting);
        }
    }

    /// <inheritdoc/>
    public void PutJoins(IReadOnlyCollection<string> ids, IReadOnlyList<EntityJoin> joins)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(joins);
        foreach (string id in ids)
        {
            _joins.Remove(id);
        }

        foreach (EntityJoin join in joins)
        {
            _joins[join.From] = join;
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<EntityJoin> Joins() => [.. _joins.Values];

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private static void Add<TKey>(Dictionary<TKey, SortedDictionary<DateOnly, SortedSet<string>>> index, TKey key, DateOnly day, string value)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out SortedDictionary<DateOnly, SortedSet<string>>? days))
        {
            index[key] = days = [];
        }

        if (!days.TryGetValue(day, out SortedSet<string>? values))
        {
            days[day] = values = new SortedSet<string>(StringComparer.Ordinal);
        }

        values.Add(value);
    }

    private static List<string> Lookup<TKey>(Dictionary<TKey, SortedDictionary<DateOnly, SortedSet<string>>> index, IReadOnlyCollection<TKey> keys, DateOnly first, DateOnly last)
        where TKey : notnull
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (TKey key in keys)
        {
            if (!index.TryGetValue(key, out SortedDictionary<DateOnly, SortedSet<string>>? days))
            {
                continue;
            }

            for (DateOnly day = first; day <= last; day = day.AddDays(1))
            {
                if (days.TryGetValue(day, out SortedSet<string>? values))
                {
                    found.UnionWith(values);
                }
            }
        }

        return [.. found];
    }
}
