using Kronika.Core.Annotations;

namespace Kronika.Nlp.Morphology.Polish;

/// <summary>One reading of a name as standing in one case, and the base form that follows from it.</summary>
/// <param name="BaseForm">The name in the nominative.</param>
/// <param name="Case">The case the reading takes the name to be in.</param>
/// <param name="Score">How well the reading explains the words (higher is better; comparable within one phrase only).</param>
public sealed record BaseFormCandidate(string BaseForm, GrammaticalCase Case, double Score);
