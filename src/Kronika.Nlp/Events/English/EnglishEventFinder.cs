using System.Collections.Frozen;
using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Events.English;

/// <summary>Finds the events of English sentences with the frames of <c>Events/English/Data/patterns.en.tsv</c>.</summary>
/// <remarks>
/// <para>A verb frame ("S accuse O of") matches a verb whose reading has the head's lemma, then the frame's words in
/// order, each a few words after the last ("imposed new sanctions on"), and the target's slot: the first actor right
/// after. The source is the verb's subject (<see cref="EnglishClause.Subject"/>). In the passive ("was attacked by X")
/// the subject is the target and the actor after "by" the source. A frame ending in "to" ("S threaten to") takes as
/// target the object of the verb that follows. A noun frame ("N visit to O") takes its source from a possessor or
/// modifier ("Arnor's visit", "Gondorian strikes"), "by X", "between X and Y", or else the subject of the clause it is
/// the object of.</para>
/// <para>Modality: "not", "n't", "never" in the verb group negate; a modal ("will", "would"), an infinitive ("plans to
/// meet"), "if" or "unless" in the clause, and a question make it hypothetical; a verb of denial before it ("denied
/// that", "denied reports that") makes it denied; a speech verb whose speaker is not the source ("X said that ...",
/// "..., officials said") makes it reported. "Refused to" is a REJECT frame, not a negation.</para>
/// Immutable; thread-safe.
/// </remarks>
public sealed class EnglishEventFinder : IEventFinder
{
    private static readonly FrozenSet<string> _modals = FrozenSet.ToFrozenSet(
        ["will", "would", "could", "may", "might", "shall", "should", "can", "'ll", "'d", "to", "must"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> _speech = FrozenSet.ToFrozenSet(
        ["said", "says", "say", "told", "tells", "claimed", "claims", "alleged", "alleges", "according", "reported", "reports", "quoted"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> _symmetric = FrozenSet.ToFrozenSet(["CONSULT", "AGREE", "COOPERATE", "FIGHT", "SUPPORT"], StringComparer.Ordinal);

    private readonly FrozenDictionary<string, EnglishPattern[]> _verbs;
    private readonly FrozenDictionary<string, EnglishPattern[]> _nouns;

    /// <summary>A finder with <paramref name="patterns"/>.</summary>
    public EnglishEventFinder(IReadOnlyList<EnglishPattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        Patterns = patterns;

        // Longer frames first: "S meet with O" is tried before "S meet O".
        _verbs = patterns.Where(pattern => !pattern.Noun).GroupBy(pattern => pattern.Head, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.OrderByDescending(pattern => pattern.Elements.Length).ToArray(), StringComparer.Ordinal);
        _nouns = patterns.Where(pattern => pattern.Noun).GroupBy(pattern => pattern.Head, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.OrderByDescending(pattern => pattern.Elements.Length).ToArray(), StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public string Language => "en";

    /// <summary>The patterns, in file order.</summary>
    public IReadOnlyList<EnglishPattern> Patterns { get; }

    /// <summary>A finder with the embedded pattern file.</summary>
    /// <exception cref="InvalidDataException">When the file is malformed.</exception>
    public static EnglishEventFinder Load() => new(EnglishPattern.Load());

    /// <inheritdoc/>
    public IReadOnlyList<EventCandidate> Find(Document document, int sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        var clause = new EnglishClause(document, sentence);
        var found = new List<EventCandidate>();
        var used = new HashSet<int>();
        for (int token = clause.First; token < clause.End; token++)
        {
            foreach (EnglishPattern pattern in VerbPatterns(clause, token))
            {
                if (MatchVerb(document, clause, sentence, token, pattern, used) is { } candidate)
                {
                    found.Add(candidate);
                    break;
                }
            }
        }

        for (int token = clause.First; token < clause.End; token++)
        {
            if (used.Contains(token))
            {
                continue;
            }

            foreach (EnglishPattern pattern in NounPatterns(clause, token))
            {
                if (MatchNoun(document, clause, sentence, token, pattern) is { } candidate)
                {
                    found.Add(candidate);
                    break;
                }
            }
        }

        return found;
    }

    private IEnumerable<EnglishPattern> VerbPatterns(EnglishClause clause, int token)
    {
        if (clause.MentionAt(token) >= 0 || IsDeterminer(clause.Word(token - 1)))
        {
            yield break;
        }

        foreach ((string head, EnglishPattern[] patterns) in _verbs)
        {
            if (clause.Is(token, head, PartOfSpeech.Verb))
            {
                foreach (EnglishPattern pattern in patterns)
                {
                    yield return pattern;
                }
            }
        }
    }

    private IEnumerable<EnglishPattern> NounPatterns(EnglishClause clause, int token)
    {
        if (clause.MentionAt(token) >= 0)
        {
            yield break;
        }

        foreach ((string head, EnglishPattern[] patterns) in _nouns)
        {
            if (clause.Is(token, head, PartOfSpeech.Noun))
            {
                foreach (EnglishPattern pattern in patterns)
                {
                    yield return pattern;
                }
            }
        }
    }

    private static EventCandidate? MatchVerb(Document document, EnglishClause clause, int sentence, int head, EnglishPattern pattern, HashSet<int> used)
    {
        int at = head + 1;
        int last = head;
        List<int>? target = null;
        foreach (FrameElement element in pattern.Elements)
        {
            if (element.Target)
            {
                target = clause.Object(at, 4);
                if (target.Count == 0)
                {
                    return null;
                }

                int end = at;
                while (clause.MentionAt(end) < 0)
                {
                    end++;
                }

                at = LastEnd(clause, end, target.Count);
                continue;
            }

            int word = FindWord(clause, at, element.Word!, 3);
            if (word < 0)
            {
                return null;
            }

            last = word;
            at = word + 1;
        }

        int groupStart = clause.GroupStart(head);
        bool passive = pattern.Elements.Length > 0 && pattern.Elements[0].Target && IsPassive(clause, groupStart, head);
        List<int> subject = clause.Subject(groupStart);
        List<int> source = subject;
        if (pattern.Infinitive)
        {
            int to = FindWord(clause, head + 1, "to", 1);
            if (to < 0)
            {
                return null;
            }

            last = to;
            target = clause.Object(to + 2, 5);
        }
        else if (passive)
        {
            // "X was attacked" has no object after the verb: the frame's target is the subject, "by Y" the source.
            int by = FindWord(clause, head + 1, "by", 3);
            source = by < 0 ? [] : clause.Object(by + 1, 3);
            target = subject;
        }
        else if (target is null && pattern.HasTarget)
        {
            return null;
        }

        for (int token = head; token <= last; token++)
        {
            used.Add(token);
        }

        Modality modality = ModalityOf(clause, groupStart, head, passive ? source : subject);
        return Candidate(document, clause, sentence, pattern, source, target ?? [], head, last, modality, passive ? 0.65 : 0.7);
    }

    private static EventCandidate? MatchNoun(Document document, EnglishClause clause, int sentence, int head, EnglishPattern pattern)
    {
        List<int> target = [];
        List<int> source = [];
        int at = head + 1;
        foreach (FrameElement element in pattern.Elements)
        {
            if (element.Target)
            {
                target = clause.Object(at, 3);
                if (target.Count == 0)
                {
                    return null;
                }

                continue;
            }

            int word = FindWord(clause, at, element.Word!, 2);
            if (word < 0)
            {
                return null;
            }

            if (element.Word == "between")
            {
                // "talks between X and Y": the first is the source, the others the target.
                List<int> pair = clause.Object(word + 1, 2);
                if (pair.Count < 2)
                {
                    return null;
                }

                source = [pair[0]];
                target = pair[1..];
            }

            at = word + 1;
        }

        if (source.Count == 0)
        {
            int by = FindWord(clause, head + 1, "by", 5);
            if (by >= 0)
            {
                source = clause.Object(by + 1, 2);
            }
        }

        if (source.Count == 0 && clause.ModifierBefore(head, 2) is int modifier and >= 0)
        {
            source = [modifier];
        }

        int phrase = head;
        while (phrase > clause.First && phrase > head - 4 && clause.MentionAt(phrase - 1) < 0 && !clause.IsBreak(phrase - 1) && !clause.IsBoundary(phrase - 1)
            && !IsPreposition(clause.Word(phrase - 1)) && !clause.Is(phrase - 1, clause.Word(phrase - 1), PartOfSpeech.Verb))
        {
            phrase--;
        }

        if (source.Count == 0 && !IsPreposition(clause.Word(phrase - 1)))
        {
            source = clause.Subject(clause.GroupStart(phrase));
        }

        source = [.. source.Where(mention => !target.Contains(mention))];
        Modality modality = ModalityOf(clause, phrase, head, source);
        return Candidate(document, clause, sentence, pattern, source, target, head, head, modality, 0.6);
    }

    private static EventCandidate? Candidate(Document document, EnglishClause clause, int sentence, EnglishPattern pattern, List<int> source, List<int> target,
        int head, int last, Modality modality, double confidence)
    {
        ImmutableArray<int> sources = clause.Actors(source);
        ImmutableArray<int> targets = [.. clause.Actors(target).Where(actor => !sources.Contains(actor))];
        if (sources.IsEmpty)
        {
            return null;
        }

        if (targets.IsEmpty && sources.Length > 1 && !pattern.HasTarget && _symmetric.Contains(pattern.Type))
        {
            // "Arnor and Gondor held talks", "... signed an agreement": a frame without a target between its subjects.
            targets = sources[1..];
            sources = [sources[0]];
        }

        var trigger = new TextSpan(document.Tokens[head].Span.Start, document.Tokens[last].Span.End);
        return new EventCandidate(pattern.Type, pattern.Cameo, pattern.Mode, pattern.Context, sources, targets, trigger, sentence, modality, confidence, "en:" + pattern.Id);
    }

    /// <summary>How sure the sentence is of the event whose verb group runs from <paramref name="groupStart"/> to
    /// <paramref name="head"/>.</summary>
    private static Modality ModalityOf(EnglishClause clause, int groupStart, int head, List<int> source)
    {
        for (int token = clause.First; token < head; token++)
        {
            // "denied that ...", "denied reports that ...", "denied attacking".
            if (clause.Is(token, "deny", PartOfSpeech.Verb))
            {
                return Modality.Denied;
            }
        }

        for (int token = groupStart; token < head; token++)
        {
            string word = clause.Word(token);
            if (word is "not" or "never" || word.EndsWith("n't", StringComparison.Ordinal))
            {
                return Modality.Negated;
            }
        }

        if (clause.Question)
        {
            return Modality.Hypothetical;
        }

        for (int token = groupStart; token < head; token++)
        {
            if (_modals.Contains(clause.Word(token)))
            {
                return Modality.Hypothetical;
            }
        }

        for (int token = groupStart - 1; token >= clause.First; token--)
        {
            if (clause.Word(token) is "if" or "unless")
            {
                return Modality.Hypothetical;
            }

            if (clause.Word(token) is ";" or ":" or "." or "but")
            {
                break;
            }
        }

        return Reported(clause, head, source) ? Modality.Reported : Modality.Asserted;
    }

    /// <summary>Whether a speech verb in the sentence attributes the event to a speaker other than its source.</summary>
    private static bool Reported(EnglishClause clause, int head, List<int> source)
    {
        for (int token = clause.First; token < clause.End; token++)
        {
            if (token == head || !_speech.Contains(clause.Word(token)))
            {
                continue;
            }

            if (clause.Word(token) == "according" && clause.Word(token + 1) != "to")
            {
                continue;
            }

            List<int> speaker = clause.Word(token) == "according" ? clause.Object(token + 2, 2) : clause.Subject(clause.GroupStart(token));
            if (speaker.Count == 0 && token > head)
            {
                speaker = clause.Object(token + 1, 2);
            }

            return speaker.Count == 0 || !speaker.Any(source.Contains);
        }

        return false;
    }

    private static bool IsPassive(EnglishClause clause, int groupStart, int head)
    {
        if (!clause.IsParticiple(head))
        {
            return false;
        }

        for (int token = groupStart; token < head; token++)
        {
            if (clause.Word(token) is "is" or "are" or "was" or "were" or "been" or "being" or "be" or "get" or "got" or "gets")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token at most <paramref name="gap"/> words after <paramref name="from"/> that is
    /// <paramref name="word"/> (or has it as lemma), within the clause; -1 when none.</summary>
    private static int FindWord(EnglishClause clause, int from, string word, int gap)
    {
        for (int token = from; token < clause.End && token <= from + gap; token++)
        {
            if (clause.Is(token, word))
            {
                return token;
            }

            if (clause.IsBreak(token) || clause.MentionAt(token) >= 0 || (token > from && clause.IsBoundary(token)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The token after the last of <paramref name="count"/> coordinated mentions starting at <paramref name="start"/>.</summary>
    private static int LastEnd(EnglishClause clause, int start, int count)
    {
        int at = start;
        for (int index = 0; index < count; index++)
        {
            at = clause.MentionEnd(at);
            if (index + 1 < count)
            {
                at += clause.Word(at) == "as" ? 3 : 1;
            }
        }

        return at;
    }

    private static bool IsDeterminer(string word) => word is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "this" or "that" or "these" or "those";

    private static bool IsPreposition(string word) => word is "after" or "before" or "following" or "since" or "during" or "despite" or "of" or "about" or "over" or "against" or "for";
}
