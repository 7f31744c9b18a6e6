using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Events;

/// <summary>Where an event happened, from its sentence: a place named after a locative preposition ("w Soczi",
/// "na Białorusi", "w kosmodromie Wostocznyj", "in Kyiv", "at Camp David").</summary>
/// <remarks>A place that is an actor of the event is not its location ("nałożyć sankcje na Rosję" targets Russia). Polish
/// "na" marks a place only with the locative ("na Białorusi"), not with the accusative of a target ("na Rosję"). Up to
/// two words may stand between the preposition and the name ("w kosmodromie Wostocznyj", "in the city of Kyiv").
/// A facility beats a city, a city a country, when one sentence names several; then the nearest to the trigger.</remarks>
public static class EventPlaces
{
    private static readonly HashSet<string> _polishPrepositions = new(StringComparer.OrdinalIgnoreCase) { "w", "we", "na", "pod" };
    private static readonly HashSet<string> _englishPrepositions = new(StringComparer.OrdinalIgnoreCase) { "in", "at", "near", "outside" };

    /// <summary>The entity index of the place sentence <paramref name="sentence"/> locates an event at, or null.</summary>
    /// <param name="document">The analysed document.</param>
    /// <param name="sentence">Index into <see cref="Document.Sentences"/>.</param>
    /// <param name="trigger">The event's trigger, to prefer the nearest place.</param>
    /// <param name="actors">Entity indexes of the event's actors, which are not its place.</param>
    public static int? Find(Document document, int sentence, TextSpan trigger, IReadOnlySet<int> actors)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(actors);
        HashSet<string> prepositions = document.Language == "pl" ? _polishPrepositions : _englishPrepositions;
        Sentence span = document.Sentences[sentence];
        int? best = null;
        (int Rank, int Distance) bestScore = (int.MaxValue, int.MaxValue);
        foreach (int index in EventActors.MentionsIn(document, span.Span))
        {
            Mention mention = document.Mentions[index];
            if (mention.Type is not (EntityType.Gpe or EntityType.Loc or EntityType.Fac) || actors.Contains(mention.Entity) || actors.Contains(EventActors.Of(mention)))
            {
                continue;
            }

            if (!AfterPreposition(document, span, mention, prepositions))
            {
                continue;
            }

            int rank = mention.Type switch { EntityType.Fac => 0, EntityType.Gpe when EventActors.IsState(document.Entities[mention.Entity]) => 2, _ => 1 };
            int distance = Math.Abs(mention.Span.Start - trigger.Start);
            if ((rank, distance).CompareTo(bestScore) < 0)
            {
                best = mention.Entity;
                bestScore = (rank, distance);
            }
        }

        return best;
    }

    /// <summary>Whether a locative preposition stands before <paramref name="mention"/>, at most two words earlier.</summary>
    private static bool AfterPreposition(Document document, Sentence sentence, Mention mention, HashSet<string> prepositions)
    {
        int first = FirstTokenOf(document, sentence, mention.Span);
        if (first < 0)
        {
            return false;
        }

        for (int token = first - 1; token >= Math.Max(sentence.FirstToken, first - 3); token--)
        {
            Token word = document.Tokens[token];
            if (word.Kind != TokenKind.Word)
            {
                return false;
            }

            string text = word.Span.ToString(document.Text);
            if (prepositions.Contains(text))
            {
                return document.Language != "pl" || !text.Equals("na", StringComparison.OrdinalIgnoreCase) || IsLocative(document, first);
            }
        }

        return false;
    }

    private static bool IsLocative(Document document, int token)
    {
        if (document.Morphology.IsEmpty)
        {
            return false;
        }

        TokenMorphology readings = document.Morphology[token];
        return readings.Best is { } best ? best.Tag.AllowsCase(GrammaticalCase.Locative) : readings.Analyses.Any(reading => reading.Tag.AllowsCase(GrammaticalCase.Locative));
    }

    private static int FirstTokenOf(Document document, Sentence sentence, TextSpan span)
    {
        for (int token = sentence.FirstToken; token < sentence.EndToken; token++)
        {
            if (document.Tokens[token].Span.Start >= span.Start)
            {
                return document.Tokens[token].Span.Start == span.Start ? token : -1;
            }
        }

        return -1;
    }
}
