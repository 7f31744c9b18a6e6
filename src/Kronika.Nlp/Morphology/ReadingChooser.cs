using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Morphology;

/// <summary>Chooses one reading per token where the context decides, keeping every alternative.</summary>
/// <remarks>
/// Two kinds of evidence, both local: a preposition governs the case of the noun phrase after it ("z" + instrumental or
/// genitive, "w" + locative or accusative), and an adjective agrees with the noun next to it in case, number and gender.
/// Without evidence the analyzer's order stands (as-written dictionary readings first, a sentence's first word
/// lower-cased first), and vocatives, interjections and abbreviation expansions, rare in news, come last.
/// </remarks>
public static class ReadingChooser
{
    private const double GovernedBonus = 2;
    private const double AgreementBonus = 1;
    private const double VocativePenalty = 1;
    private const double OrderPenalty = 0.01;
    private const double RareClassPenalty = 0.5;

    /// <summary>The morphology layer for <paramref name="document"/>: one entry per token, with the chosen reading.</summary>
    /// <param name="document">The document, with tokens and sentences.</param>
    /// <param name="readings">Every reading of every token (empty for tokens with none), same index as the tokens.</param>
    public static ImmutableArray<TokenMorphology> Choose(Document document, ImmutableArray<Analysis>[] readings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(readings);
        var chosen = new TokenMorphology[readings.Length];
        foreach (Sentence sentence in document.Sentences)
        {
            GrammaticalCase governed = GrammaticalCase.None;
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                ImmutableArray<Analysis> here = readings[i];
                if (here.IsEmpty)
                {
                    chosen[i] = TokenMorphology.None;
                    governed = document.Tokens[i].Kind == TokenKind.Number ? governed : GrammaticalCase.None;
                    continue;
                }

                int best = 0;
                double bestScore = double.NegativeInfinity;
                for (int r = 0; r < here.Length; r++)
                {
                    double score = Score(here[r], r, governed, i > sentence.FirstToken ? readings[i - 1] : [], i + 1 < sentence.EndToken ? readings[i + 1] : []);
                    if (score > bestScore)
                    {
                        bestScore = score;
                        best = r;
                    }
                }

                chosen[i] = new TokenMorphology(here, best);
                governed = NextGoverned(here, here[best], governed);
            }
        }

        for (int i = 0; i < chosen.Length; i++)
        {
            if (chosen[i].Analyses.IsDefault)
            {
                chosen[i] = new TokenMorphology(readings[i], readings[i].IsEmpty ? -1 : 0);
            }
        }

        return [.. chosen];
    }

    private static double Score(Analysis reading, int order, GrammaticalCase governed, ImmutableArray<Analysis> before, ImmutableArray<Analysis> after)
    {
        MorphTag tag = reading.Tag;
        double score = -OrderPenalty * order;
        if (tag.Case == GrammaticalCase.Vocative)
        {
            score -= VocativePenalty;
        }

        // "o" is a preposition far more often than an interjection, "dr" a word more often than an abbreviation's expansion.
        if (tag.PartOfSpeech is PartOfSpeech.Particle or PartOfSpeech.Abbreviation && tag.Flexeme is "interj" or "brev" or "burk")
        {
            score -= RareClassPenalty;
        }

        if (governed != GrammaticalCase.None && tag.Case != GrammaticalCase.None && IsNominal(tag))
        {
            score += tag.AllowsCase(governed) ? GovernedBonus : 0;
        }

        if (tag.PartOfSpeech is PartOfSpeech.Adjective or PartOfSpeech.Noun && (AgreesWithAny(tag, before) || AgreesWithAny(tag, after)))
        {
            score += AgreementBonus;
        }

        return score;
    }

    /// <summary>The cases the next token is governed in: a preposition's cases, kept through the adjectives, numerals and
    /// pronouns of its phrase up to and including the first noun.</summary>
    private static GrammaticalCase NextGoverned(ImmutableArray<Analysis> readings, Analysis chosen, GrammaticalCase governed)
    {
        if (chosen.Tag.PartOfSpeech == PartOfSpeech.Preposition)
        {
            GrammaticalCase cases = GrammaticalCase.None;
            foreach (Analysis reading in readings)
            {
                cases |= reading.Tag.PartOfSpeech == PartOfSpeech.Preposition ? reading.Tag.Case : GrammaticalCase.None;
            }

            return cases;
        }

        return chosen.Tag.PartOfSpeech is PartOfSpeech.Adjective or PartOfSpeech.Numeral or PartOfSpeech.Pronoun ? governed : GrammaticalCase.None;
    }

    private static bool AgreesWithAny(MorphTag tag, ImmutableArray<Analysis> neighbour)
    {
        foreach (Analysis other in neighbour)
        {
            MorphTag that = other.Tag;
            bool pair = (tag.PartOfSpeech == PartOfSpeech.Adjective && that.PartOfSpeech == PartOfSpeech.Noun)
                || (tag.PartOfSpeech == PartOfSpeech.Noun && that.PartOfSpeech == PartOfSpeech.Adjective);
            if (pair && (tag.Case & that.Case) != 0 && (tag.Number & that.Number) != 0
                && (tag.Gender == GrammaticalGender.None || that.Gender == GrammaticalGender.None || (tag.Gender & that.Gender) != 0))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNominal(MorphTag tag) =>
        tag.PartOfSpeech is PartOfSpeech.Noun or PartOfSpeech.Adjective or PartOfSpeech.Numeral or PartOfSpeech.Pronoun;
}
