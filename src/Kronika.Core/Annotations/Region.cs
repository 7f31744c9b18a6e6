namespace Kronika.Core.Annotations;

/// <summary>A typed part of the article text.</summary>
/// <param name="Type">What the part is.</param>
/// <param name="Span">Where it is in <see cref="Document.Text"/>. A <see cref="RegionType.Credit"/> lies inside its caption.</param>
public readonly record struct Region(RegionType Type, TextSpan Span);
