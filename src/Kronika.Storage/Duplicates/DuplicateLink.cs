namespace Kronika.Storage.Duplicates;

/// <summary>An input whose article nearly repeated a stored one, kept as a link instead of a report of its own.</summary>
/// <param name="Id">The id of the near-duplicate's own clean text (never stored as an article).</param>
/// <param name="DuplicateOf">The stored article it repeats: the first of the story to be stored.</param>
/// <param name="Input">The input that produced it.</param>
/// <param name="Url">Its address, where known.</param>
/// <param name="Fingerprint">The <see cref="SimHash"/> fingerprint of its own clean text.</param>
/// <param name="Distance">Hamming distance of its fingerprint from the stored article's.</param>
/// <param name="LinkedAt">When the link was made.</param>
public sealed record DuplicateLink(string Id, string DuplicateOf, string Input, string? Url, ulong Fingerprint, int Distance, DateTimeOffset LinkedAt);
