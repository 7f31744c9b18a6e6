using System.Collections.Immutable;
using System.Globalization;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Evaluation.Quotes;

/// <summary>Quote figures of one kind (direct or reported): content-span precision, recall and F1, and speaker accuracy.</summary>
/// <param name="Gold">Gold contents of this kind.</param>
/// <param name="Output">Output quotes of this kind.</param>
/// <param name="Matched">One-to-one matched pairs: the overlap covers at least half of the gold content and at least half of the output content.</param>
/// <param name="WithSource">Matched pairs whose gold attribution has a source.</param>
/// <param name="SpeakerCorrect">Of those, pairs whose output speaker (or the pronoun standing for it) overlaps the gold
/// source, or has the same text.</param>
public readonly record struct QuoteKindScore(int Gold, int Output, int Matched, int WithSource, int SpeakerCorrect)
{
    /// <summary>Matched over output; 0 with no output.</summary>
    public double Precision => Output == 0 ? 0 : (double)Matched / Output;

    /// <summary>Matched over gold; 0 with no gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Correct speakers over matched pairs with a gold source; 0 when there are none.</summary>
    public double SpeakerAccuracy => WithSource == 0 ? 0 : (double)SpeakerCorrect / WithSource;

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"content P {Precision:F4} R {Recall:F4} F1 {F1:F4} ({Matched} of {Gold} gold, {Output} output), speaker {SpeakerAccuracy:F4} ({SpeakerCorrect} of {WithSource})");
}

/// <summary>Scores output quotes against PolNeAR's attributions, separately for direct speech (content in quotation marks)
/// and reported speech (every other attribution); output quotes are split by their own kind.</summary>
public sealed class QuoteScorer
{
    private readonly int[] _direct = new int[5];
    private readonly int[] _reported = new int[5];

    /// <summary>Direct speech so far.</summary>
    public QuoteKindScore Direct => Of(_direct);

    /// <summary>Reported speech so far.</summary>
    public QuoteKindScore Reported => Of(_reported);

    /// <summary>Adds one article: its gold attributions and the quotes found in its text.</summary>
    public void Add(PolnearArticle article, ImmutableArray<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(article);
        Add(article, [.. article.Attributions.Where(gold => gold.Direct)], [.. quotes.Where(quote => quote.Kind == QuoteKind.Direct)], _direct);
        Add(article, [.. article.Attributions.Where(gold => !gold.Direct)], [.. quotes.Where(quote => quote.Kind == QuoteKind.Reported)], _reported);
    }

    /// <summary>True when the overlap of <paramref name="output"/> with the pieces of <paramref name="gold"/> covers at least
    /// half of each.</summary>
    public static bool ContentMatches(TextSpan output, ImmutableArray<TextSpan> gold)
    {
        int overlap = 0;
        int goldLength = 0;
        foreach (TextSpan piece in gold)
        {
            goldLength += piece.Length;
            overlap += Math.Max(0, Math.Min(piece.End, output.End) - Math.Max(piece.Start, output.Start));
        }

        return goldLength > 0 && output.Length > 0 && 2 * overlap >= goldLength && 2 * overlap >= output.Length;
    }

    /// <summary>True when the output speaker, or the pronoun standing for it, overlaps a piece of the gold source, or the
    /// speaker has the source's text (ignoring case).</summary>
    public static bool SpeakerMatches(string text, Quote quote, ImmutableArray<TextSpan> source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(quote);
        if (quote.Speaker is not { } speaker || source.IsDefaultOrEmpty)
        {
            return false;
        }

        string sourceText = string.Join(' ', source.Select(piece => piece.ToString(text).Trim()));
        return source.Any(piece => piece.Overlaps(speaker) || (quote.SpeakerReference is { } reference && piece.Overlaps(reference)))
            || string.Equals(speaker.ToString(text).Trim(), sourceText, StringComparison.OrdinalIgnoreCase);
    }

    private static void Add(PolnearArticle article, List<PolnearAttribution> gold, List<Quote> output, int[] counts)
    {
        int[] pairs = MaximumMatching.Match(output.Count, gold.Count, (o, g) => ContentMatches(output[o].Content, gold[g].Content));
        counts[0] += gold.Count;
        counts[1] += output.Count;
        for (int o = 0; o < pairs.Length; o++)
        {
            if (pairs[o] < 0)
            {
                continue;
            }

            counts[2]++;
            PolnearAttribution attribution = gold[pairs[o]];
            if (!attribution.Source.IsEmpty)
            {
                counts[3]++;
                counts[4] += SpeakerMatches(article.Text, output[o], attribution.Source) ? 1 : 0;
            }
        }
    }

    private static QuoteKindScore Of(int[] counts) => new(counts[0], counts[1], counts[2], counts[3], counts[4]);
}
