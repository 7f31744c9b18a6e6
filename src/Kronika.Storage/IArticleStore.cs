namespace Kronika.Storage;

/// <summary>Where analysed articles are kept: SQLite embedded (<see cref="Sqlite.SqliteArticleStore"/>) or a PostgreSQL
/// server (<see cref="Postgres.PostgresArticleStore"/>); <see cref="StoreFactory.Open"/> picks one by its location.</summary>
/// <remarks>
/// Every implementation passes the same contract tests. Storing is idempotent by <see cref="StoredArticle.Id"/> and
/// atomic per article: after a crash at any moment an article is either wholly stored or absent, and storing it
/// again adds nothing. Implementations are safe to call from several threads.
/// </remarks>
public interface IArticleStore : IDisposable
{
    /// <summary>Stores <paramref name="article"/> unless one with its id is already there; either way records its input.</summary>
    /// <returns><see cref="StoreOutcome.Added"/> for a new article, <see cref="StoreOutcome.AlreadyStored"/> otherwise.</returns>
    StoreOutcome Store(StoredArticle article);

    /// <summary>The article with <paramref name="id"/>, or null when there is none.</summary>
    StoredArticle? Find(string id);

    /// <summary>Every input that produced the article with <paramref name="id"/>, in the order first seen; empty when unknown.</summary>
    IReadOnlyList<string> InputsOf(string id);

    /// <summary>One page of the articles matching <paramref name="query"/>, in the order <see cref="ArticleQuery"/> states.</summary>
    IReadOnlyList<ArticleSummary> Query(ArticleQuery query);

    /// <summary>How many articles match <paramref name="query"/>, ignoring its limit and offset.</summary>
    long Count(ArticleQuery query);

    /// <summary>Replaces the extra words the search index holds for the article with <paramref name="id"/>, so that
    /// <see cref="ArticleQuery.Search"/> finds it by them too: the hook for base forms from Kronika's morphology
    /// ("łukaszenka" for a text that has only "Łukaszence"). Its own title and text stay indexed as they are.</summary>
    /// <param name="id">The article id.</param>
    /// <param name="lexemes">The words, in any case; each is read as <see cref="Kronika.Storage.Search.SearchWords"/> reads a search. Empty clears them.</param>
    /// <returns>False when no article has <paramref name="id"/>.</returns>
    bool IndexLexemes(string id, IEnumerable<string> lexemes);

    /// <summary>The stored article that <paramref name="text"/> nearly repeats: a candidate whose SimHash fingerprint is
    /// within <see cref="Duplicates.SimHash.CandidateDistance"/> bits, confirmed by the Jaccard similarity of the two
    /// texts' shingles (at least <see cref="Duplicates.Shingles.MinJaccard"/>); null when there is none or the text is too
    /// short to fingerprint. Every article stored with text gets a fingerprint in <see cref="Store"/>.</summary>
    Duplicates.NearDuplicate? FindNearDuplicate(string text);

    /// <summary>Records that an input's text nearly repeats a stored article, instead of storing it as a report of its own.</summary>
    /// <returns>False when the same id and input were linked before (linking is idempotent).</returns>
    bool LinkNearDuplicate(Duplicates.DuplicateLink link);

    /// <summary>The near-duplicates linked to the article with <paramref name="id"/>, in the order linked.</summary>
    IReadOnlyList<Duplicates.DuplicateLink> NearDuplicatesOf(string id);

    /// <summary>Replaces the analysis of a stored article (its kronika/1 JSON, pipeline and every layer) in one transaction,
    /// as <c>kronika reanalyze</c> does after running a newer pipeline over the article's clean text.</summary>
    /// <param name="id">The article id; the record must be of the same text.</param>
    /// <param name="analysisJson">The new kronika/1 JSON.</param>
    /// <param name="record">The same record, parsed.</param>
    /// <param name="version">What made it.</param>
    /// <param name="analysedAt">When.</param>
    /// <returns>False when no article has <paramref name="id"/>.</returns>
    bool ReplaceAnalysis(string id, string analysisJson, Contract.AnalysisRecord record, Layers.AnalysisVersion version, DateTimeOffset analysedAt);

    /// <summary>The version of the article's stored layers, or null when it has none or no article has the id.</summary>
    Layers.AnalysisVersion? AnalysisVersionOf(string id);

    /// <summary>Accepted articles whose layers were not made by <paramref name="current"/> (every accepted article when it
    /// is null), in id order after <paramref name="after"/>, at most <paramref name="limit"/>.</summary>
    IReadOnlyList<Layers.StaleAnalysis> StaleAnalyses(Layers.AnalysisVersion? current, string? after, int limit);

    /// <summary>How many articles <see cref="StaleAnalyses"/> would list in all.</summary>
    long CountStaleAnalyses(Layers.AnalysisVersion? current);

    /// <summary>One page of the stored events <paramref name="query"/> matches, each with its actors and sentence.</summary>
    IReadOnlyList<Layers.StoredEvent> Events(Layers.EventQuery query);

    /// <summary>How many events match <paramref name="query"/>, ignoring its limit and offset.</summary>
    long CountEvents(Layers.EventQuery query);

    /// <summary>Events per day (by <see cref="Layers.StoredEvent.Day"/>) of those <paramref name="query"/> matches, in day
    /// order; its limit and offset are ignored, events with no day left out.</summary>
    IReadOnlyList<Layers.TimelineDay> Timeline(Layers.EventQuery query);

    /// <summary>Pairs of actors (source, target) of the events <paramref name="query"/> matches, with their events counted
    /// by quad class, most events first; the query's limit and offset page the pairs.</summary>
    IReadOnlyList<Layers.NetworkEdge> Network(Layers.EventQuery query);

    /// <summary>One page of the entities <paramref name="query"/> matches, with their counts.</summary>
    IReadOnlyList<Layers.StoredEntity> Entities(Layers.EntityQuery query);

    /// <summary>How many entities match <paramref name="query"/>, ignoring its limit and offset.</summary>
    long CountEntities(Layers.EntityQuery query);

    /// <summary>The entity with <paramref name="id"/> when some stored article names it, else null.</summary>
    Layers.StoredEntity? FindEntity(string id);

    /// <summary>Every form the texts write the entity in, with how many mentions use it, most used first.</summary>
    IReadOnlyList<Layers.EntityName> EntityNames(string id);

    /// <summary>One page of the quotes <paramref name="query"/> matches.</summary>
    IReadOnlyList<Layers.StoredQuote> Quotes(Layers.QuoteQuery query);

    /// <summary>How many quotes match <paramref name="query"/>, ignoring its limit and offset.</summary>
    long CountQuotes(Layers.QuoteQuery query);

    /// <summary>Where the store is, as shown to people: a file path, or <c>postgres://user@host:port/database</c> with no password.</summary>
    string Location { get; }
}
