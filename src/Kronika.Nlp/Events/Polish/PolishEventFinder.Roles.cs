using Kronika.Core.Annotations;

namespace Kronika.Nlp.Events.Polish;

/// <summary>Roles from case and preposition: who is the source and the target of a trigger.</summary>
public sealed partial class PolishEventFinder
{
    /// <summary>Fills the roles of a verb trigger; false when its subject is a word that names no actor ("rząd", "on"),
    /// so no event may be produced.</summary>
    private static bool VerbRoles(PolishSentenceView view, int trigger, PolishPattern pattern, MorphTag tag, string form, List<ActorPhrase> sources, List<ActorPhrase> targets, out bool zeroSubject)
    {
        zeroSubject = false;
        int clause = view.ClauseAt(trigger);
        bool passive = form == "ppas";
        if (passive && !Auxiliary(view, clause))
        {
            // A passive participle without "być" or "zostać" modifies a noun ("rozwiązania zaproponowane przez X"):
            // it names a thing, not a happening the sentence reports.
            return false;
        }

        List<ActorPhrase>? subject = form is "imps" ? null : Subject(view, clause, trigger, tag);
        foreach (ActorPhrase phrase in view.Phrases)
        {
            if (phrase.Clause == clause && (phrase.Said || (phrase.Preposition == "przez" && Allows(phrase.Cases, GrammaticalCase.Accusative) && (passive || form == "imps"))))
            {
                sources.Add(phrase);
            }
        }

        if (subject is not null)
        {
            (passive ? targets : sources).AddRange(subject);
        }
        else if (!passive && form is not "imps")
        {
            if (NonActorSubject(view, clause, trigger, tag))
            {
                return false;
            }

            if (sources.Count == 0 && tag.Person is 0 or 3 && ZeroSubject(view, clause, tag) is { } earlier)
            {
                sources.AddRange(earlier);
                zeroSubject = true;
            }
        }

        bool subjectBefore = subject is { Count: > 0 } && subject[0].First < trigger;
        foreach (FrameSlot slot in pattern.Slots)
        {
            List<ActorPhrase> into = slot.Role == SlotRole.Source ? sources : targets;
            foreach (ActorPhrase phrase in view.Phrases)
            {
                if (phrase.Clause != clause || (subject is not null && subject.Contains(phrase)) || sources.Contains(phrase) || into.Contains(phrase))
                {
                    continue;
                }

                if (Fills(slot, phrase, trigger, subjectBefore))
                {
                    into.Add(phrase);
                }
            }
        }

        return true;
    }

    /// <summary>Whether a phrase's cases allow <paramref name="wanted"/>; a name the dictionary does not know ("Recepem",
    /// "NATO") has no case and allows any.</summary>
    private static bool Allows(GrammaticalCase cases, GrammaticalCase wanted) => cases == GrammaticalCase.None || (cases & wanted) != 0;

    /// <summary>Whether <paramref name="phrase"/> fills <paramref name="slot"/> of a verb.</summary>
    private static bool Fills(FrameSlot slot, ActorPhrase phrase, int trigger, bool subjectBefore)
    {
        if (slot.Special == "ust")
        {
            return phrase.Said;
        }

        if (phrase.Said)
        {
            return false;
        }

        if (slot.Special == "content")
        {
            return phrase.First > trigger;
        }

        if (slot.Preposition is not null)
        {
            // The preposition must govern the actor itself: in "do opuszczenia Unii" it governs "opuszczenia".
            return phrase.Preposition == slot.Preposition && phrase.Head < 0 && Allows(phrase.Cases, slot.Case);
        }

        if (phrase.Preposition is not null)
        {
            return false;
        }

        // Word order settles a case the forms leave open: with the subject before the verb, a phrase after it that reads
        // as a nominative is its object (Polish is SVO by default: "Putin poprosi Kima").
        return Allows(phrase.Cases, slot.Case) || (subjectBefore && phrase.First > trigger && phrase.Head < 0 && phrase.Cases.HasFlag(GrammaticalCase.Nominative));
    }

    /// <summary>The nominative actors of the clause that agree with the verb: the nearest coordination before it, else
    /// the nearest after it ("Zdecydowała o tym Komisja Europejska"); null when none.</summary>
    private static List<ActorPhrase>? Subject(PolishSentenceView view, int clause, int trigger, MorphTag tag)
    {
        int before = -1;
        int after = -1;
        for (int index = 0; index < view.Phrases.Count; index++)
        {
            ActorPhrase phrase = view.Phrases[index];
            if (phrase.Clause != clause || phrase.Group != index || !CanBeSubject(view, phrase) || !Agrees(view, phrase, tag))
            {
                continue;
            }

            if (phrase.First < trigger)
            {
                before = index;
            }
            else if (after < 0)
            {
                after = index;
            }
        }

        int chosen = before >= 0 ? before : after;
        return chosen < 0 ? null : [.. view.Phrases.Where(phrase => phrase.Group == chosen)];
    }

    private static bool CanBeSubject(PolishSentenceView view, ActorPhrase phrase)
    {
        if (phrase.Preposition is not null || phrase.Said || !Allows(phrase.Cases, GrammaticalCase.Nominative))
        {
            return false;
        }

        // Under a head noun the phrase is an attribute; it stands for the subject only when the head is a body of its
        // actor ("władze Rosji", "rząd Polski"), not when the head is an event noun.
        return phrase.Head < 0 || view.FormAt(phrase.Head) is "subst" or "depr";
    }

    /// <summary>Whether a subject agrees with a verb in number (and in gender for a singular past form); unknown
    /// features agree.</summary>
    private static bool Agrees(PolishSentenceView view, ActorPhrase phrase, MorphTag tag)
    {
        int members = 0;
        foreach (ActorPhrase other in view.Phrases)
        {
            members += other.Group == phrase.Group ? 1 : 0;
        }

        GrammaticalNumber number = members > 1 ? GrammaticalNumber.Plural : phrase.Number;
        GrammaticalGender gender = phrase.Gender;
        if (phrase.Head >= 0 && view.ReadingAt(phrase.Head) is { } head)
        {
            number = head.Tag.Number;
            gender = head.Tag.Gender;
        }

        if (tag.Number != GrammaticalNumber.None && number != GrammaticalNumber.None && (tag.Number & number) == 0)
        {
            // A coordination may take a singular verb that agrees with its nearest member ("przyjechał Putin i Kim").
            return members > 1 && tag.Number == GrammaticalNumber.Singular && (phrase.Number & GrammaticalNumber.Singular) != 0;
        }

        bool singular = tag.Number == GrammaticalNumber.Singular && members == 1;
        return !singular || tag.Gender == GrammaticalGender.None || gender == GrammaticalGender.None || (tag.Gender & gender) != 0;
    }

    /// <summary>Whether the clause holds a nominative noun or pronoun outside the actors that can be the verb's subject
    /// ("Rząd nałożył sankcje", "On odwiedził"): then the subject names no actor.</summary>
    private static bool NonActorSubject(PolishSentenceView view, int clause, int trigger, MorphTag tag)
    {
        (int first, int end) = view.Clauses[clause];
        for (int token = first; token < end; token++)
        {
            // Any nominative noun reading counts: a capitalised first word may have no chosen reading ("Rząd").
            if (token == trigger || InPhrase(view, token) || view.ReadingAt(token) is not { } reading)
            {
                if (token != trigger && !InPhrase(view, token) && NominativeNoun(view, token) is { } other)
                {
                    reading = other;
                }
                else
                {
                    continue;
                }
            }

            if (!reading.Tag.AllowsCase(GrammaticalCase.Nominative))
            {
                continue;
            }

            string form = PolishSentenceView.FormOf(reading.Tag);
            bool noun = form is "subst" or "depr" or "ppron12" or "ppron3";
            bool onlyNominative = (reading.Tag.Case & ~(GrammaticalCase.Nominative | GrammaticalCase.Vocative)) == 0;
            bool agrees = tag.Number == GrammaticalNumber.None || reading.Tag.Number == GrammaticalNumber.None || (tag.Number & reading.Tag.Number) != 0;
            if (noun && agrees && (token < trigger || onlyNominative) && !IsCapitalisedName(view, token))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Auxiliary(PolishSentenceView view, int clause)
    {
        (int first, int end) = view.Clauses[clause];
        for (int token = first; token < end; token++)
        {
            if (view.LemmaAt(token) is "być" or "zostać" or "zostawać")
            {
                return true;
            }
        }

        return false;
    }

    private static Analysis? NominativeNoun(PolishSentenceView view, int token) =>
        view.Document.Morphology[token].Analyses.FirstOrDefault(reading => reading.Tag.Flexeme is "subst" or "depr" && reading.Tag.AllowsCase(GrammaticalCase.Nominative));

    private static bool IsCapitalisedName(PolishSentenceView view, int token) =>
        token > view.First && view.Document.Text[view.Document.Tokens[token].Span.Start] is var first && char.IsUpper(first);

    /// <summary>The subject of a verb that has none in its clause (Polish drops pronouns): the one agreeing nominative
    /// coordination of the nearest earlier clause of the sentence that has any, else of the previous sentence; null when
    /// there is none or more than one (no actor is better than a wrong one).</summary>
    private static List<ActorPhrase>? ZeroSubject(PolishSentenceView view, int clause, MorphTag tag)
    {
        for (int earlier = clause - 1; earlier >= 0; earlier--)
        {
            List<List<ActorPhrase>> groups = SubjectGroups(view, tag, earlier);
            if (groups.Count > 0)
            {
                return groups.Count == 1 ? groups[0] : null;
            }
        }

        if (view.Index == 0)
        {
            return null;
        }

        var previous = new PolishSentenceView(view.Document, view.Index - 1);
        var all = new List<List<ActorPhrase>>();
        for (int earlier = 0; earlier < previous.Clauses.Count; earlier++)
        {
            all.AddRange(SubjectGroups(previous, tag, earlier));
        }

        var actors = all.Select(group => string.Join(',', group.Select(phrase => phrase.Actor).Order())).Distinct(StringComparer.Ordinal).Count();
        return actors == 1 ? all[0] : null;
    }

    private static List<List<ActorPhrase>> SubjectGroups(PolishSentenceView view, MorphTag tag, int clause)
    {
        var groups = new List<List<ActorPhrase>>();
        for (int index = 0; index < view.Phrases.Count; index++)
        {
            ActorPhrase phrase = view.Phrases[index];
            if (phrase.Clause == clause && phrase.Group == index && phrase.Head < 0 && CanBeSubject(view, phrase) && Agrees(view, phrase, tag))
            {
                groups.Add([.. view.Phrases.Where(member => member.Group == index)]);
            }
        }

        return groups;
    }

    /// <summary>Fills the roles of a noun trigger: its genitive right after it, its prepositional phrases after it, "przez"
    /// + accusative and "z ust X" for the source, and, when a light verb governs it ("złożył wizytę"), that verb's subject.</summary>
    private void NounRoles(PolishSentenceView view, int trigger, PolishPattern pattern, List<ActorPhrase> sources, List<ActorPhrase> targets)
    {
        int clause = view.ClauseAt(trigger);
        List<ActorPhrase> genitive = [];
        foreach (ActorPhrase phrase in view.Phrases)
        {
            if (phrase.Clause != clause)
            {
                continue;
            }

            if (phrase.Said || (phrase.Preposition == "przez" && phrase.First > trigger && Allows(phrase.Cases, GrammaticalCase.Accusative)))
            {
                sources.Add(phrase);
            }
            else if (phrase.Head == trigger && Allows(phrase.OwnCases, GrammaticalCase.Genitive))
            {
                // Only a genitive complements a noun: "Po szczycie Putin wrócił" has the subject of the next verb after it.
                genitive.Add(phrase);
            }
        }

        bool sourceGenitive = pattern.Slots.Any(slot => slot.Role == SlotRole.Source && slot.Case == GrammaticalCase.Genitive && slot.Preposition is null);
        bool targetGenitive = pattern.Slots.Any(slot => slot.Role == SlotRole.Target && slot.Case == GrammaticalCase.Genitive && slot.Preposition is null);
        if (genitive.Count > 0)
        {
            (sourceGenitive && (sources.Count == 0 || !targetGenitive) ? sources : targetGenitive ? targets : []).AddRange(genitive);
        }

        foreach (FrameSlot slot in pattern.Slots)
        {
            if (slot.Special is "ust" || (slot.Preposition is null && slot.Special is null))
            {
                continue;
            }

            List<ActorPhrase> into = slot.Role == SlotRole.Source ? sources : targets;
            foreach (ActorPhrase phrase in view.Phrases)
            {
                if (phrase.Clause == clause && phrase.First > trigger && !phrase.Said && !sources.Contains(phrase) && !into.Contains(phrase) && !genitive.Contains(phrase)
                    && (slot.Special == "content" || (phrase.Preposition == slot.Preposition && phrase.Head < 0 && Allows(phrase.Cases, slot.Case))))
                {
                    into.Add(phrase);
                }
            }
        }

        if (sources.Count == 0 && LightVerb(view, trigger, clause) is { } verb && view.ReadingAt(verb) is { } reading
            && Subject(view, clause, verb, reading.Tag) is { } subject)
        {
            sources.AddRange(subject.Where(phrase => !targets.Contains(phrase)));
        }
    }

    /// <summary>The light verb before a noun trigger in its clause ("złożył wizytę", "nałożyła sankcje"), or null.</summary>
    private int? LightVerb(PolishSentenceView view, int trigger, int clause)
    {
        (int first, _) = view.Clauses[clause];
        for (int token = trigger - 1; token >= first && token >= trigger - 4; token--)
        {
            if (PolishSentenceView.IsVerbForm(view.FormAt(token)))
            {
                return _lexicon.Cues.TryGetValue(view.LemmaAt(token), out string? kind) && kind == "support" ? token : null;
            }
        }

        return null;
    }
}
