using System.Globalization;

namespace Kronika.Evaluation.Ner;

/// <summary>Exact-span, typed mention precision, recall and F1, overall and per type.</summary>
/// <param name="TruePositives">Predicted spans equal to a gold span in start, end and type.</param>
/// <param name="Predicted">All predicted spans.</param>
/// <param name="Gold">All gold spans.</param>
/// <param name="ByType">Per type: true positives, predicted, gold.</param>
public sealed record SpanScore(int TruePositives, int Predicted, int Gold, IReadOnlyDictionary<string, (int TruePositives, int Predicted, int Gold)> ByType)
{
    /// <summary>Precision, 0 to 1.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    /// <summary>Recall, 0 to 1.</summary>
    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    /// <summary>F1, 0 to 1.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>F1 of one type.</summary>
    public double F1Of(string type)
    {
        (int tp, int predicted, int gold) = ByType.GetValueOrDefault(type);
        double p = predicted == 0 ? 0 : (double)tp / predicted;
        double r = gold == 0 ? 0 : (double)tp / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>Scores predicted BIO label sequences against gold ones, sentence by sentence.</summary>
    public static SpanScore Measure(IEnumerable<(IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted)> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        var byType = new SortedDictionary<string, (int, int, int)>(StringComparer.Ordinal);
        foreach ((IReadOnlyList<string> goldLabels, IReadOnlyList<string> predictedLabels) in sentences)
        {
            HashSet<(int, int, string)> goldSpans = Spans(goldLabels);
            HashSet<(int, int, string)> predictedSpans = Spans(predictedLabels);
            foreach ((int start, int end, string type) in goldSpans)
            {
                (int t, int p, int g) = byType.GetValueOrDefault(type);
                bool hit = predictedSpans.Contains((start, end, type));
                byType[type] = (t + (hit ? 1 : 0), p, g + 1);
                tp += hit ? 1 : 0;
            }

            foreach ((_, _, string type) in predictedSpans)
            {
                (int t, int p, int g) = byType.GetValueOrDefault(type);
                byType[type] = (t, p + 1, g);
            }

            gold += goldSpans.Count;
            predicted += predictedSpans.Count;
        }

        return new SpanScore(tp, predicted, gold, byType);
    }

    /// <summary>The spans of a BIO sequence as (start, end exclusive, type); an I- without its B- opens a span.</summary>
    public static HashSet<(int Start, int End, string Type)> Spans(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var spans = new HashSet<(int, int, string)>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= labels.Count; i++)
        {
            string label = i < labels.Count ? labels[i] : "O";
            bool continues = type is not null && label.StartsWith("I-", StringComparison.Ordinal) && label[2..] == type;
            if (continues)
            {
                continue;
            }

            if (type is not null)
            {
                spans.Add((start, i, type));
                type = null;
            }

            if (label.Length > 2 && label[1] == '-')
            {
                start = i;
                type = label[2..];
            }
        }

        return spans;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"P {Precision:F4} R {Recall:F4} F1 {F1:F4} ({TruePositives} of {Gold} gold, {Predicted} predicted)");
}
