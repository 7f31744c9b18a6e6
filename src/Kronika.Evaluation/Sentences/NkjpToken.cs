namespace Kronika.Evaluation.Sentences;

/// <summary>One token of the NKJP named-entity corpus as the sentence-boundary measure needs it.</summary>
/// <param name="Orth">The token as written.</param>
/// <param name="Agglutinate">True for a split-off agglutinate ("em", "śmy", ctag <c>aglt</c>), written glued to the token before it.</param>
/// <param name="EndsSentence">True when a blank line (a sentence break) follows the token in the corpus.</param>
public readonly record struct NkjpToken(string Orth, bool Agglutinate, bool EndsSentence);
