using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Events.Polish;

/// <summary>Modality: how sure the sentence is of the event (README.md beside this file gives the rules).</summary>
public sealed partial class PolishEventFinder
{
    private static readonly HashSet<string> _complementisers = new(StringComparer.Ordinal) { "że", "iż", "jakoby", "aby", "żeby" };

    private static readonly string[] _conditionalEndings = ["łby", "łaby", "łoby", "liby", "łyby", "łbym", "łabym", "libyśmy", "łybyśmy", "liby", "łbyś", "łabyś"];

    /// <summary>Denied, negated, hypothetical, reported or asserted, in that order of precedence.</summary>
    private Modality ModalityOf(PolishSentenceView view, int trigger, PolishPattern pattern, string form, MorphTag tag, ImmutableArray<int> source)
    {
        int clause = view.ClauseAt(trigger);
        (int clauseFirst, int clauseEnd) = view.Clauses[clause];
        bool complementiser = false;
        bool hypothetical = false;
        bool reported = false;
        for (int token = trigger - 1; token >= view.First; token--)
        {
            string lower = view.LowerAt(token);
            complementiser |= _complementisers.Contains(lower);
            string? kind = _lexicon.Cues.GetValueOrDefault(view.LemmaAt(token)) ?? _lexicon.Cues.GetValueOrDefault(lower);
            switch (kind)
            {
                case "deny" when complementiser:
                    // "zdementował pogłoski, że Korea wyśle ...": the embedded event is the one denied.
                    return Modality.Denied;
                case "expect":
                case "condition" when !(token + 1 < view.End && view.LowerAt(token + 1) == "chodzi"):
                    hypothetical = true;
                    break;
                case "modal" when view.ClauseAt(token) == clause && PolishSentenceView.IsVerbForm(view.FormAt(token)):
                    hypothetical = true;
                    break;
                case "report" when !Names(view, token + 1, Math.Min(view.End, token + 4), source):
                    reported = true;
                    break;
                default:
                    break;
            }
        }

        if (Negated(view, trigger, pattern, clauseFirst, clauseEnd))
        {
            return Modality.Negated;
        }

        // A purpose or wish clause ("aby Bruksela zgodziła się") states no fact.
        hypothetical |= view.LowerAt(clauseFirst) is "aby" or "żeby" or "by";
        if (hypothetical || view.LowerAt(view.End - 1) == "?" || HasCondition(view) || NotYet(view, trigger, pattern, form, tag, clauseFirst, clauseEnd))
        {
            return Modality.Hypothetical;
        }

        return reported || InOthersSpeech(view, trigger, source) ? Modality.Reported : Modality.Asserted;
    }

    /// <summary>"gdyby" or "jeśli" anywhere in the sentence makes both its clauses conditional.</summary>
    private bool HasCondition(PolishSentenceView view)
    {
        for (int token = view.First; token < view.End; token++)
        {
            if (_lexicon.Cues.GetValueOrDefault(view.LowerAt(token)) == "condition" && !(token + 1 < view.End && view.LowerAt(token + 1) == "chodzi"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"nie" before a verb trigger ("nie spotkał się", "się nie spotkał"); for a noun, "nie" before the verb that
    /// says it took place ("nie doszło do spotkania") or "żaden" before it.</summary>
    private bool Negated(PolishSentenceView view, int trigger, PolishPattern pattern, int clauseFirst, int clauseEnd)
    {
        if (pattern.IsVerb)
        {
            for (int token = trigger - 1; token >= Math.Max(clauseFirst, trigger - 3); token--)
            {
                string lower = view.LowerAt(token);
                if (lower == "nie")
                {
                    return true;
                }

                if (lower != "się" && !IsModalVerb(view, token))
                {
                    break;
                }
            }

            return false;
        }

        for (int token = clauseFirst; token < clauseEnd; token++)
        {
            if (token < trigger && token >= trigger - 3 && view.LemmaAt(token) == "żaden")
            {
                return true;
            }

            if (view.LowerAt(token) == "nie" && token + 1 < clauseEnd && IsOccurVerb(view, token + 1))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsModalVerb(PolishSentenceView view, int token) =>
        _lexicon.Cues.GetValueOrDefault(view.LemmaAt(token)) == "modal" && PolishSentenceView.IsVerbForm(view.FormAt(token));

    private bool IsOccurVerb(PolishSentenceView view, int token) =>
        PolishSentenceView.IsVerbForm(view.FormAt(token)) && _lexicon.Cues.GetValueOrDefault(view.LemmaAt(token)) is "occur" or "support";

    /// <summary>Whether the event has not happened yet by the verb's own form: a perfective non-past ("poprosi"), "będzie"
    /// before it, a conditional ("spotkałby"), an infinitive, an imperative; for a noun, the same of the verb that says it
    /// takes place ("spotkanie odbędzie się").</summary>
    private bool NotYet(PolishSentenceView view, int trigger, PolishPattern pattern, string form, MorphTag tag, int clauseFirst, int clauseEnd)
    {
        if (pattern.IsVerb)
        {
            return FutureOrConditional(view, trigger, form, tag, clauseFirst) || form is "inf" or "impt";
        }

        for (int token = clauseFirst; token < clauseEnd; token++)
        {
            if (token != trigger && IsOccurVerb(view, token) && view.ReadingAt(token) is { } reading && FutureOrConditional(view, token, view.FormAt(token), reading.Tag, clauseFirst))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FutureOrConditional(PolishSentenceView view, int token, string form, MorphTag tag, int clauseFirst)
    {
        if (form == "fin" && tag.Aspect == "perf")
        {
            return true;
        }

        if (form == "bedzie")
        {
            return true;
        }

        for (int before = token - 1; before >= Math.Max(clauseFirst, token - 3); before--)
        {
            if (view.FormAt(before) == "bedzie" || view.LowerAt(before) is "by" or "bym" or "byśmy")
            {
                return true;
            }
        }

        string lower = view.LowerAt(token);
        return token + 1 < view.End && view.LowerAt(token + 1) is "by" or "bym" or "byśmy" || _conditionalEndings.Any(ending => lower.EndsWith(ending, StringComparison.Ordinal));
    }

    /// <summary>Whether one of <paramref name="actors"/> is named between two tokens.</summary>
    private static bool Names(PolishSentenceView view, int first, int end, ImmutableArray<int> actors)
    {
        foreach (ActorPhrase phrase in view.Phrases)
        {
            if (phrase.First >= first && phrase.First < end && actors.Contains(phrase.Actor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the trigger stands inside speech (the quotes layer) whose speaker is not one of the sources.</summary>
    private static bool InOthersSpeech(PolishSentenceView view, int trigger, ImmutableArray<int> source)
    {
        Document document = view.Document;
        TextSpan span = document.Tokens[trigger].Span;
        foreach (Quote quote in document.Quotes)
        {
            if (!quote.Content.Contains(span))
            {
                continue;
            }

            if (quote.SpeakerEntity is { } entity)
            {
                return !source.Contains(entity);
            }

            if (quote.Speaker is { } speaker)
            {
                foreach (int index in EventActors.MentionsIn(document, speaker))
                {
                    if (source.Contains(EventActors.Of(document.Mentions[index])) || source.Contains(document.Mentions[index].Entity))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        return false;
    }
}
