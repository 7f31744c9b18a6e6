using System.Collections.Immutable;

namespace Kronika.Nlp.Mentions.Tagger;

/// <summary>Labels the tokens of a sentence with BIO named-entity labels: greedy, left to right, each token scored by the
/// model on its own features and the two labels before it; an I- label only continues a mention of its type.</summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class NerTagger
{
    private readonly NerModel _model;
    private readonly NerFeatures _features;

    /// <summary>A tagger with <paramref name="model"/> over <paramref name="features"/> (the ones it was trained with).</summary>
    public NerTagger(NerModel model, NerFeatures features)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(features);
        _model = model;
        _features = features;
    }

    /// <summary>The labels the model knows.</summary>
    public ImmutableArray<string> Labels => _model.Labels;

    /// <summary>One label per token of <paramref name="tokens"/>.</summary>
    public string[] Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ulong[][] features = _features.Extract(tokens);
        var labels = new string[tokens.Count];
        Span<float> scores = stackalloc float[_model.Labels.Length];
        int previous = 0;
        int beforePrevious = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            int best = Decide(_model, features[i], beforePrevious, previous, scores);
            labels[i] = _model.Labels[best];
            beforePrevious = previous;
            previous = best;
        }

        return labels;
    }

    /// <summary>The best label for one token given its features and the two labels before it.</summary>
    internal static int Decide(NerModel model, ulong[] features, int beforePrevious, int previous, Span<float> scores)
    {
        scores.Clear();
        foreach (ulong feature in features)
        {
            model.Add(feature, scores);
        }

        foreach (ulong feature in LabelFeatures(beforePrevious, previous))
        {
            model.Add(feature, scores);
        }

        int best = 0;
        for (int label = 1; label < scores.Length; label++)
        {
            if (Allowed(model.Labels, previous, label) && scores[label] > scores[best])
            {
                best = label;
            }
        }

        return best;
    }

    /// <summary>The features that depend on the labels already given.</summary>
    internal static ulong[] LabelFeatures(int beforePrevious, int previous) =>
        [FeatureHash.Of(40, previous), FeatureHash.Of(41, beforePrevious, previous)];

    /// <summary>True unless <paramref name="label"/> is an I- that does not continue the previous label's mention.</summary>
    internal static bool Allowed(ImmutableArray<string> labels, int previous, int label)
    {
        string name = labels[label];
        if (!name.StartsWith("I-", StringComparison.Ordinal))
        {
            return true;
        }

        string before = labels[previous];
        return before.Length > 2 && before.AsSpan(2).SequenceEqual(name.AsSpan(2));
    }
}
