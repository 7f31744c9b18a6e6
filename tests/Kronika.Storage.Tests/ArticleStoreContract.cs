using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Storage.Tests;

/// <summary>The behaviour every <see cref="IArticleStore"/> must have; a backend's test class only supplies a fresh store.</summary>
public abstract partial class ArticleStoreContract : IDisposable
{
    private IArticleStore? _store;

    /// <summary>A store with nothing in it, used by one test.</summary>
    protected abstract IArticleStore CreateStore();

    protected IArticleStore Store => _store ??= CreateStore();

    public virtual void Dispose()
    {
        _store?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Theory]
    [InlineData("Premier odwiedził Gdańsk.\n\nWizyta trwała dwa dni.", "pl", "2024-03-01", "PAP")]
    [InlineData("The minister visited Leeds.", "en", null, null)]
    public void Stores_a_new_article_and_finds_it_with_every_column(string text, string language, string? published, string? outlet)
    {
        StoredArticle article = TestArticles.Make(text, "in/one.txt", language, published, outlet) with
        {
            Url = "https://example.com/a",
            CreditedSource = "Reuters",
            Lead = "Lead.",
        };

        Assert.Equal(StoreOutcome.Added, Store.Store(article));
        StoredArticle? found = Store.Find(article.Id);

        Assert.Equal(article, found);
    }

    [Theory]
    [InlineData("binary", RejectionReason.Binary)]
    [InlineData("language", RejectionReason.UnsupportedLanguage)]
    public void Stores_a_refused_input_with_its_stage_reason_and_detail(string stage, RejectionReason reason)
    {
        var rejection = new Rejection(stage, reason, "why it was refused");
        StoredArticle article = TestArticles.Make("Ein kurzer Text.", language: "de", rejection: rejection);

        Store.Store(article);

        Assert.Equal(rejection, Store.Find(article.Id)?.Rejection);
        Assert.Equal(
            reason == RejectionReason.Binary ? "binary" : "unsupported_language",
            Assert.Single(Store.Query(ArticleQuery.All)).RejectionReason);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public void Storing_the_same_article_again_adds_nothing(int times)
    {
        StoredArticle article = TestArticles.Make("Sejm przyjął ustawę.");

        var outcomes = new List<StoreOutcome>();
        for (int time = 0; time < times; time++)
        {
            outcomes.Add(Store.Store(article));
        }

        Assert.Equal(StoreOutcome.Added, outcomes[0]);
        Assert.All(outcomes.Skip(1), outcome => Assert.Equal(StoreOutcome.AlreadyStored, outcome));
        Assert.Equal(1, Store.Count(ArticleQuery.All));
        Assert.Equal(["a.txt"], Store.InputsOf(article.Id));
    }

    [Theory]
    [InlineData("first/a.txt", "second/b.txt")]
    public void The_same_text_from_another_input_is_one_article_with_two_inputs(string firstInput, string secondInput)
    {
        const string Text = "Rada UE nałożyła nowe sankcje.";

        Assert.Equal(StoreOutcome.Added, Store.Store(TestArticles.Make(Text, firstInput)));
        Assert.Equal(StoreOutcome.AlreadyStored, Store.Store(TestArticles.Make(Text, secondInput)));

        string id = Document.IdOf(Text);
        Assert.Equal(1, Store.Count(ArticleQuery.All));
        Assert.Equal(firstInput, Store.Find(id)?.Input);
        Assert.Equal([firstInput, secondInput], Store.InputsOf(id));
    }

    [Theory]
    [InlineData("sha256:0000")]
    public void An_unknown_id_finds_nothing(string id)
    {
        Store.Store(TestArticles.Make("Coś innego."));

        Assert.Null(Store.Find(id));
        Assert.Empty(Store.InputsOf(id));
    }

    [Theory]
    [InlineData(null, null, null, null, null, "A,B,C,D,E")]
    [InlineData("en", null, null, null, null, "C,D")]
    [InlineData(null, "2024-03-02", null, null, null, "A,C")]
    [InlineData(null, null, "2024-03-02", null, null, "B,D")]
    [InlineData(null, "2024-03-02", "2024-03-02", null, null, "")]
    [InlineData(null, "2024-03-01", "2024-03-01", null, null, "B")]
    [InlineData(null, null, null, "pap", null, "A,B")]
    [InlineData(null, null, null, null, "łukaszenka", "A,E")]
    [InlineData("pl", "2024-01-01", "2024-12-31", "PAP", "ŁUKASZENKA", "A")]
    public void Query_keeps_only_the_articles_every_filter_matches(
        string? language, string? from, string? to, string? outlet, string? text, string expected)
    {
        var articles = new Dictionary<string, StoredArticle>(StringComparer.Ordinal)
        {
            ["A"] = TestArticles.Make("A: Łukaszenka spotkał się z Putinem.", language: "pl", published: "2024-03-05T10:00:00+01:00", outlet: "PAP"),
            ["B"] = TestArticles.Make("B: Sejm obradował.", language: "pl", published: "2024-03-01T23:59:00+01:00", outlet: "PAP"),
            ["C"] = TestArticles.Make("C: The council met.", language: "en", published: "2024-04-01", outlet: "Reuters"),
            ["D"] = TestArticles.Make("D: Ministers agreed.", language: "en", published: "2023-12-31", outlet: null),
            ["E"] = TestArticles.Make("E: Rozmowa z Łukaszenką i Łukaszenka.", language: "pl", published: null, outlet: null),
        };
        foreach (StoredArticle article in articles.Values)
        {
            Store.Store(article);
        }

        var query = new ArticleQuery
        {
            Language = language,
            PublishedFrom = from is null ? null : DateOnly.ParseExact(from, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            PublishedTo = to is null ? null : DateOnly.ParseExact(to, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Outlet = outlet,
            TextContains = text,
        };
        string[] wanted = expected.Length == 0 ? [] : expected.Split(',');

        string[] found = [.. Store.Query(query).Select(summary => articles.Single(pair => pair.Value.Id == summary.Id).Key).Order(StringComparer.Ordinal)];

        Assert.Equal(wanted, found);
        Assert.Equal(wanted.Length, Store.Count(query));
    }

    [Theory]
    [InlineData(2, 0, "2024-03-03,2024-03-02")]
    [InlineData(2, 2, "2024-03-01,none")]
    [InlineData(10, 3, "none")]
    [InlineData(10, 4, "")]
    public void Query_pages_newest_first_with_undated_articles_last(int limit, int offset, string expected)
    {
        Store.Store(TestArticles.Make("one", published: "2024-03-01"));
        Store.Store(TestArticles.Make("three", published: "2024-03-03"));
        Store.Store(TestArticles.Make("undated", published: null));
        Store.Store(TestArticles.Make("two", published: "2024-03-02"));

        IReadOnlyList<ArticleSummary> page = Store.Query(new ArticleQuery { Limit = limit, Offset = offset });

        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), page.Select(summary => summary.Published ?? "none"));
        Assert.Equal(4, Store.Count(new ArticleQuery { Limit = limit, Offset = offset }));
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 2)]
    public void Refused_inputs_are_listed_unless_excluded(bool includeRejected, int expected)
    {
        Store.Store(TestArticles.Make("Dobry tekst."));
        Store.Store(TestArticles.Make("Ein Text.", language: "de", rejection: new Rejection("language", RejectionReason.UnsupportedLanguage, "de")));

        Assert.Equal(expected, Store.Query(new ArticleQuery { IncludeRejected = includeRejected }).Count);
    }

    [Theory]
    [InlineData(8, 50)]
    public void Many_threads_storing_the_same_articles_store_each_once(int threads, int articles)
    {
        StoredArticle[] items = [.. Enumerable.Range(0, articles).Select(index => TestArticles.Make($"Artykuł numer {index}."))];
        int added = 0;
        // Made once before the threads start: a backend whose CreateStore makes a new database each call would
        // otherwise give each thread a store of its own.
        IArticleStore store = Store;

        Parallel.For(0, threads, thread =>
        {
            foreach (StoredArticle article in items)
            {
                if (store.Store(article with { Input = $"thread{thread}.txt" }) == StoreOutcome.Added)
                {
                    Interlocked.Increment(ref added);
                }
            }
        });

        Assert.Equal(articles, added);
        Assert.Equal(articles, Store.Count(ArticleQuery.All));
        Assert.All(items, article => Assert.Equal(threads, Store.InputsOf(article.Id).Count));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, -1)]
    public void Query_refuses_a_limit_below_one_or_a_negative_offset(int limit, int offset)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Store.Query(new ArticleQuery { Limit = limit, Offset = offset }));
    }

    [Theory]
    [InlineData("łukaszenka", "A")]
    [InlineData("ŁUKASZENKA", "A")]
    [InlineData("lukaszenka", "E")]
    [InlineData("łukaszenk*", "A,D")]
    [InlineData("putin*", "A")]
    [InlineData("moskwie", "A")]
    [InlineData("sejm ustawą", "B")]
    [InlineData("sejm ustawa", "")]
    [InlineData("council, brussels!", "C")]
    [InlineData("council\" OR \"sejm", "")]
    [InlineData("sejm) OR (NOT council", "")]
    [InlineData("'; DROP TABLE articles; --", "")]
    [InlineData("sejm:* | council", "")]
    public void Search_finds_whole_surface_forms_ignoring_case_with_diacritics_kept(string search, string expected)
    {
        Dictionary<string, StoredArticle> articles = SearchArticles();

        string[] found = Keys(articles, Store.Query(new ArticleQuery { Search = search }));

        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), found.Order(StringComparer.Ordinal));
        Assert.Equal(found.Length, Store.Count(new ArticleQuery { Search = search }));
        Assert.Equal(articles.Count, Store.Count(ArticleQuery.All));
    }

    [Theory]
    [InlineData("łukaszenk*", "pl", null, null, "A,D")]
    [InlineData("łukaszenk*", null, "PAP", null, "A")]
    [InlineData("łukaszenk*", null, null, "2024-03-03", "D")]
    [InlineData("council", "pl", null, null, "")]
    public void Search_combines_with_the_other_filters(string search, string? language, string? outlet, string? to, string expected)
    {
        Dictionary<string, StoredArticle> articles = SearchArticles();
        var query = new ArticleQuery
        {
            Search = search,
            Language = language,
            Outlet = outlet,
            PublishedTo = to is null ? null : DateOnly.ParseExact(to, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };

        string[] found = Keys(articles, Store.Query(query));

        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), found.Order(StringComparer.Ordinal));
        Assert.Equal(found.Length, Store.Count(query));
    }

    [Theory]
    [InlineData("sankcje")]
    public void Search_puts_an_article_with_the_word_in_its_title_before_one_with_it_only_in_the_text(string word)
    {
        // The text-only article is newer, so the usual newest-first order alone would put it first.
        StoredArticle inText = TestArticles.Make($"Posiedzenie rady\n\nRada omówiła {word} i budżet.", published: "2024-05-02");
        StoredArticle inTitle = TestArticles.Make($"Nowe {word}\n\nRada przyjęła pakiet.", published: "2024-05-01");
        Store.Store(inText);
        Store.Store(inTitle);

        IReadOnlyList<ArticleSummary> found = Store.Query(new ArticleQuery { Search = word });

        Assert.Equal([inTitle.Id, inText.Id], found.Select(summary => summary.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ... !? ")]
    public void Search_without_words_is_refused(string search)
    {
        Assert.Throws<ArgumentException>(() => Store.Query(new ArticleQuery { Search = search }));
    }

    [Theory]
    [InlineData("Rozmowa z Łukaszence i Łukaszenką.", "Łukaszenka", "łukaszenka")]
    public void Indexed_lexemes_make_an_article_findable_by_them_until_replaced(string text, string lexeme, string search)
    {
        StoredArticle article = TestArticles.Make(text);
        Store.Store(article);
        var query = new ArticleQuery { Search = search };
        Assert.Empty(Store.Query(query));

        Assert.True(Store.IndexLexemes(article.Id, [lexeme, "rozmowa"]));
        Assert.Equal([article.Id], Store.Query(query).Select(summary => summary.Id));
        Assert.Single(Store.Query(new ArticleQuery { Search = "łukaszence" }));

        Assert.True(Store.IndexLexemes(article.Id, []));
        Assert.Empty(Store.Query(query));
        Assert.Single(Store.Query(new ArticleQuery { Search = "łukaszenką" }));
        Assert.Equal(article, Store.Find(article.Id));
    }

    [Theory]
    [InlineData("sha256:0000")]
    public void Indexing_lexemes_of_an_unknown_article_changes_nothing(string id)
    {
        Store.Store(TestArticles.Make("Coś innego."));

        Assert.False(Store.IndexLexemes(id, ["coś"]));
        Assert.Equal(1, Store.Count(new ArticleQuery { Search = "coś" }));
    }

    [Theory]
    [InlineData("Password")]
    public void The_location_names_the_store_without_a_password(string secretKey)
    {
        Assert.False(string.IsNullOrWhiteSpace(Store.Location));
        Assert.DoesNotContain(secretKey, Store.Location, StringComparison.OrdinalIgnoreCase);
    }

    private Dictionary<string, StoredArticle> SearchArticles()
    {
        var articles = new Dictionary<string, StoredArticle>(StringComparer.Ordinal)
        {
            ["A"] = TestArticles.Make("Łukaszenka w Moskwie\n\nŁukaszenka spotkał się z Putinem.", language: "pl", published: "2024-03-05", outlet: "PAP"),
            ["B"] = TestArticles.Make("Sejm obradował\n\nSejm obradował nad ustawą o mediach.", language: "pl", published: "2024-03-01", outlet: "PAP"),
            ["C"] = TestArticles.Make("C: The council met in Brussels.", language: "en", published: "2024-04-01", outlet: "Reuters"),
            ["D"] = TestArticles.Make("Rozmowa\n\nRozmowa z Łukaszenką i premierem.", language: "pl", published: "2024-03-02", outlet: "TVN24"),
            ["E"] = TestArticles.Make("E: Lukaszenka, written without diacritics.", language: "en", published: null, outlet: null),
        };
        foreach (StoredArticle article in articles.Values)
        {
            Store.Store(article);
        }

        return articles;
    }

    private static string[] Keys(Dictionary<string, StoredArticle> articles, IReadOnlyList<ArticleSummary> found) =>
        [.. found.Select(summary => articles.Single(pair => pair.Value.Id == summary.Id).Key)];
}
