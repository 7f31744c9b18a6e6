namespace Kronika.Storage.Layers;

/// <summary>Filters for <see cref="IArticleStore.Events"/>, <see cref="IArticleStore.CountEvents"/> and
/// <see cref="IArticleStore.Timeline"/>; a null filter matches every event.</summary>
/// <remarks>Events come by day, latest first (events with no day last), then by article and place in it, so paging is stable.</remarks>
public sealed record EventQuery
{
    /// <summary>Every event, first page.</summary>
    public static EventQuery All { get; } = new();

    /// <summary>An entity id that must be among the event's actors.</summary>
    public string? Actor { get; init; }

    /// <summary>With <see cref="Actor"/>: only events where it is the source (<c>source</c>) or the target (<c>target</c>).</summary>
    public string? ActorRole { get; init; }

    /// <summary>An ISO 3166-1 alpha-3 code: some actor's entity must have this country.</summary>
    public string? ActorCountry { get; init; }

    /// <summary>The PLOVER type (or REQUEST).</summary>
    public string? Type { get; init; }

    /// <summary>A prefix of the CAMEO code ("04" for every consultation).</summary>
    public string? CameoPrefix { get; init; }

    /// <summary>asserted, reported, hypothetical, negated or denied.</summary>
    public string? Modality { get; init; }

    /// <summary>The entity id of the place.</summary>
    public string? Place { get; init; }

    /// <summary>First day, inclusive: the event's own date when known to the day, else its article's publication day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day, inclusive, read as <see cref="From"/>.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The article the event comes from.</summary>
    public string? Article { get; init; }

    /// <summary>The most rows to return; at least 1.</summary>
    public int Limit { get; init; } = 50;

    /// <summary>Rows to skip before the first returned; at least 0.</summary>
    public int Offset { get; init; }
}

/// <summary>Filters for <see cref="IArticleStore.Entities"/> and <see cref="IArticleStore.CountEntities"/>. Only entities that
/// some stored article names are listed, those named by the most articles first.</summary>
public sealed record EntityQuery
{
    /// <summary>Every entity, first page.</summary>
    public static EntityQuery All { get; } = new();

    /// <summary>Text the English name, a base form or a written form must contain, ignoring case ("łukaszence" finds Lukashenko).</summary>
    public string? Text { get; init; }

    /// <summary>PER, ORG, GPE, LOC, FAC, EVT or PRO.</summary>
    public string? Type { get; init; }

    /// <summary>ISO 3166-1 alpha-3.</summary>
    public string? Country { get; init; }

    /// <summary>The most rows to return; at least 1.</summary>
    public int Limit { get; init; } = 50;

    /// <summary>Rows to skip before the first returned; at least 0.</summary>
    public int Offset { get; init; }
}

/// <summary>Filters for <see cref="IArticleStore.Quotes"/> and <see cref="IArticleStore.CountQuotes"/>; quotes come from the
/// newest articles first, in text order within one.</summary>
public sealed record QuoteQuery
{
    /// <summary>Every quote, first page.</summary>
    public static QuoteQuery All { get; } = new();

    /// <summary>The speaker's entity id.</summary>
    public string? Speaker { get; init; }

    /// <summary>Text the quote must contain, ignoring case.</summary>
    public string? Text { get; init; }

    /// <summary>The article the quote comes from.</summary>
    public string? Article { get; init; }

    /// <summary>The most rows to return; at least 1.</summary>
    public int Limit { get; init; } = 50;

    /// <summary>Rows to skip before the first returned; at least 0.</summary>
    public int Offset { get; init; }
}
