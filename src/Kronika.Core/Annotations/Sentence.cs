namespace Kronika.Core.Annotations;

/// <summary>A sentence: a half-open range of tokens and the text span from its first token's start to its last token's end.</summary>
/// <param name="Span">Characters covered, aligned to token boundaries.</param>
/// <param name="FirstToken">Index of the first token.</param>
/// <param name="EndToken">Index one past the last token.</param>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int EndToken);
