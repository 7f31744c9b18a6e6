using Kronika.Contract;
using Kronika.Storage.Layers;

namespace Kronika.Storage.Tests;

/// <summary>The layer tables (entities, name forms, mentions, events with actors, quotes, analysis versions), filled from
/// hand-made kronika/1 records through the real store, on every backend.</summary>
public abstract partial class ArticleStoreContract
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Storing_an_article_writes_its_layers_once_however_often_it_is_stored(int times)
    {
        (StoredArticle article, _) = TestRecords.Summit(1);

        for (int time = 0; time < times; time++)
        {
            Store.Store(article);
        }

        StoredEntity lukashenko = Assert.Single(Store.Entities(new EntityQuery { Text = "łukaszenk" }));
        Assert.Equal((TestRecords.Lukashenko, 1L, 3L, 2L, 1L), (lukashenko.Id, lukashenko.Articles, lukashenko.Mentions, lukashenko.Events, lukashenko.Quotes));
        Assert.Equal([new EntityName("Łukaszenka", 2), new EntityName("Łukaszence", 1)], Store.EntityNames(TestRecords.Lukashenko));
        Assert.Equal(2, Store.CountEvents(EventQuery.All));
        Assert.Equal(1, Store.CountQuotes(QuoteQuery.All));
        Assert.Equal(new AnalysisVersion("test-pipeline", "test-build", "sha256:test"), Store.AnalysisVersionOf(article.Id));
    }

    [Fact]
    public void An_event_comes_with_its_actors_names_place_day_and_sentence()
    {
        (StoredArticle article, _) = TestRecords.Summit(1, published: "2024-03-05");
        Store.Store(article);

        StoredEvent support = Assert.Single(Store.Events(new EventQuery { Type = "SUPPORT" }));

        Assert.Equal((article.Id, 0, "verbal_cooperation", "051"), (support.ArticleId, support.Index, support.QuadClass, support.Cameo));
        Assert.Equal("Vladimir Putin", Assert.Single(support.Source).Name);
        Assert.Equal(("Alexander Lukashenko", "BLR"), (Assert.Single(support.Target).Name, support.Target[0].Country));
        Assert.Equal("Moscow", support.Location?.Name);
        Assert.Equal("2024-03-05", support.Day);
        Assert.Equal("Putin podziękował Łukaszence za wsparcie w Moskwie.", support.Sentence);
        Assert.Equal("podziękował", article.Text[support.TriggerStart..support.TriggerEnd]);
        Assert.Equal("https://example.pl/1", support.Url);
    }

    [Theory]
    [InlineData("actor", 2)]
    [InlineData("actor_source", 1)]
    [InlineData("country_blr", 2)]
    [InlineData("country_pol", 1)]
    [InlineData("cameo_13", 1)]
    [InlineData("cameo_0", 1)]
    [InlineData("modality", 2)]
    [InlineData("place", 1)]
    [InlineData("from", 2)]
    [InlineData("to", 0)]
    [InlineData("article", 2)]
    [InlineData("none_match", 0)]
    public void Event_filters_select_what_they_name(string filter, int expected)
    {
        (StoredArticle article, _) = TestRecords.Summit(1, published: "2024-03-05");
        Store.Store(article);
        EventQuery query = filter switch
        {
            "actor" => new EventQuery { Actor = TestRecords.Lukashenko },
            "actor_source" => new EventQuery { Actor = TestRecords.Lukashenko, ActorRole = "source" },
            "country_blr" => new EventQuery { ActorCountry = "BLR" },
            "country_pol" => new EventQuery { ActorCountry = "POL" },
            "cameo_13" => new EventQuery { CameoPrefix = "13" },
            "cameo_0" => new EventQuery { CameoPrefix = "0" },
            "modality" => new EventQuery { Modality = "asserted" },
            "place" => new EventQuery { Place = TestRecords.Moscow },
            "from" => new EventQuery { From = new DateOnly(2024, 3, 5) },
            "to" => new EventQuery { To = new DateOnly(2024, 3, 4) },
            "article" => new EventQuery { Article = article.Id },
            _ => new EventQuery { Type = "FIGHT" },
        };

        Assert.Equal(expected, Store.Events(query).Count);
        Assert.Equal(expected, Store.CountEvents(query));
    }

    [Fact]
    public void The_timeline_counts_events_per_day_and_the_network_counts_pairs_by_quad_class()
    {
        Store.Store(TestRecords.Summit(1, published: "2024-03-05").Article);
        Store.Store(TestRecords.Summit(2, published: "2024-03-06").Article);
        Store.Store(TestRecords.Summit(3, published: "2024-03-06", threatType: "FIGHT").Article);

        IReadOnlyList<TimelineDay> timeline = Store.Timeline(EventQuery.All);
        IReadOnlyList<NetworkEdge> network = Store.Network(EventQuery.All);

        Assert.Equal([new TimelineDay("2024-03-05", 2, 1, 0, 1, 0), new TimelineDay("2024-03-06", 4, 2, 0, 1, 1)], timeline);
        NetworkEdge threats = network.Single(edge => edge.Target.Id == TestRecords.Poland);
        Assert.Equal((TestRecords.Lukashenko, 0L, 0L, 2L, 1L, 3L), (threats.Source.Id, threats.VerbalCooperation, threats.MaterialCooperation,
            threats.VerbalConflict, threats.MaterialConflict, threats.Total));
        Assert.Equal(3, network.Single(edge => edge.Source.Id == TestRecords.Putin).VerbalCooperation);
        Assert.Equal(2, Store.Network(new EventQuery { From = new DateOnly(2024, 3, 6) }).Single(edge => edge.Target.Id == TestRecords.Poland).Total);
    }

    [Fact]
    public void Entities_are_counted_across_articles_and_filtered_by_type_country_and_name_forms()
    {
        Store.Store(TestRecords.Summit(1).Article);
        Store.Store(TestRecords.Summit(2).Article);

        Assert.Equal(4, Store.CountEntities(EntityQuery.All));
        Assert.Equal(2, Store.Entities(EntityQuery.All)[0].Articles);
        Assert.Equal([TestRecords.Moscow, TestRecords.Putin], Store.Entities(new EntityQuery { Country = "RUS" }).Select(entity => entity.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, Store.CountEntities(new EntityQuery { Type = "GPE" }));
        Assert.Equal(TestRecords.Lukashenko, Assert.Single(Store.Entities(new EntityQuery { Text = "ŁUKASZENCE" })).Id);
        Assert.Equal(TestRecords.Putin, Assert.Single(Store.Entities(new EntityQuery { Text = "władimir" })).Id);
        Assert.Equal(2, Store.Query(new ArticleQuery { Entity = TestRecords.Poland }).Count);
        Assert.Equal(new EntityName("Łukaszence", 2), Store.EntityNames(TestRecords.Lukashenko)[1]);
        Assert.Null(Store.FindEntity("kb:nobody"));
    }

    [Fact]
    public void Quotes_are_found_by_speaker_and_by_text_ignoring_case()
    {
        (StoredArticle article, _) = TestRecords.Summit(1);
        Store.Store(article);

        StoredQuote quote = Assert.Single(Store.Quotes(new QuoteQuery { Speaker = TestRecords.Lukashenko }));

        Assert.Equal(("direct", "Nie cofniemy się", "Alexander Lukashenko", 1), (quote.Kind, quote.Text, quote.Speaker?.Name, quote.Event));
        Assert.Single(Store.Quotes(new QuoteQuery { Text = "NIE COFNIEMY" }));
        Assert.Empty(Store.Quotes(new QuoteQuery { Speaker = TestRecords.Putin }));
        Assert.Empty(Store.Quotes(new QuoteQuery { Text = "%' OR 1=1 --" }));
    }

    [Fact]
    public void Replacing_an_analysis_replaces_every_layer_and_takes_back_its_counts()
    {
        (StoredArticle article, AnalysisRecord record) = TestRecords.Summit(1);
        Store.Store(article);
        Store.Store(TestRecords.Summit(2).Article);
        var version = new AnalysisVersion("newer-pipeline", "build-2", "sha256:kb2");
        AnalysisRecord newer = record with
        {
            Entities = [.. record.Entities.Where(entity => entity.Id != TestRecords.Poland)],
            Events = [record.Events[0]],
            Quotes = [],
        };

        Assert.True(Store.ReplaceAnalysis(article.Id, KronikaJson.Serialize(newer), newer, version, DateTimeOffset.UnixEpoch));
        Assert.True(Store.ReplaceAnalysis(article.Id, KronikaJson.Serialize(newer), newer, version, DateTimeOffset.UnixEpoch));

        Assert.Equal(version, Store.AnalysisVersionOf(article.Id));
        Assert.Equal("newer-pipeline", Store.Find(article.Id)?.Pipeline);
        Assert.Equal(1, Store.CountEvents(new EventQuery { Article = article.Id }));
        Assert.Equal(1, Store.CountQuotes(QuoteQuery.All));
        Assert.Equal((1L, 1L), (Store.FindEntity(TestRecords.Poland)?.Articles, Store.FindEntity(TestRecords.Poland)?.Mentions));
        Assert.Equal((2L, 6L), (Store.FindEntity(TestRecords.Lukashenko)?.Articles, Store.FindEntity(TestRecords.Lukashenko)?.Mentions));
        Assert.Equal([new EntityName("Łukaszenka", 4), new EntityName("Łukaszence", 2)], Store.EntityNames(TestRecords.Lukashenko));
        Assert.False(Store.ReplaceAnalysis("sha256:none", "{}", newer, version, DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void Stale_analyses_are_those_of_another_version_in_id_order()
    {
        StoredArticle[] articles = [.. Enumerable.Range(1, 3).Select(number => TestRecords.Summit(number).Article)];
        foreach (StoredArticle article in articles)
        {
            Store.Store(article);
        }

        Store.Store(TestArticles.Make("Odrzucony.", rejection: new Core.Annotations.Rejection("language", Core.Annotations.RejectionReason.UnsupportedLanguage, "de")));
        var current = new AnalysisVersion("test-pipeline", "test-build", "sha256:test");
        var newer = current with { Build = "next" };
        string[] ids = [.. articles.Select(article => article.Id).Order(StringComparer.Ordinal)];

        Assert.Equal(0, Store.CountStaleAnalyses(current));
        Assert.Equal(3, Store.CountStaleAnalyses(newer));
        Assert.Equal(3, Store.CountStaleAnalyses(null));
        Assert.Equal(ids[1..], Store.StaleAnalyses(newer, ids[0], 10).Select(stale => stale.Id));
        Assert.Equal(current, Store.StaleAnalyses(newer, null, 1)[0].Version);
    }

    [Fact]
    public void An_article_whose_analysis_is_not_a_record_is_stored_without_layers()
    {
        StoredArticle article = TestArticles.Make("Tekst bez rekordu.");

        Store.Store(article);

        Assert.Equal(0, Store.CountEntities(EntityQuery.All));
        Assert.Equal("language,tokenize,sentences", Store.AnalysisVersionOf(article.Id)?.Pipeline);
    }
}
