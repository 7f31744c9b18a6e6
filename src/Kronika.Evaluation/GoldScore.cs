using System.Globalization;
using System.Text;

namespace Kronika.Evaluation;

/// <summary>Counts from scoring outputs against gold, for one article or summed over many (micro-averaged).</summary>
/// <remarks>Ratios are NaN when their denominator is 0: nothing to count is not the same as a perfect or a zero score.
/// Matching is one to one, so the matched count is the numerator of both precision and recall.</remarks>
public sealed record GoldScore
{
    /// <summary>A score with nothing counted, the start of a sum.</summary>
    public static GoldScore Zero { get; } = new();

    /// <summary>Articles scored.</summary>
    public int Articles { get; init; }

    /// <summary>Titles equal to the gold title after white-space normalisation (both null counts as equal).</summary>
    public int TitlesCorrect { get; init; }

    /// <summary>Titles checked, one per article.</summary>
    public int TitlesChecked { get; init; }

    /// <summary>Credited sources equal to the gold one (both null counts as equal).</summary>
    public int CreditedSourcesCorrect { get; init; }

    /// <summary>Credited sources checked, one per article.</summary>
    public int CreditedSourcesChecked { get; init; }

    /// <summary>Gold junk strings absent from the normalised clean text.</summary>
    public int JunkAbsent { get; init; }

    /// <summary>Gold junk strings checked.</summary>
    public int JunkChecked { get; init; }

    /// <summary>Gold captions equal to the normalised text of an output caption region.</summary>
    public int CaptionsFound { get; init; }

    /// <summary>Gold captions checked.</summary>
    public int CaptionsChecked { get; init; }

    /// <summary>Gold mention strings found on an output entity aligned with their gold entity (each string once per entity).</summary>
    public int MentionsFound { get; init; }

    /// <summary>Distinct gold mention strings, counted per entity.</summary>
    public int GoldMentions { get; init; }

    /// <summary>Pairs of an output event and a gold event matched one to one.</summary>
    public int EventsMatched { get; init; }

    /// <summary>Output events.</summary>
    public int OutputEvents { get; init; }

    /// <summary>Gold events.</summary>
    public int GoldEvents { get; init; }

    /// <summary>Matched event pairs whose modality agrees.</summary>
    public int ModalitiesAgreed { get; init; }

    /// <summary>Pairs of an output quote and a gold quote matched one to one.</summary>
    public int QuotesMatched { get; init; }

    /// <summary>Output quotes.</summary>
    public int OutputQuotes { get; init; }

    /// <summary>Gold quotes.</summary>
    public int GoldQuotes { get; init; }

    /// <summary>One line per thing missed or wrong, prefixed with the article, for a person reading why a score is low.</summary>
    public IReadOnlyList<string> Misses { get; init; } = [];

    /// <summary><see cref="TitlesCorrect"/> / <see cref="TitlesChecked"/>.</summary>
    public double TitleAccuracy => Ratio(TitlesCorrect, TitlesChecked);

    /// <summary><see cref="CreditedSourcesCorrect"/> / <see cref="CreditedSourcesChecked"/>.</summary>
    public double CreditedSourceAccuracy => Ratio(CreditedSourcesCorrect, CreditedSourcesChecked);

    /// <summary><see cref="JunkAbsent"/> / <see cref="JunkChecked"/>: 1 when no junk is left.</summary>
    public double JunkRemoval => Ratio(JunkAbsent, JunkChecked);

    /// <summary><see cref="CaptionsFound"/> / <see cref="CaptionsChecked"/>.</summary>
    public double CaptionRecall => Ratio(CaptionsFound, CaptionsChecked);

    /// <summary><see cref="MentionsFound"/> / <see cref="GoldMentions"/>.</summary>
    public double MentionRecall => Ratio(MentionsFound, GoldMentions);

    /// <summary><see cref="EventsMatched"/> / <see cref="OutputEvents"/>.</summary>
    public double EventPrecision => Ratio(EventsMatched, OutputEvents);

    /// <summary><see cref="EventsMatched"/> / <see cref="GoldEvents"/>.</summary>
    public double EventRecall => Ratio(EventsMatched, GoldEvents);

    /// <summary><see cref="ModalitiesAgreed"/> / <see cref="EventsMatched"/>.</summary>
    public double ModalityAgreement => Ratio(ModalitiesAgreed, EventsMatched);

    /// <summary><see cref="QuotesMatched"/> / <see cref="OutputQuotes"/>.</summary>
    public double QuotePrecision => Ratio(QuotesMatched, OutputQuotes);

    /// <summary><see cref="QuotesMatched"/> / <see cref="GoldQuotes"/>.</summary>
    public double QuoteRecall => Ratio(QuotesMatched, GoldQuotes);

    /// <summary>The counts of <paramref name="scores"/> added up (a micro average); misses concatenated in order.</summary>
    public static GoldScore Sum(IEnumerable<GoldScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        GoldScore total = Zero;
        var misses = new List<string>();
        foreach (GoldScore score in scores)
        {
            total = new GoldScore
            {
                Articles = total.Articles + score.Articles,
                TitlesCorrect = total.TitlesCorrect + score.TitlesCorrect,
                TitlesChecked = total.TitlesChecked + score.TitlesChecked,
                CreditedSourcesCorrect = total.CreditedSourcesCorrect + score.CreditedSourcesCorrect,
                CreditedSourcesChecked = total.CreditedSourcesChecked + score.CreditedSourcesChecked,
                JunkAbsent = total.JunkAbsent + score.JunkAbsent,
                JunkChecked = total.JunkChecked + score.JunkChecked,
                CaptionsFound = total.CaptionsFound + score.CaptionsFound,
                CaptionsChecked = total.CaptionsChecked + score.CaptionsChecked,
                MentionsFound = total.MentionsFound + score.MentionsFound,
                GoldMentions = total.GoldMentions + score.GoldMentions,
                EventsMatched = total.EventsMatched + score.EventsMatched,
                OutputEvents = total.OutputEvents + score.OutputEvents,
                GoldEvents = total.GoldEvents + score.GoldEvents,
                ModalitiesAgreed = total.ModalitiesAgreed + score.ModalitiesAgreed,
                QuotesMatched = total.QuotesMatched + score.QuotesMatched,
                OutputQuotes = total.OutputQuotes + score.OutputQuotes,
                GoldQuotes = total.GoldQuotes + score.GoldQuotes,
            };
            misses.AddRange(score.Misses);
        }

        return total with { Misses = misses };
    }

    /// <summary>A plain-text table, one metric a line: name, ratio to three decimals ("n/a" when there was nothing to
    /// count) and the counts, e.g. <c>mention recall            0.000  (0/35)</c>. LF line ends.</summary>
    public string ToReport()
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{"articles",-26}{Articles,5}\n");
        Line(builder, "title", TitlesCorrect, TitlesChecked);
        Line(builder, "credited source", CreditedSourcesCorrect, CreditedSourcesChecked);
        Line(builder, "junk removed", JunkAbsent, JunkChecked);
        Line(builder, "captions", CaptionsFound, CaptionsChecked);
        Line(builder, "mention recall", MentionsFound, GoldMentions);
        Line(builder, "event precision", EventsMatched, OutputEvents);
        Line(builder, "event recall", EventsMatched, GoldEvents);
        Line(builder, "event modality agreement", ModalitiesAgreed, EventsMatched);
        Line(builder, "quote precision", QuotesMatched, OutputQuotes);
        Line(builder, "quote recall", QuotesMatched, GoldQuotes);
        return builder.ToString();
    }

    private static void Line(StringBuilder builder, string name, int count, int total)
    {
        string ratio = total == 0 ? "n/a" : Ratio(count, total).ToString("0.000", CultureInfo.InvariantCulture);
        builder.Append(CultureInfo.InvariantCulture, $"{name,-26}{ratio,5}  ({count}/{total})\n");
    }

    private static double Ratio(int count, int total) => total == 0 ? double.NaN : (double)count / total;
}
