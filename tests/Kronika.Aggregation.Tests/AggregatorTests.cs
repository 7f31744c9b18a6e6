using Kronika.Aggregation.Events;
using Kronika.Aggregation.Relations;
using Kronika.Aggregation.Storage;
using Kronika.Aggregation.Stories;
using Kronika.Aggregation.Tests.Corpus;
using Kronika.Contract;
using Kronika.Storage;
using static Kronika.Aggregation.Tests.Corpus.ThreeHappenings;

namespace Kronika.Aggregation.Tests;

/// <summary>The three happenings of <see cref="ThreeHappenings"/> aggregated: the stories, canonical events and
/// relation series a careful reader would draw from them, and the same result in any order, twice, and in SQLite.</summary>
public sealed class AggregatorTests
{
    private static readonly string[] _ids = [.. Articles.Select(record => record.Article.Id)];

    private static MemoryAggregateStore Aggregated()
    {
        var store = new MemoryAggregateStore();
        AggregationRun.Feed(store, Articles, Copies);
        return store;
    }

    private static string Earliest(params AnalysisRecord[] records) =>
        records.OrderBy(record => record.Article.Published, StringComparer.Ordinal).ThenBy(record => record.Article.Id, StringComparer.Ordinal).First().Article.Id;

    [Fact]
    public void Reports_of_one_happening_form_one_story_across_outlets_and_languages()
    {
        using MemoryAggregateStore store = Aggregated();

        string sochi = store.StoryOf(PapSochi.Article.Id)!;
        Assert.Equal("story:" + Earliest(PapSochi, OnetSochi, ReutersSochi, BbcSochi), sochi);
        Assert.Equal([.. new[] { PapSochi, OnetSochi, ReutersSochi, BbcSochi }.Select(record => record.Article.Id).Order(StringComparer.Ordinal)], store.StoryMembers(sochi));
        Story sochiStory = store.Story(sochi)!;
        // Five articles (one a near-duplicate of Reuters), three sources: Onet credits PAP.
        Assert.Equal((5, 1, 3), (sochiStory.Articles, sochiStory.Copies, sochiStory.Sources));
        Assert.Equal(["en", "pl"], sochiStory.Languages);

        // The denial shares only two states with the reports it denies, and joins their story through the event it denies.
        string troops = store.StoryOf(ReutersTroops.Article.Id)!;
        Assert.Equal(troops, store.StoryOf(OnetTroops.Article.Id));
        Assert.Equal(troops, store.StoryOf(RmfDenial.Article.Id));
        Assert.Equal((3, 0, 2), (store.Story(troops)!.Articles, store.Story(troops)!.Copies, store.Story(troops)!.Sources));

        string warsaw = store.StoryOf(PapWarsaw.Article.Id)!;
        Assert.Equal([.. new[] { PapWarsaw, TvnWarsaw, KyivWarsaw }.Select(record => record.Article.Id).Order(StringComparer.Ordinal)], store.StoryMembers(warsaw));
        Assert.Equal((4, 1, 3), (store.Story(warsaw)!.Articles, store.Story(warsaw)!.Copies, store.Story(warsaw)!.Sources));

        // Putin and Russia on the same Monday are not enough to make an oil-price piece part of the Sochi meeting.
        Assert.Equal([RzeczpospolitaOil.Article.Id], store.StoryMembers(store.StoryOf(RzeczpospolitaOil.Article.Id)!));
        Assert.Equal(4, _ids.Select(store.StoryOf).Distinct().Count());
    }

    [Fact]
    public void Reports_of_one_event_merge_with_their_evidence_counts_and_a_confidence_from_independent_sources()
    {
        using MemoryAggregateStore store = Aggregated();

        CanonicalEvent meeting = EventOf(store, PapSochi, 0);
        Assert.Equal("CONSULT", meeting.Type);
        Assert.Equal(new DateOnly(2026, 3, 2), meeting.Day);
        Assert.Equal(Sochi, meeting.Location);
        // Four reports (Onet and BBC with the roles the other way round) and the Reuters copy; PAP, Reuters, BBC.
        Assert.Equal(4, meeting.Evidence.Count);
        Assert.Equal((5, 3, 0, EventStatus.Affirmed), (meeting.Articles, meeting.Sources, meeting.DisputingSources, meeting.Status));
        Assert.Equal(1 - (0.1 * 0.15 * 0.2), meeting.Confidence, 6);
        Assert.Equal(Earliest(PapSochi, OnetSochi, ReutersSochi), meeting.EarliestArticle);
        Assert.Equal([Lukashenko, Putin], meeting.Source);

        CanonicalEvent thanks = EventOf(store, PapSochi, 1);
        Assert.Equal(("SUPPORT", 1, 1, 0.6), (thanks.Type, thanks.Articles, thanks.Sources, thanks.Confidence));

        // Reuters and Onet (crediting Reuters) are one source; RMF's denial is kept as such, not averaged in.
        CanonicalEvent troops = EventOf(store, ReutersTroops, 0);
        Assert.Same(troops.Id, EventOf(store, RmfDenial, 0).Id);
        Assert.Equal((3, 1, 1, EventStatus.Contested), (troops.Articles, troops.Sources, troops.DisputingSources, troops.Status));
        Assert.Equal(0.7, troops.Confidence, 6);
        Assert.Equal("denied", troops.Evidence.Single(evidence => evidence.Article == RmfDenial.Article.Id).Modality);

        CanonicalEvent ministers = EventOf(store, PapWarsaw, 0);
        Assert.Equal((3, 4, 3), (ministers.Evidence.Count, ministers.Articles, ministers.Sources));

        // Poland in one report and Poland's foreign minister in another agree with Ukraine: one agreement.
        CanonicalEvent agreement = EventOf(store, PapWarsaw, 1);
        Assert.Equal(agreement.Id, EventOf(store, KyivWarsaw, 1).Id);
        Assert.Equal((2, 2), (agreement.Articles, agreement.Sources));
        Assert.Equal(1 - (0.2 * 0.25), agreement.Confidence, 6);
        Assert.Equal(5, _ids.SelectMany(store.EventsOfArticle).Distinct().Count());
    }

    [Fact]
    public void Relation_series_count_each_event_once_per_pair_weighted_by_confidence()
    {
        using MemoryAggregateStore store = Aggregated();
        DateOnly monday = new(2026, 3, 2), tuesday = new(2026, 3, 3), wednesday = new(2026, 3, 4);
        long meeting = 997_000, ministers = 997_000, agreement = 950_000;

        AssertSameCounts(
            [
                new RelationCount(Lukashenko, Putin, monday, QuadClassOf("CONSULT"), 1, meeting),
                new RelationCount(Lukashenko, Russia, monday, QuadClassOf("SUPPORT"), 1, 600_000),
                new RelationCount(NorthKorea, Russia, tuesday, QuadClassOf("AID"), 1, 700_000),
                new RelationCount(Poland, Ukraine, wednesday, QuadClassOf("AGREE"), 1, agreement),
                new RelationCount(Putin, Lukashenko, monday, QuadClassOf("CONSULT"), 1, meeting),
                new RelationCount(Sikorski, Sybiha, wednesday, QuadClassOf("CONSULT"), 1, ministers),
                new RelationCount(Sikorski, Ukraine, wednesday, QuadClassOf("AGREE"), 1, agreement),
                new RelationCount(Sybiha, Sikorski, wednesday, QuadClassOf("CONSULT"), 1, ministers),
            ],
            store.Relations(RelationLevel.Actor, null, AggregationRun.First, AggregationRun.Last));

        // Rolled up to states: the meeting and the thanks are two cooperative events from Belarus to Russia that Monday;
        // Poland and its minister agreeing with Ukraine is one.
        AssertSameCounts(
            [
                new RelationCount(Belarus, Russia, monday, 1, 2, meeting + 600_000),
                new RelationCount(Poland, Ukraine, wednesday, 1, 2, ministers + agreement),
                new RelationCount(NorthKorea, Russia, tuesday, 2, 1, 700_000),
                new RelationCount(Russia, Belarus, monday, 1, 1, meeting),
                new RelationCount(Ukraine, Poland, wednesday, 1, 1, ministers),
            ],
            store.Relations(RelationLevel.State, null, AggregationRun.First, AggregationRun.Last));
        Assert.All(store.Relations(RelationLevel.State, Ukraine, wednesday, wednesday), count => Assert.Contains(Ukraine, new[] { count.Source, count.Target }));
    }

    [Fact]
    public void The_same_articles_give_the_same_result_in_any_order_and_twice()
    {
        using MemoryAggregateStore forward = Aggregated();
        string expected = AggregationRun.Snapshot(forward, _ids);

        using var reversed = new MemoryAggregateStore();
        AggregationRun.Feed(reversed, Articles.Reverse(), Copies.Reverse());
        Assert.Equal(expected, AggregationRun.Snapshot(reversed, _ids));

        foreach (int seed in new[] { 1, 2, 3, 4, 5 })
        {
            var random = new Random(seed);
            using var shuffled = new MemoryAggregateStore();
            AggregationRun.Feed(shuffled, Articles.OrderBy(_ => random.Next()), Copies.OrderBy(_ => random.Next()));
            Assert.Equal(expected, AggregationRun.Snapshot(shuffled, _ids));
        }

        AggregationRun.Feed(forward, Articles, Copies);
        Assert.Equal(expected, AggregationRun.Snapshot(forward, _ids));
    }

    [Fact]
    public void The_sqlite_store_gives_what_the_memory_store_gives_in_any_order()
    {
        using MemoryAggregateStore memory = Aggregated();
        string expected = AggregationRun.Snapshot(memory, _ids);
        string folder = Directory.CreateTempSubdirectory("kronika-aggregation-").FullName;
        try
        {
            string path = Path.Combine(folder, "kronika.db");
            StoreFactory.Open(path).Dispose();
            using (SqlAggregateStore store = SqlAggregateStore.OpenSqlite(path))
            {
                AggregationRun.Feed(store, Articles.Reverse(), Copies);
                AggregationRun.Feed(store, Articles, Copies);
                Assert.Equal(expected, AggregationRun.Snapshot(store, _ids));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static CanonicalEvent EventOf(MemoryAggregateStore store, AnalysisRecord record, int index)
    {
        string id = store.EventsOfArticle(record.Article.Id).Single(eventId =>
            store.CanonicalEvent(eventId)!.Evidence.Any(evidence => evidence.Article == record.Article.Id && evidence.Index == index));
        return store.CanonicalEvent(id)!;
    }

    private static void AssertSameCounts(RelationCount[] expected, IReadOnlyList<RelationCount> actual) =>
        Assert.Equal(expected.Select(count => count.ToString()).Order(StringComparer.Ordinal), actual.Select(count => count.ToString()).Order(StringComparer.Ordinal));

    private static int QuadClassOf(string type) => Kronika.Storage.Layers.QuadClass.Of(type)!.Value;
}
