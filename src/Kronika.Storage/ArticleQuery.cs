namespace Kronika.Storage;

/// <summary>Filters for <see cref="IArticleStore.Query"/> and <see cref="IArticleStore.Count"/>; a null filter matches everything.</summary>
/// <remarks>Results come newest first by publication date (articles without one last), then by id, so paging is stable
/// (a <see cref="Search"/> puts relevance before that order).</remarks>
public sealed record ArticleQuery
{
    /// <summary>Every article, first page.</summary>
    public static ArticleQuery All { get; } = new();

    /// <summary>ISO 639-1 code the article must have.</summary>
    public string? Language { get; init; }

    /// <summary>First publication day, inclusive; articles without a date do not match.</summary>
    public DateOnly? PublishedFrom { get; init; }

    /// <summary>Last publication day, inclusive (a date-time on that day matches); articles without a date do not match.</summary>
    public DateOnly? PublishedTo { get; init; }

    /// <summary>Outlet name, compared ignoring case.</summary>
    public string? Outlet { get; init; }

    /// <summary>A substring the clean text must contain, compared ordinally ignoring case ("łukaszenka" finds "Łukaszenka").</summary>
    public string? TextContains { get; init; }

    /// <summary>Words that must all occur in the title, the text or the article's indexed lexemes, as whole words compared
    /// ignoring case with diacritics kept ("łukaszenka" finds "Łukaszenka", not "Lukaszenka"); a word followed by <c>*</c>
    /// matches as a prefix. Words are read by <see cref="Kronika.Storage.Search.SearchWords"/>. When set, the most relevant articles
    /// come first (title over text over lexemes), then the order above.</summary>
    /// <remarks>Surface forms only: "Łukaszenka" does not find "Łukaszence" unless a base form was indexed with
    /// <see cref="IArticleStore.IndexLexemes"/>. The query must have 1 to <see cref="Kronika.Storage.Search.SearchWords.MaxWords"/> words.</remarks>
    public string? Search { get; init; }

    /// <summary>An entity id the article must name (one of its kronika/1 entities).</summary>
    public string? Entity { get; init; }

    /// <summary>Whether refused inputs are listed too; true by default, since they are stored for that.</summary>
    public bool IncludeRejected { get; init; } = true;

    /// <summary>The most rows to return; at least 1.</summary>
    public int Limit { get; init; } = 50;

    /// <summary>Rows to skip before the first returned; at least 0.</summary>
    public int Offset { get; init; }
}
