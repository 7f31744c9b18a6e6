using Kronika.Core.Annotations;

namespace Kronika.Nlp.Morphology;

/// <summary>Every reading of one word of one language, as the text presents it.</summary>
/// <remarks>Implementations are immutable and thread-safe.</remarks>
public interface IWordAnalyzer
{
    /// <summary>Every reading of <paramref name="word"/>, best first; empty when nothing is known of it.</summary>
    /// <param name="word">The token's text.</param>
    /// <param name="sentenceInitial">True when the word starts a sentence, so that its capital says nothing about it.</param>
    IReadOnlyList<Analysis> Analyze(string word, bool sentenceInitial);
}
