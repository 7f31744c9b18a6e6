using System.Collections.Immutable;

namespace Kronika.Nlp.Mentions.Tagger;

/// <summary>Trains a <see cref="NerModel"/> by the averaged perceptron: the tagger runs greedily over each training
/// sentence, and where its label differs from the gold one the gold label's weights go up and the guessed label's down;
/// the model is the average of the weights over every step, which generalises far better than the last weights.</summary>
/// <remarks>Deterministic: sentences are shuffled with a fixed seed. Features seen fewer than
/// <see cref="MinimumFeatureCount"/> times are left out, and weights that stay near zero are dropped, to keep the
/// model small.</remarks>
public static class NerTrainer
{
    /// <summary>Features seen fewer times than this in the training data get no weights.</summary>
    public const int MinimumFeatureCount = 3;

    /// <summary>Averaged weights smaller than this (for every label) are dropped from the model.</summary>
    public const float MinimumWeight = 0.005f;

    /// <summary>Trains on <paramref name="sentences"/> (tokens with their gold BIO labels).</summary>
    /// <param name="sentences">The training data.</param>
    /// <param name="features">The feature extractor the tagger will use.</param>
    /// <param name="epochs">Passes over the data.</param>
    /// <param name="progress">Told after each epoch: its number and the share of tokens labelled right during it.</param>
    public static NerModel Train(IReadOnlyList<(IReadOnlyList<string> Tokens, IReadOnlyList<string> Labels)> sentences, NerFeatures features, int epochs = 8, Action<int, double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(features);
        ImmutableArray<string> labels = ["O", .. sentences.SelectMany(sentence => sentence.Labels).Where(label => label != "O").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var labelIndex = labels.Select((label, index) => (label, index)).ToDictionary(pair => pair.label, pair => pair.index, StringComparer.Ordinal);

        var extracted = new ulong[sentences.Count][][];
        var counts = new Dictionary<ulong, int>();
        for (int s = 0; s < sentences.Count; s++)
        {
            extracted[s] = features.Extract(sentences[s].Tokens);
            foreach (ulong[] token in extracted[s])
            {
                foreach (ulong feature in token)
                {
                    counts[feature] = counts.GetValueOrDefault(feature) + 1;
                }
            }
        }

        var weights = new Dictionary<ulong, float[]>();
        var totals = new Dictionary<ulong, double[]>();
        int width = labels.Length;
        long step = 1;
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(20261128);
        var scratch = new float[width];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            long right = 0;
            long seen = 0;
            foreach (int s in order)
            {
                IReadOnlyList<string> gold = sentences[s].Labels;
                int previous = 0;
                int beforePrevious = 0;
                for (int i = 0; i < gold.Count; i++)
                {
                    ulong[] tokenFeatures = Kept(extracted[s][i], counts);
                    int guess = Decide(weights, labels, tokenFeatures, beforePrevious, previous, scratch);
                    int truth = labelIndex[gold[i]];
                    if (guess != truth)
                    {
                        Update(weights, totals, tokenFeatures, NerTagger.LabelFeatures(beforePrevious, previous), truth, guess, step, width);
                    }
                    else
                    {
                        right++;
                    }

                    seen++;
                    step++;

                    // Training follows the gold history (measured: better than the tagger's own on NKJP).
                    beforePrevious = previous;
                    previous = truth;
                }
            }

            progress?.Invoke(epoch, (double)right / Math.Max(1, seen));
        }

        var averaged = new Dictionary<ulong, float[]>(weights.Count);
        foreach ((ulong feature, float[] current) in weights)
        {
            double[] total = totals[feature];
            var average = new float[width];
            bool kept = false;
            for (int label = 0; label < width; label++)
            {
                average[label] = (float)(current[label] - (total[label] / step));
                kept |= Math.Abs(average[label]) >= MinimumWeight;
            }

            if (kept)
            {
                averaged[feature] = average;
            }
        }

        return new NerModel(labels, averaged);
    }

    private static ulong[] Kept(ulong[] features, Dictionary<ulong, int> counts) =>
        Array.FindAll(features, feature => counts.GetValueOrDefault(feature) >= MinimumFeatureCount);

    private static int Decide(Dictionary<ulong, float[]> weights, ImmutableArray<string> labels, ulong[] features, int beforePrevious, int previous, float[] scores)
    {
        Array.Clear(scores);
        foreach (ulong feature in features)
        {
            AddTo(weights, feature, scores);
        }

        foreach (ulong feature in NerTagger.LabelFeatures(beforePrevious, previous))
        {
            AddTo(weights, feature, scores);
        }

        int best = 0;
        for (int label = 1; label < scores.Length; label++)
        {
            if (NerTagger.Allowed(labels, previous, label) && scores[label] > scores[best])
            {
                best = label;
            }
        }

        return best;
    }

    private static void AddTo(Dictionary<ulong, float[]> weights, ulong feature, float[] scores)
    {
        if (weights.TryGetValue(feature, out float[]? values))
        {
            for (int label = 0; label < scores.Length; label++)
            {
                scores[label] += values[label];
            }
        }
    }

    private static void Update(Dictionary<ulong, float[]> weights, Dictionary<ulong, double[]> totals, ulong[] features, ulong[] labelFeatures,
        int truth, int guess, long step, int width)
    {
        foreach (ulong feature in features.Concat(labelFeatures))
        {
            if (!weights.TryGetValue(feature, out float[]? values))
            {
                weights[feature] = values = new float[width];
                totals[feature] = new double[width];
            }

            double[] total = totals[feature];
            values[truth] += 1;
            total[truth] += step;
            values[guess] -= 1;
            total[guess] -= step;
        }
    }
}
