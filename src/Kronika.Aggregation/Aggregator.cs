using Kronika.Aggregation.Entities;
using Kronika.Aggregation.Events;
using Kronika.Aggregation.Relations;
using Kronika.Aggregation.Storage;
using Kronika.Aggregation.Stories;
using Kronika.Knowledge;
using Kronika.Knowledge.Transliteration;
using Kronika.Storage.Layers;

namespace Kronika.Aggregation;

/// <summary>Adds articles to the record across articles as they arrive: their stories, the canonical events they report,
/// the actor relations those events make, and the joins of the entities they name.</summary>
/// <remarks>
/// Stories and canonical events are the connected parts of two pairwise rules (<see cref="StoryLinker"/>,
/// <see cref="EventMatcher"/>) that look only at the two reports compared, each part named by its earliest member; so
/// the same articles give the same stories and events whatever order they arrive in, and adding one twice adds nothing.
/// An article reads only its neighbourhood: the articles naming its weightier entities within
/// <see cref="StoryLinker.DayWindow"/> days and the event reports of its types and actors within
/// <see cref="EventMatcher.DayTolerance"/> days, through the store's indexes, and the members of the stories and events
/// it joins. Relation counts are kept per canonical event: when an event changes, its old counts are taken away and its
/// new ones added, in whole millionths, so the sums are exact in any order. Not thread-safe: one writer at a time.
/// </remarks>
public sealed class Aggregator
{
    private readonly IAggregateStore _store;
    private readonly KnowledgeBase? _knowledge;

    /// <summary>An aggregator writing to <paramref name="store"/>, joining discovered entities to
    /// <paramref name="knowledge"/>'s records too when given.</summary>
    public Aggregator(IAggregateStore store, KnowledgeBase? knowledge = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _knowledge = knowledge;
    }

    /// <summary>Adds one article's report, in one transaction.</summary>
    /// <returns>False when it was added before (nothing changes).</returns>
    public bool Add(ArticleReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        bool added = false;
        _store.Transaction(() =>
        {
            if (_store.Contains(report.Id))
            {
                return;
            }

            added = true;
            var reports = new Dictionary<string, ArticleReport>(StringComparer.Ordinal) { [report.Id] = report };
            _store.AddReport(report, EntityKeys(report), EventKeys(report));
            JoinStory(report, reports);
            foreach (ReportedEventMention mention in report.Events)
            {
                JoinEvent(report, mention, reports);
            }

            JoinEntities(report);
        });
        return added;
    }

    /// <summary>Records that <paramref name="copyId"/> nearly repeats the article <paramref name="original"/> (a duplicate link
    /// of the article store): it counts among the articles of that article's story and events, not among their sources.</summary>
    /// <returns>False when the link was recorded before.</returns>
    public bool AddCopy(string copyId, string? outlet, string original)
    {
        ArgumentNullException.ThrowIfNull(copyId);
        ArgumentNullException.ThrowIfNull(original);
        bool added = false;
        _store.Transaction(() =>
        {
            added = _store.AddCopy(copyId, outlet, original);
            if (!added || !_store.Contains(original))
            {
                return;
            }

            var reports = new Dictionary<string, ArticleReport>(StringComparer.Ordinal);
            if (_store.StoryOf(original) is { } storyId)
            {
                IReadOnlyList<string> members = _store.StoryMembers(storyId);
                _store.PutStory(SummariseStory(storyId, members, reports), members);
            }

            foreach (string eventId in _store.EventsOfArticle(original))
            {
                CanonicalEvent old = _store.CanonicalEvent(eventId)!;
                IReadOnlyList<string> keys = [.. old.Evidence.Select(evidence => KeyOf(evidence.Article, evidence.Index))];
                _store.PutEvent(SummariseEvent(eventId, keys, reports), keys);
            }
        });
        return added;
    }

    /// <summary>The key of one event report: <c>ARTICLE#INDEX</c>.</summary>
    public static string KeyOf(string article, int index) => article + "#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The state an entity of <paramref name="report"/> acts for: its country, or the state itself for a state's id.</summary>
    public static string? CountryIn(ArticleReport report, string id)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(id);
        if (StoryLinker.IsState(id))
        {
            return id[StoryLinker.StatePrefix.Length..];
        }

        foreach (ReportedEntity entity in report.Entities)
        {
            if (string.Equals(entity.Id, id, StringComparison.Ordinal))
            {
                return entity.Country;
            }
        }

        return null;
    }

    private static List<(string, DateOnly)> EntityKeys(ArticleReport report)
    {
        var keys = new List<(string, DateOnly)>();
        if (report.Published is { } day)
        {
            // States are too common to find neighbours by; the story rule still counts them.
            keys.AddRange(report.Entities.Where(entity => StoryLinker.WeightOf(entity) >= 0.5).Select(entity => (entity.Id, day)));
        }

        return keys;
    }

    private static List<(int, string, string, DateOnly)> EventKeys(ArticleReport report)
    {
        var keys = new List<(int, string, string, DateOnly)>();
        foreach (ReportedEventMention mention in report.Events)
        {
            if (mention.Day is { } day)
            {
                keys.AddRange(EventMatcher.ActorKeys(mention, id => CountryIn(report, id)).Select(actor => (mention.Index, mention.Type, actor, day)));
            }
        }

        return keys;
    }

    private void JoinStory(ArticleReport report, Dictionary<string, ArticleReport> reports)
    {
        var stories = new SortedSet<string>(StringComparer.Ordinal);
        if (report.Published is { } day)
        {
            // Neighbours: the articles naming its weightier entities, and those reporting an event of its types and
            // actors (a denial may share nothing else with the report it denies).
            string[] weighty = [.. report.Entities.Where(entity => StoryLinker.WeightOf(entity) >= 0.5).Select(entity => entity.Id)];
            var candidates = new SortedSet<string>(_store.ArticlesNaming(weighty, day.AddDays(-StoryLinker.DayWindow), day.AddDays(StoryLinker.DayWindow)), StringComparer.Ordinal);
            foreach (ReportedEventMention mention in report.Events)
            {
                if (mention.Day is { } eventDay)
                {
                    string[] actors = [.. EventMatcher.ActorKeys(mention, id => CountryIn(report, id))];
                    IReadOnlyList<string> keys = _store.EventReports(mention.Type, actors, eventDay.AddDays(-EventMatcher.DayTolerance), eventDay.AddDays(EventMatcher.DayTolerance));
                    candidates.UnionWith(keys.Select(key => key[..key.LastIndexOf('#')]));
                }
            }

            foreach (string candidate in candidates)
            {
                if (candidate != report.Id && _store.StoryOf(candidate) is { } story && !stories.Contains(story)
                    && StoryLinker.Linked(report, Load(candidate, reports), PairCountry(report, reports[candidate])))
                {
                    stories.Add(story);
                }
            }
        }

        var members = new SortedSet<string>(StringComparer.Ordinal) { report.Id };
        foreach (string story in stories)
        {
            members.UnionWith(_store.StoryMembers(story));
        }

        string storyId = "story:" + Earliest(members, reports);
        foreach (string story in stories)
        {
            if (story != storyId)
            {
                _store.RemoveStory(story);
            }
        }

        _store.PutStory(SummariseStory(storyId, [.. members], reports), [.. members]);
    }

    private void JoinEvent(ArticleReport report, ReportedEventMention mention, Dictionary<string, ArticleReport> reports)
    {
        string key = KeyOf(report.Id, mention.Index);
        var events = new SortedSet<string>(StringComparer.Ordinal);
        if (mention.Day is { } day)
        {
            string[] actors = [.. EventMatcher.ActorKeys(mention, id => CountryIn(report, id))];
            foreach (string candidate in _store.EventReports(mention.Type, actors, day.AddDays(-EventMatcher.DayTolerance), day.AddDays(EventMatcher.DayTolerance)))
            {
                if (candidate == key || _store.EventOf(candidate) is not { } canonical || events.Contains(canonical))
                {
                    continue;
                }

                (ArticleReport other, ReportedEventMention otherMention) = Mention(candidate, reports);
                if (EventMatcher.Same(mention, otherMention, PairCountry(report, other)))
                {
                    events.Add(canonical);
                }
            }
        }

        var keys = new SortedSet<string>(StringComparer.Ordinal) { key };
        foreach (string canonical in events)
        {
            CanonicalEvent old = _store.CanonicalEvent(canonical)!;
            keys.UnionWith(old.Evidence.Select(evidence => KeyOf(evidence.Article, evidence.Index)));
            Count(old, -1, reports);
            _store.RemoveEvent(canonical);
        }

        string eventId = "event:" + keys.MinBy(item => Order(item, reports), OrderComparer.Instance)!;
        CanonicalEvent merged = SummariseEvent(eventId, [.. keys], reports);
        _store.PutEvent(merged, [.. keys]);
        Count(merged, +1, reports);
    }

    // A discovered entity's join keys: its folded name, its transliteration skeleton (persons) and, for a one-word
    // person name, the surname key under which fuller names are kept; the joins of everything sharing a key are redone.
    private void JoinEntities(ArticleReport report)
    {
        foreach (ReportedEntity entity in report.Entities)
        {
            var sighting = new EntitySighting(entity.Id, entity.Type, entity.Name, report.Language);
            string[] keys = JoinKeys(sighting);
            _store.AddSighting(sighting, keys);
            if (!EntityJoiner.IsNew(entity.Id))
            {
                continue;
            }

            IReadOnlyList<EntitySighting> group = _store.SightingsByKeys(keys);
            IReadOnlyList<EntityJoin> joins = EntityJoiner.Join(group, _knowledge);
            _store.PutJoins([.. group.Select(item => item.Id).Where(EntityJoiner.IsNew)], joins);
        }
    }

    private static string[] JoinKeys(EntitySighting sighting)
    {
        string kind = EntityJoiner.KindOf(sighting.Type);
        var keys = new List<string> { kind + "|name|" + NameFolding.Key(sighting.Name) };
        string[] words = sighting.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (kind == "PER")
        {
            keys.Add("PER|surname|" + NameFolding.Key(words[^1]));
            if (words.Length >= 2)
            {
                keys.Add("PER|skeleton|" + NameSkeleton.Of(sighting.Name, sighting.Language));
            }
        }

        return [.. keys];
    }

    // An event's share of the relation series: one event, weighted by its confidence, for each pair of its actors, and
    // once for each pair of the states they belong to (a person counts for the state the reports give as the person's
    // country; an actor with none stands for itself), so that Sikorski and Poland agreeing with Ukraine is one event
    // between Poland and Ukraine, not two. Events no source affirms count nothing.
    private void Count(CanonicalEvent canonical, int sign, Dictionary<string, ArticleReport> reports)
    {
        if (canonical.QuadClass is not { } quad || canonical.Day is not { } day || canonical.Sources == 0)
        {
            return;
        }

        long weight = (long)Math.Round(canonical.Confidence * 1_000_000);
        var states = new SortedSet<(string, string)>();
        foreach (string source in canonical.Source)
        {
            foreach (string target in canonical.Target)
            {
                if (source != target)
                {
                    _store.AddRelation(RelationLevel.Actor, source, target, day, quad, sign, sign * weight);
                }

                string sourceState = StateOf(canonical, source, reports), targetState = StateOf(canonical, target, reports);
                if (sourceState != targetState)
                {
                    states.Add((sourceState, targetState));
                }
            }
        }

        foreach ((string source, string target) in states)
        {
            _store.AddRelation(RelationLevel.State, source, target, day, quad, sign, sign * weight);
        }
    }

    // The state an actor of the event belongs to, as the event's reports give it (the smallest code when they differ).
    private string StateOf(CanonicalEvent canonical, string actor, Dictionary<string, ArticleReport> reports)
    {
        string? country = null;
        foreach (EventEvidence evidence in canonical.Evidence)
        {
            if (CountryIn(Load(evidence.Article, reports), actor) is { } found && (country is null || string.CompareOrdinal(found, country) < 0))
            {
                country = found;
            }
        }

        return country is null ? actor : StoryLinker.StatePrefix + country;
    }

    private Story SummariseStory(string storyId, IReadOnlyList<string> members, Dictionary<string, ArticleReport> reports)
    {
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        var languages = new SortedSet<string>(StringComparer.Ordinal);
        int copies = 0;
        foreach (string member in members)
        {
            ArticleReport report = Load(member, reports);
            sources.Add(report.Source);
            if (report.Language is { } language)
            {
                languages.Add(language);
            }

            copies += _store.CopiesOf(member);
        }

        string first = storyId["story:".Length..];
        return new Story(storyId, first, Load(first, reports).Published, members.Count + copies, copies, sources.Count, [.. languages]);
    }

    private CanonicalEvent SummariseEvent(string eventId, IReadOnlyList<string> keys, Dictionary<string, ArticleReport> reports)
    {
        var evidence = new List<EventEvidence>(keys.Count);
        var sourceActors = new SortedSet<string>(StringComparer.Ordinal);
        var targetActors = new SortedSet<string>(StringComparer.Ordinal);
        var bestBySource = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var disputing = new SortedSet<string>(StringComparer.Ordinal);
        var articles = new SortedSet<string>(StringComparer.Ordinal);
        string? location = null;
        DateOnly? day = null;
        bool hypothetical = false;
        foreach (string key in keys.OrderBy(key => Order(key, reports), OrderComparer.Instance))
        {
            (ArticleReport report, ReportedEventMention mention) = Mention(key, reports);
            evidence.Add(new EventEvidence(report.Id, mention.Index, report.Source, report.Published, mention.Modality, mention.Confidence, mention.Sentence));
            articles.Add(report.Id);
            sourceActors.UnionWith(mention.Source);
            targetActors.UnionWith(mention.Target);
            if (mention.Location is not null && (location is null || string.CompareOrdinal(mention.Location, location) < 0))
            {
                location = mention.Location;
            }

            if (mention.Day is { } mentionDay && (day is null || mentionDay < day))
            {
                day = mentionDay;
            }

            if (mention.Affirms)
            {
                bestBySource[report.Source] = Math.Max(bestBySource.GetValueOrDefault(report.Source), mention.Confidence);
            }
            else if (mention.Disputes)
            {
                disputing.Add(report.Source);
            }
            else
            {
                hypothetical = true;
            }
        }

        double doubt = 1;
        foreach (double confidence in bestBySource.Values)
        {
            doubt *= 1 - confidence;
        }

        EventStatus status = (bestBySource.Count, disputing.Count) switch
        {
            ( > 0, > 0) => EventStatus.Contested,
            ( > 0, 0) => EventStatus.Affirmed,
            (0, > 0) => EventStatus.Disputed,
            _ => hypothetical ? EventStatus.Hypothetical : EventStatus.Affirmed,
        };
        int copies = articles.Sum(_store.CopiesOf);
        EventEvidence earliest = evidence[0];
        string type = Mention(KeyOf(earliest.Article, earliest.Index), reports).Mention.Type;
        return new CanonicalEvent(eventId, type, QuadClass.Of(type),
            day, [.. sourceActors], [.. targetActors], location, articles.Count + copies, bestBySource.Count, disputing.Count, status,
            Math.Round(1 - doubt, 6), earliest.Article, earliest.Published, evidence);
    }

    private ArticleReport Load(string id, Dictionary<string, ArticleReport> reports)
    {
        if (!reports.TryGetValue(id, out ArticleReport? report))
        {
            report = _store.Report(id) ?? throw new InvalidOperationException($"Aggregation store has no report of {id}.");
            reports[id] = report;
        }

        return report;
    }

    private (ArticleReport Report, ReportedEventMention Mention) Mention(string key, Dictionary<string, ArticleReport> reports)
    {
        int hash = key.LastIndexOf('#');
        ArticleReport report = Load(key[..hash], reports);
        return (report, report.Events[int.Parse(key.AsSpan(hash + 1), System.Globalization.CultureInfo.InvariantCulture)]);
    }

    private string Earliest(IEnumerable<string> articles, Dictionary<string, ArticleReport> reports) =>
        articles.MinBy(id => Order(id + "#0", reports), OrderComparer.Instance)!;

    // Order of reports and articles: publication day (unknown last), then article id, then event index.
    private (DateOnly Day, string Article, int Index) Order(string key, Dictionary<string, ArticleReport> reports)
    {
        int hash = key.LastIndexOf('#');
        string article = key[..hash];
        return (Load(article, reports).Published ?? DateOnly.MaxValue, article, int.Parse(key.AsSpan(hash + 1), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Func<string, string?> PairCountry(ArticleReport left, ArticleReport right) =>
        id => CountryIn(left, id) ?? CountryIn(right, id);

    private sealed class OrderComparer : IComparer<(DateOnly Day, string Article, int Index)>
    {
        public static readonly OrderComparer Instance = new();

        public int Compare((DateOnly Day, string Article, int Index) x, (DateOnly Day, string Article, int Index) y)
        {
            int byDay = x.Day.CompareTo(y.Day);
            if (byDay != 0)
            {
                return byDay;
            }

            int byArticle = string.CompareOrdinal(x.Article, y.Article);
            return byArticle != 0 ? byArticle : x.Index.CompareTo(y.Index);
        }
    }
}
