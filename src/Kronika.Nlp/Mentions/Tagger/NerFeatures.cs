using System.Globalization;
using Kronika.Core.Annotations;
using Kronika.Nlp.Morphology.Polish;

namespace Kronika.Nlp.Mentions.Tagger;

/// <summary>The features of each token of a sentence that do not depend on the labels: the word and its neighbours,
/// shape, affixes, and what the Polish dictionary says of it (known as a name, as a common word, or not at all).</summary>
/// <remarks>Immutable; thread-safe. The per-word part is cached per call, so repeated words cost one analysis.</remarks>
public sealed class NerFeatures
{
    private readonly PolishAnalyzer? _analyzer;

    /// <summary>Features with the dictionary's view of each word when <paramref name="analyzer"/> is given.</summary>
    public NerFeatures(PolishAnalyzer? analyzer) => _analyzer = analyzer;

    /// <summary>The label-independent feature keys of every token of <paramref name="tokens"/>.</summary>
    public ulong[][] Extract(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        int n = tokens.Count;
        string[] lower = new string[n];
        string[] shape = new string[n];
        string[] morph = new string[n];
        string[] lemma = new string[n];
        for (int i = 0; i < n; i++)
        {
            lower[i] = tokens[i].ToLowerInvariant();
            shape[i] = Shape(tokens[i]);
            (morph[i], lemma[i]) = Morph(tokens[i], i == 0);
        }

        // Runs of capitalised words ("Ministerstwo Spraw Zagranicznych"): where a token stands in its run, and how long it is.
        int[] runStart = new int[n];
        int[] runEnd = new int[n];
        for (int i = 0; i < n; i++)
        {
            bool capital = char.IsUpper(tokens[i][0]);
            runStart[i] = capital && i > 0 && char.IsUpper(tokens[i - 1][0]) ? runStart[i - 1] : i;
        }

        for (int i = n - 1; i >= 0; i--)
        {
            bool capital = char.IsUpper(tokens[i][0]);
            runEnd[i] = capital && i + 1 < n && char.IsUpper(tokens[i + 1][0]) ? runEnd[i + 1] : i;
        }

        var features = new ulong[n][];
        var list = new List<ulong>(48);
        for (int i = 0; i < n; i++)
        {
            list.Clear();
            string word = tokens[i];
            list.Add(FeatureHash.Of(0, 1));
            list.Add(FeatureHash.Of(1, lower[i]));
            list.Add(FeatureHash.Of(2, shape[i]));
            list.Add(FeatureHash.Of(3, morph[i]));
            for (int k = 1; k <= Math.Min(4, lower[i].Length); k++)
            {
                list.Add(FeatureHash.Of(4 + k, lower[i].AsSpan(lower[i].Length - k)));
            }

            for (int k = 1; k <= Math.Min(3, lower[i].Length); k++)
            {
                list.Add(FeatureHash.Of(10 + k, lower[i].AsSpan(0, k)));
            }

            list.Add(FeatureHash.Of(20, i == 0 ? 1 : 0, char.IsUpper(word[0]) ? 1 : 0));
            list.Add(FeatureHash.Of(21, Neighbour(lower, i - 1)));
            list.Add(FeatureHash.Of(22, Neighbour(lower, i + 1)));
            list.Add(FeatureHash.Of(23, Neighbour(lower, i - 2)));
            list.Add(FeatureHash.Of(24, Neighbour(lower, i + 2)));
            list.Add(FeatureHash.Of(25, Neighbour(shape, i - 1), shape[i]));
            list.Add(FeatureHash.Of(26, shape[i], Neighbour(shape, i + 1)));
            list.Add(FeatureHash.Of(27, Neighbour(morph, i - 1), morph[i]));
            list.Add(FeatureHash.Of(28, morph[i], Neighbour(morph, i + 1)));
            list.Add(FeatureHash.Of(29, Neighbour(lower, i - 1), lower[i]));
            list.Add(FeatureHash.Of(30, lower[i], Neighbour(lower, i + 1)));
            list.Add(FeatureHash.Of(31, Neighbour(morph, i + 1)));
            list.Add(FeatureHash.Of(32, Neighbour(morph, i - 1)));
            list.Add(FeatureHash.Of(33, lemma[i]));
            list.Add(FeatureHash.Of(34, Neighbour(lemma, i - 1)));
            list.Add(FeatureHash.Of(35, Neighbour(lemma, i + 1)));
            list.Add(FeatureHash.Of(36, Neighbour(lemma, i - 1), shape[i]));
            list.Add(FeatureHash.Of(37, Neighbour(lemma, i - 2)));
            if (char.IsUpper(word[0]))
            {
                list.Add(FeatureHash.Of(38, Math.Min(runEnd[i] - runStart[i] + 1, 5), Math.Min(i - runStart[i], 3)));
                list.Add(FeatureHash.Of(39, lemma[runStart[i]]));
            }

            list.Add(FeatureHash.Of(42, Neighbour(lemma, i - 1), lemma[i]));
            features[i] = [.. list];
        }

        return features;
    }

    private static string Neighbour(string[] values, int index) => index < 0 ? "<s>" : index >= values.Length ? "</s>" : values[index];

    /// <summary>The word's shape: letters as X or x, digits as d, runs collapsed ("Xx", "X", "d", "Xx-Xx").</summary>
    private static string Shape(string word)
    {
        Span<char> shape = stackalloc char[Math.Min(word.Length, 12)];
        int length = 0;
        foreach (char c in word)
        {
            char kind = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if ((length == 0 || shape[length - 1] != kind) && length < shape.Length)
            {
                shape[length++] = kind;
            }
        }

        return new string(shape[..length]);
    }

    /// <summary>What the dictionary says: "name" (a capitalised base form), "common:POS" (the first reading's part of
    /// speech and case), "guess" or "none"; and the first reading's base form, lower-cased (the word's, when it has none).</summary>
    private (string Morph, string Lemma) Morph(string word, bool sentenceInitial)
    {
        string lower = word.ToLowerInvariant();
        if (_analyzer is null || !char.IsLetter(word[0]))
        {
            return ("-", lower);
        }

        List<Analysis> readings = _analyzer.Analyze(word, sentenceInitial);
        if (readings.Count == 0)
        {
            return ("none", lower);
        }

        Analysis first = readings[0];
        string lemma = first.Lemma.ToLowerInvariant();
        // A name the dictionary knows, with the genders its readings allow: people's names are masculine personal or
        // feminine, places mostly inanimate or neuter.
        GrammaticalGender genders = GrammaticalGender.None;
        foreach (Analysis reading in readings)
        {
            if (reading.Source == AnalysisSource.Dictionary && reading.Lemma.Length > 0 && char.IsUpper(reading.Lemma[0]))
            {
                genders |= reading.Tag.Gender;
            }
        }

        if (genders != GrammaticalGender.None)
        {
            return (string.Create(CultureInfo.InvariantCulture, $"name:{(int)genders}"), lemma);
        }

        return first.Source == AnalysisSource.Guesser
            ? ("guess", lemma)
            : (string.Create(CultureInfo.InvariantCulture, $"{first.Tag.PartOfSpeech}:{(int)first.Tag.Case}"), lemma);
    }
}
