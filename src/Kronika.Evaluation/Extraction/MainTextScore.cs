using System.Globalization;

namespace Kronika.Evaluation.Extraction;

/// <summary>Main-text precision, recall and F1 over a set of pages, averaged as the Zyte article-extraction benchmark
/// averages them (<c>metrics_from_tp_fp_fns</c> in its <c>evaluate.py</c>): precision is the mean of the per-page
/// precisions over the pages where something was extracted, recall the mean of the per-page recalls over the pages
/// whose gold has a word; F1 is the harmonic mean of those two means, not a mean of per-page F1s.</summary>
/// <param name="Precision">Mean per-page precision, 0 to 1.</param>
/// <param name="Recall">Mean per-page recall, 0 to 1.</param>
/// <param name="Accuracy">Share of pages whose extracted tokens equal the gold's exactly.</param>
/// <param name="Pages">Pages scored.</param>
/// <param name="EmptyExtractions">Pages where nothing was extracted: they lower recall only, as in the benchmark.</param>
/// <param name="EmptyGolds">Pages whose gold has no word: they count towards precision only (anything extracted there is false).</param>
/// <remarks>Where the benchmark would stop with an error (no page with an extraction, or precision and recall both 0)
/// the figure is 0 here.</remarks>
public sealed record MainTextScore(double Precision, double Recall, double Accuracy, int Pages, int EmptyExtractions, int EmptyGolds)
{
    /// <summary>Harmonic mean of <see cref="Precision"/> and <see cref="Recall"/>, 0 to 1.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Averages the matches of a set of pages.</summary>
    public static MainTextScore Measure(IEnumerable<ShingleMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        int exact = 0;
        int pages = 0;
        foreach (ShingleMatch match in matches)
        {
            pages++;
            exact += match.Exact ? 1 : 0;
            if (match.HasExtraction)
            {
                precisionSum += match.Precision;
                precisionPages++;
            }

            if (match.HasGold)
            {
                recallSum += match.Recall;
                recallPages++;
            }
        }

        return new MainTextScore(
            precisionPages == 0 ? 0 : precisionSum / precisionPages,
            recallPages == 0 ? 0 : recallSum / recallPages,
            pages == 0 ? 0 : (double)exact / pages,
            pages,
            pages - precisionPages,
            pages - recallPages);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"P {Precision:F4} R {Recall:F4} F1 {F1:F4} accuracy {Accuracy:F4} ({Pages} pages, {EmptyExtractions} extracted nothing, {EmptyGolds} with empty gold)");
}
