using System.Collections.Immutable;

namespace Kronika.Evaluation.Sentences;

/// <summary>One document of the NKJP corpus: its name (after <c>-DOCSTART FILE</c>) and its tokens in order.</summary>
/// <param name="Name">The corpus file name, e.g. "./010-2-000000001".</param>
/// <param name="Tokens">Tokens in order; the last one always ends a sentence.</param>
public sealed record NkjpDocument(string Name, ImmutableArray<NkjpToken> Tokens);
