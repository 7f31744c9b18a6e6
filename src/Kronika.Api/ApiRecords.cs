namespace Kronika.Api;

/// <summary>One page of an article listing.</summary>
/// <param name="Total">How many articles match, ignoring paging.</param>
/// <param name="Limit">The page size used.</param>
/// <param name="Offset">How many matching articles come before this page.</param>
/// <param name="Items">The articles of this page.</param>
public sealed record ArticlePage(long Total, int Limit, int Offset, IReadOnlyList<ArticleItem> Items);

/// <summary>An article in a listing.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Input">The input that first produced it.</param>
/// <param name="Title">The headline.</param>
/// <param name="Outlet">The outlet.</param>
/// <param name="Published">ISO 8601 publication date.</param>
/// <param name="Language">ISO 639-1 code.</param>
/// <param name="RejectionReason">Why the input was refused, or null.</param>
/// <param name="StoredAt">When it was stored.</param>
public sealed record ArticleItem(string Id, string Input, string? Title, string? Outlet, string? Published, string? Language, string? RejectionReason, DateTimeOffset StoredAt);

/// <summary>What the ingest endpoint did with one input.</summary>
/// <param name="Id">The id of the article (or of the near-duplicate's own text).</param>
/// <param name="Outcome">added, already_stored, rejected or near_duplicate.</param>
/// <param name="DuplicateOf">For a near-duplicate, the stored article it repeats.</param>
/// <param name="Rejection">For a refused input, its reason code.</param>
public sealed record IngestResult(string Id, string Outcome, string? DuplicateOf, string? Rejection);

/// <summary>A near-duplicate linked to an article.</summary>
/// <param name="Id">The near-duplicate's own id.</param>
/// <param name="Input">The input that produced it.</param>
/// <param name="Url">Its address.</param>
/// <param name="Distance">Hamming distance of the fingerprints.</param>
/// <param name="LinkedAt">When it was linked.</param>
public sealed record DuplicateItem(string Id, string Input, string? Url, int Distance, DateTimeOffset LinkedAt);
