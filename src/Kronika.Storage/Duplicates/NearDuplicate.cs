namespace Kronika.Storage.Duplicates;

/// <summary>A stored article that a new text nearly repeats.</summary>
/// <param name="ArticleId">The stored article's id.</param>
/// <param name="Fingerprint">The <see cref="SimHash"/> fingerprint of the new text (the one looked up), for its
/// <see cref="DuplicateLink"/>.</param>
/// <param name="Distance">Hamming distance of the two SimHash fingerprints (0 to <see cref="SimHash.CandidateDistance"/>).</param>
/// <param name="Similarity">Jaccard similarity of the two texts' 3-word shingles (<see cref="Shingles.MinJaccard"/> to 1).</param>
public sealed record NearDuplicate(string ArticleId, ulong Fingerprint, int Distance, double Similarity);
