using Kronika.Storage.Layers;

namespace Kronika.Api;

/// <summary>One page of a listing.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Total">How many items match, ignoring paging.</param>
/// <param name="Limit">The page size used.</param>
/// <param name="Offset">How many matching items come before this page.</param>
/// <param name="Items">The items of this page.</param>
public sealed record Page<T>(long Total, int Limit, int Offset, IReadOnlyList<T> Items);

/// <summary>Everything stored about one entity: its counts, every form it is written in, and the first of its articles,
/// events and quotes (at most <see cref="RecordEndpoints.DetailItems"/> of each, newest first; the listings with the entity
/// as a filter page through the rest).</summary>
/// <param name="Entity">The entity with its counts.</param>
/// <param name="Names">Every written form with how many mentions use it, most used first.</param>
/// <param name="Articles">The newest articles that name it.</param>
/// <param name="EventsAsSource">How many events it acts in.</param>
/// <param name="AsSource">The latest of those events.</param>
/// <param name="EventsAsTarget">How many events act upon it.</param>
/// <param name="AsTarget">The latest of those events.</param>
/// <param name="Quotes">The latest quotes it speaks.</param>
public sealed record EntityDetail(StoredEntity Entity, IReadOnlyList<EntityName> Names, IReadOnlyList<ArticleItem> Articles, long EventsAsSource,
    IReadOnlyList<StoredEvent> AsSource, long EventsAsTarget, IReadOnlyList<StoredEvent> AsTarget, IReadOnlyList<StoredQuote> Quotes);
