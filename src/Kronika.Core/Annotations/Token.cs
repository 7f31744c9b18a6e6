namespace Kronika.Core.Annotations;

/// <summary>A token: a span of the text and its kind. Twelve bytes, no string.</summary>
/// <param name="Span">The token's characters in <see cref="Document.Text"/>.</param>
/// <param name="Kind">What sort of token it is.</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind);
