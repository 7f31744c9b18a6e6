namespace Kronika.Aggregation.Events;

/// <summary>One report of a canonical event.</summary>
/// <param name="Article">The reporting article's id.</param>
/// <param name="Index">The event's index in that article's record.</param>
/// <param name="Source">The independent source the article belongs to (credited agency, else outlet).</param>
/// <param name="Published">The article's publication day, or null.</param>
/// <param name="Modality">How the article states it: asserted, reported, hypothetical, negated or denied.</param>
/// <param name="Confidence">The extractor's confidence.</param>
/// <param name="Sentence">The sentence that states it.</param>
public sealed record EventEvidence(string Article, int Index, string Source, DateOnly? Published, string Modality, double Confidence, string Sentence);
