using System.Collections.Immutable;

namespace Kronika.Core.Annotations;

/// <summary>The morphology of one token: every reading, and the one chosen in context.</summary>
/// <param name="Analyses">Every reading, best first; empty for punctuation and symbols.</param>
/// <param name="Chosen">Index into <paramref name="Analyses"/> of the reading chosen in context, or -1 when there is none.</param>
public readonly record struct TokenMorphology(ImmutableArray<Analysis> Analyses, int Chosen)
{
    /// <summary>No readings (punctuation, symbols).</summary>
    public static TokenMorphology None { get; } = new([], -1);

    /// <summary>The chosen reading, or null.</summary>
    public Analysis? Best => Chosen >= 0 ? Analyses[Chosen] : null;
}
