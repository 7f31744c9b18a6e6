using Kronika.Contract;

namespace Kronika.Evaluation;

/// <summary>Scores one <c>kronika/1</c> output against its gold by the matching rules of shared/gold/FORMAT.md.</summary>
/// <remarks>Pure and thread-safe. Rules that FORMAT.md leaves open are settled here, once: an empty actor list matches only
/// an empty one; a gold quote without a speaker matches only an output quote whose speaker aligns with no gold entity;
/// modality agreement is counted over the matched pairs of a largest one-to-one matching.</remarks>
public static class GoldScorer
{
    private const int QuotePrefix = 40;

    /// <summary>Compares <paramref name="output"/> with <paramref name="gold"/>; the score counts one article.</summary>
    public static GoldScore Score(GoldArticle gold, AnalysisRecord output)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(output);
        var misses = new List<string>();
        string where = gold.Article + ": ";
        var alignment = new EntityAlignment(gold, output);
        string text = GoldText.Normalize(output.Article.Text);

        bool titleCorrect = string.Equals(NormalizeOrNull(gold.Title), NormalizeOrNull(output.Article.Title), StringComparison.Ordinal);
        if (!titleCorrect)
        {
            misses.Add($"{where}title is {Quoted(output.Article.Title)}, expected {Quoted(gold.Title)}");
        }

        bool sourceCorrect = string.Equals(gold.CreditedSource, output.Article.CreditedSource, StringComparison.Ordinal);
        if (!sourceCorrect)
        {
            misses.Add($"{where}credited source is {Quoted(output.Article.CreditedSource)}, expected {Quoted(gold.CreditedSource)}");
        }

        int junkAbsent = 0;
        foreach (string junk in gold.Junk)
        {
            if (text.Contains(GoldText.Normalize(junk), StringComparison.Ordinal))
            {
                misses.Add($"{where}junk {Quoted(junk)} is in the text");
            }
            else
            {
                junkAbsent++;
            }
        }

        int captionsFound = CountCaptions(gold, output, where, misses);
        (int mentionsFound, int goldMentions) = CountMentions(gold, alignment, where, misses);
        (int eventsMatched, int modalitiesAgreed) = MatchEvents(gold, output, alignment, where, misses);
        int quotesMatched = MatchQuotes(gold, output, alignment, where, misses);

        return new GoldScore
        {
            Articles = 1,
            TitlesCorrect = titleCorrect ? 1 : 0,
            TitlesChecked = 1,
            CreditedSourcesCorrect = sourceCorrect ? 1 : 0,
            CreditedSourcesChecked = 1,
            JunkAbsent = junkAbsent,
            JunkChecked = gold.Junk.Count,
            CaptionsFound = captionsFound,
            CaptionsChecked = gold.Captions.Count,
            MentionsFound = mentionsFound,
            GoldMentions = goldMentions,
            EventsMatched = eventsMatched,
            OutputEvents = output.Events.Count,
            GoldEvents = gold.Events.Count,
            ModalitiesAgreed = modalitiesAgreed,
            QuotesMatched = quotesMatched,
            OutputQuotes = output.Quotes.Count,
            GoldQuotes = gold.Quotes.Count,
            Misses = misses,
        };
    }

    private static int CountCaptions(GoldArticle gold, AnalysisRecord output, string where, List<string> misses)
    {
        var captions = new HashSet<string>(StringComparer.Ordinal);
        foreach (RegionRecord region in output.Article.Regions)
        {
            if (string.Equals(region.Type, "caption", StringComparison.Ordinal) && Slice(output.Article.Text, region.Start, region.End) is { } caption)
            {
                captions.Add(GoldText.Normalize(caption));
            }
        }

        int found = 0;
        foreach (string caption in gold.Captions)
        {
            if (captions.Contains(GoldText.Normalize(caption)))
            {
                found++;
            }
            else
            {
                misses.Add($"{where}caption {Quoted(caption)} is not a caption region");
            }
        }

        return found;
    }

    private static (int Found, int Total) CountMentions(GoldArticle gold, EntityAlignment alignment, string where, List<string> misses)
    {
        int found = 0;
        int total = 0;
        foreach (GoldEntity entity in gold.Entities)
        {
            var claimed = new HashSet<string>(StringComparer.Ordinal);
            foreach (EntityRecord output in alignment.OutputsOf(entity))
            {
                foreach (MentionRecord mention in output.Mentions)
                {
                    claimed.Add(GoldText.Normalize(mention.Text));
                }
            }

            foreach (string mention in entity.Mentions.Select(GoldText.Normalize).Distinct(StringComparer.Ordinal))
            {
                total++;
                if (claimed.Contains(mention))
                {
                    found++;
                }
                else
                {
                    misses.Add($"{where}mention {Quoted(mention)} of {entity.Key} not found");
                }
            }
        }

        return (found, total);
    }

    private static (int Matched, int ModalitiesAgreed) MatchEvents(GoldArticle gold, AnalysisRecord output, EntityAlignment alignment, string where, List<string> misses)
    {
        var sources = output.Events.Select(@event => ActorKeys(@event.Source, alignment)).ToList();
        var targets = output.Events.Select(@event => ActorKeys(@event.Target, alignment)).ToList();
        int[] pairs = MaximumMatching.Match(output.Events.Count, gold.Events.Count, (o, g) =>
        {
            EventRecord candidate = output.Events[o];
            GoldEvent expected = gold.Events[g];
            if (!string.Equals(candidate.Type, expected.Type, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            bool straight = Shares(sources[o], expected.Source) && Shares(targets[o], expected.Target);
            bool crossed = string.Equals(expected.Type, "CONSULT", StringComparison.OrdinalIgnoreCase)
                && Shares(sources[o], expected.Target) && Shares(targets[o], expected.Source);
            return straight || crossed;
        }, (o, g) => string.Equals(output.Events[o].Modality, gold.Events[g].Modality, StringComparison.OrdinalIgnoreCase));

        int matched = 0;
        int agreed = 0;
        var goldMatched = new bool[gold.Events.Count];
        for (int index = 0; index < pairs.Length; index++)
        {
            EventRecord candidate = output.Events[index];
            if (pairs[index] < 0)
            {
                misses.Add($"{where}output event {index} {candidate.Type} {string.Join(',', candidate.Source)} -> {string.Join(',', candidate.Target)} matches no gold event");
                continue;
            }

            GoldEvent expected = gold.Events[pairs[index]];
            goldMatched[pairs[index]] = true;
            matched++;
            if (string.Equals(candidate.Modality, expected.Modality, StringComparison.Ordinal))
            {
                agreed++;
            }
            else
            {
                misses.Add($"{where}event {Describe(expected)} has modality {candidate.Modality}, expected {expected.Modality}");
            }
        }

        for (int index = 0; index < goldMatched.Length; index++)
        {
            if (!goldMatched[index])
            {
                misses.Add($"{where}event {Describe(gold.Events[index])} not found");
            }
        }

        return (matched, agreed);
    }

    private static int MatchQuotes(GoldArticle gold, AnalysisRecord output, EntityAlignment alignment, string where, List<string> misses)
    {
        var texts = output.Quotes.Select(quote => GoldText.Normalize(Slice(output.Article.Text, quote.Span.Start, quote.Span.End) ?? string.Empty)).ToList();
        var speakers = output.Quotes.Select(quote => alignment.KeyOf(quote.Speaker)).ToList();
        var goldTexts = gold.Quotes.Select(quote => GoldText.Normalize(quote.Text)).ToList();
        int[] pairs = MaximumMatching.Match(output.Quotes.Count, gold.Quotes.Count, (o, g) =>
            string.Equals(speakers[o], gold.Quotes[g].Speaker, StringComparison.Ordinal) && SameQuote(texts[o], goldTexts[g]));

        var goldMatched = new bool[gold.Quotes.Count];
        int matched = 0;
        for (int index = 0; index < pairs.Length; index++)
        {
            if (pairs[index] >= 0)
            {
                goldMatched[pairs[index]] = true;
                matched++;
            }
            else
            {
                misses.Add($"{where}output quote {index} by {speakers[index] ?? output.Quotes[index].Speaker ?? "nobody"} {Quoted(Shorten(texts[index]))} matches no gold quote");
            }
        }

        for (int index = 0; index < goldMatched.Length; index++)
        {
            if (!goldMatched[index])
            {
                misses.Add($"{where}quote by {gold.Quotes[index].Speaker ?? "nobody"} {Quoted(Shorten(goldTexts[index]))} not found");
            }
        }

        return matched;
    }

    // FORMAT.md rule 4: one text contains the first 40 normalised characters of the other.
    private static bool SameQuote(string output, string gold)
    {
        if (output.Length == 0 || gold.Length == 0)
        {
            return false;
        }

        return output.Contains(gold[..Math.Min(QuotePrefix, gold.Length)], StringComparison.Ordinal)
            || gold.Contains(output[..Math.Min(QuotePrefix, output.Length)], StringComparison.Ordinal);
    }

    private static List<HashSet<string>> ActorKeys(IReadOnlyList<string> ids, EntityAlignment alignment) =>
        ids.Select(alignment.ActorKeysOf).ToList();

    // An actor list matches when one of its entities may fill one of the gold keys; two empty lists match.
    private static bool Shares(List<HashSet<string>> actors, IReadOnlyList<string> keys)
    {
        if (actors.Count == 0 || keys.Count == 0)
        {
            return actors.Count == 0 && keys.Count == 0;
        }

        foreach (HashSet<string> candidates in actors)
        {
            foreach (string key in keys)
            {
                if (candidates.Contains(key))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? Slice(string text, int start, int end) =>
        start >= 0 && start <= end && end <= text.Length ? text[start..end] : null;

    private static string? NormalizeOrNull(string? text) => text is null ? null : GoldText.Normalize(text);

    private static string Describe(GoldEvent @event) => $"{@event.Type} {string.Join(',', @event.Source)} -> {string.Join(',', @event.Target)}";

    private static string Shorten(string text) => text.Length <= QuotePrefix ? text : text[..QuotePrefix] + "...";

    private static string Quoted(string? text) => text is null ? "null" : "\"" + text + "\"";
}
