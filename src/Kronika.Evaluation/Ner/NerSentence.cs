using System.Collections.Immutable;

namespace Kronika.Evaluation.Ner;

/// <summary>One sentence of a named-entity corpus: its tokens and their BIO labels over the top-level classes
/// ("B-persName", "I-orgName", "O").</summary>
/// <param name="Document">The document it belongs to.</param>
/// <param name="Tokens">The tokens as written.</param>
/// <param name="Labels">One BIO label per token.</param>
public sealed record NerSentence(string Document, ImmutableArray<string> Tokens, ImmutableArray<string> Labels);
