namespace Kronika.Core.Annotations;

/// <summary>One reading of a token: its base form and tag, and where the reading came from.</summary>
/// <param name="Lemma">The base form, cased as the dictionary writes it ("Kijów", "powiedzieć").</param>
/// <param name="Tag">The parsed, interned tag.</param>
/// <param name="Source">Dictionary, guesser or rule.</param>
/// <param name="Confidence">1 for dictionary readings; the guesser's estimate, in (0, 1], otherwise.</param>
public sealed record Analysis(string Lemma, MorphTag Tag, AnalysisSource Source, float Confidence = 1f);
