namespace Kronika.Evaluation.Sentences;

/// <summary>Counts of sentence boundaries, micro-averaged over a corpus.</summary>
/// <param name="Documents">Documents scored.</param>
/// <param name="TruePositives">Predicted boundaries at a gold boundary.</param>
/// <param name="FalsePositives">Predicted boundaries elsewhere, inside a gold token included.</param>
/// <param name="FalseNegatives">Gold boundaries not predicted.</param>
public sealed record SentenceBoundaryScore(int Documents, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Nothing counted yet.</summary>
    public static SentenceBoundaryScore Zero { get; } = new(0, 0, 0, 0);

    /// <summary>TP / (TP + FP); NaN when nothing was predicted.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); NaN when the gold has no boundaries.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall; NaN when either is NaN, 0 when both are 0.</summary>
    public double F1 => Precision + Recall is var sum && sum > 0 ? 2 * Precision * Recall / sum : double.IsNaN(Precision + Recall) ? double.NaN : 0;

    /// <summary>The sum of two scores' counts.</summary>
    public SentenceBoundaryScore Add(SentenceBoundaryScore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Documents + other.Documents, TruePositives + other.TruePositives, FalsePositives + other.FalsePositives, FalseNegatives + other.FalseNegatives);
    }

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant(
        $"P={Precision:F4} R={Recall:F4} F1={F1:F4} (TP={TruePositives}, FP={FalsePositives}, FN={FalseNegatives}, documents={Documents})");

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? double.NaN : (double)numerator / denominator;
}
