using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Nlp.Time;

namespace Kronika.Nlp.Events;

/// <summary>When an event happened: the date expression of its sentence nearest the trigger, resolved from the
/// publication date.</summary>
/// <remarks>An expression in the trigger's own clause wins over a nearer one in another clause ("Putin, który w 2022 roku
/// najechał Ukrainę, spotkał się w środę z Kimem": the meeting is on Wednesday). The event lies in the future, for
/// weekdays and dates without a year, when it is hypothetical or its clause has a future verb: "będzie"/"will" before
/// the trigger, or a Polish perfective present ("poprosi", "odwiedzi"). Thread-safe.</remarks>
public static class EventDating
{
    /// <summary>The date sentence <paramref name="sentence"/> gives the event triggered at <paramref name="trigger"/>, or null.</summary>
    public static EventDate? DateOf(Document document, int sentence, TextSpan trigger, Modality modality)
    {
        ArgumentNullException.ThrowIfNull(document);
        IReadOnlyList<DateExpression> found = DateFinder.Default.Find(document, sentence);
        if (found.Count == 0)
        {
            return null;
        }

        Sentence span = document.Sentences[sentence];
        int[] clauses = Clauses(document, span);
        int triggerToken = TokenAt(document, span, trigger.Start);
        int triggerClause = clauses[triggerToken - span.FirstToken];
        DateExpression best = found[0];
        (int Other, int Distance) bestScore = (int.MaxValue, int.MaxValue);
        foreach (DateExpression expression in found)
        {
            int other = clauses[TokenAt(document, span, expression.Span.Start) - span.FirstToken] == triggerClause ? 0 : 1;
            int distance = expression.Span.End <= trigger.Start ? trigger.Start - expression.Span.End : Math.Max(0, expression.Span.Start - trigger.End);
            if ((other, distance).CompareTo(bestScore) < 0)
            {
                (best, bestScore) = (expression, (other, distance));
            }
        }

        bool future = modality == Modality.Hypothetical || FutureVerb(document, span, clauses, triggerToken);
        return DateResolver.Resolve(best, DateResolver.PublishedOf(document), future);
    }

    /// <summary>Whether the trigger's clause has a future verb: a future word before the trigger, or a Polish
    /// perfective present tense anywhere in it (the trigger may be a noun: "spotkanie odbędzie się").</summary>
    private static bool FutureVerb(Document document, Sentence sentence, int[] clauses, int trigger)
    {
        int clause = clauses[trigger - sentence.FirstToken];
        CalendarWords words = CalendarWords.LoadDefault();
        string language = document.Language ?? string.Empty;
        for (int token = sentence.FirstToken; token < sentence.EndToken; token++)
        {
            if (clauses[token - sentence.FirstToken] != clause)
            {
                continue;
            }

            if (token <= trigger && words.TryGet(language, document.Text.AsSpan(document.Tokens[token].Span.Start, document.Tokens[token].Span.Length), out CalendarWord word) && word.Is(CalendarRole.Future))
            {
                return true;
            }

            if (language == "pl" && !document.Morphology.IsEmpty && document.Morphology[token].Best is { } reading
                && reading.Tag.Aspect == "perf" && IsPresentForm(reading.Tag))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="tag"/> is a present-tense form ("fin"): NKJP writes <c>fin:sg:ter:perf</c>, PoliMorf 2.1
    /// <c>verb:fin:sg:ter:perf</c>.</summary>
    private static bool IsPresentForm(MorphTag tag) =>
        tag.Flexeme == "fin" || (tag.Flexeme == "verb" && tag.Text.StartsWith("verb:fin:", StringComparison.Ordinal));

    /// <summary>The clause index of each token of <paramref name="sentence"/>: clauses are cut by commas, dashes, brackets,
    /// colons and semicolons and by the clause words of <see cref="CalendarWords"/>. A clause that opens with a clause
    /// word right after a comma and closes at the next cut is embedded: the words after it go back to the clause around it
    /// ("W środę prezydent, który w 2022 roku odwiedził Kijów, spotkał się z Kimem": "spotkał" is in the clause of "W środę").</summary>
    private static int[] Clauses(Document document, Sentence sentence)
    {
        CalendarWords words = CalendarWords.LoadDefault();
        string language = document.Language ?? string.Empty;
        int[] clauses = new int[sentence.EndToken - sentence.FirstToken];
        (int clause, int last, int outer, int beforeCut, bool afterCut) = (0, 0, -1, 0, false);
        for (int index = sentence.FirstToken; index < sentence.EndToken; index++)
        {
            Token current = document.Tokens[index];
            ReadOnlySpan<char> text = document.Text.AsSpan(current.Span.Start, current.Span.Length);
            bool cut = current.Kind == TokenKind.Punctuation && text.Length == 1 && text[0] is ',' or ';' or ':' or '–' or '—' or '(' or ')';
            if (index > sentence.FirstToken && cut)
            {
                (clause, outer, beforeCut) = outer >= 0 ? (outer, -1, beforeCut) : (++last, -1, clause);
            }
            else if (index > sentence.FirstToken && words.TryGet(language, text, out CalendarWord word) && word.Is(CalendarRole.Clause))
            {
                if (afterCut)
                {
                    outer = beforeCut;
                }
                else
                {
                    clause = ++last;
                }
            }

            clauses[index - sentence.FirstToken] = clause;
            afterCut = cut;
        }

        return clauses;
    }

    private static int TokenAt(Document document, Sentence sentence, int offset)
    {
        for (int token = sentence.FirstToken; token < sentence.EndToken; token++)
        {
            if (document.Tokens[token].Span.End > offset)
            {
                return token;
            }
        }

        return Math.Max(sentence.FirstToken, sentence.EndToken - 1);
    }
}
