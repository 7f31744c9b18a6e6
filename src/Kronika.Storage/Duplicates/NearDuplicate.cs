namespace Kronika.Storage.Duplicates;

/// <summary>A stored article that a new text nearly repeats.</summary>
/// <param name="ArticleId">The stored article's id.</param>
/// <param name="Distance">Hamming distance of the two SimHash fingerprints (0 to <see cref="SimHash.CandidateDistance"/>).</param>
/// <param name="Similarity">Jaccard similarity of the two texts' 3-word shingles (<see cref="Shingles.MinJaccard"/> to 1).</param>
public sealed record NearDuplicate(string ArticleId, int Distance, double Similarity);
