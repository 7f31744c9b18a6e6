namespace Kronika.Storage;

/// <summary>Filters for <see cref="IArticleStore.Query"/> and <see cref="IArticleStore.Count"/>; a null filter matches everything.</summary>
/// <remarks>Results come newest first by publication date (articles without one last), then by id, so paging is stable.</remarks>
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

    /// <summary>Whether refused inputs are listed too; true by default, since they are stored for that.</summary>
    public bool IncludeRejected { get; init; } = true;

    /// <summary>The most rows to return; at least 1.</summary>
    public int Limit { get; init; } = 50;

    /// <summary>Rows to skip before the first returned; at least 0.</summary>
    public int Offset { get; init; }
}
