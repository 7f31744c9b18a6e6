using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Morphology;

/// <summary>The cases the context imposes on a phrase: those governed by the preposition right before it
/// ("w Polsce": locative or accusative; "z Rosją": instrumental or genitive).</summary>
public static class GovernedCases
{
    /// <summary>The cases governed by the preposition that ends right before <paramref name="start"/> (white space
    /// between), or <see cref="GrammaticalCase.None"/> when the word before is no preposition or the document has no
    /// morphology layer.</summary>
    public static GrammaticalCase Before(Document document, int start)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Morphology.IsEmpty)
        {
            return GrammaticalCase.None;
        }

        int index = TokenEndingBefore(document.Tokens, start);
        if (index < 0 || !IsOnlySpace(document.Text, document.Tokens[index].Span.End, start))
        {
            return GrammaticalCase.None;
        }

        TokenMorphology morphology = document.Morphology[index];
        if (morphology.Best is not { } chosen || chosen.Tag.PartOfSpeech != PartOfSpeech.Preposition)
        {
            return GrammaticalCase.None;
        }

        GrammaticalCase cases = GrammaticalCase.None;
        foreach (Analysis reading in morphology.Analyses)
        {
            cases |= reading.Tag.PartOfSpeech == PartOfSpeech.Preposition ? reading.Tag.Case : GrammaticalCase.None;
        }

        return cases;
    }

    /// <summary>The last token that ends at or before <paramref name="offset"/>, or -1.</summary>
    private static int TokenEndingBefore(System.Collections.Immutable.ImmutableArray<Token> tokens, int offset)
    {
        int low = 0;
        int high = tokens.Length - 1;
        int found = -1;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            if (tokens[middle].Span.End <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    private static bool IsOnlySpace(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
