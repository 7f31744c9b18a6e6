using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Events.Polish;

/// <summary>Finds the events of a Polish sentence: trigger words of <c>patterns.pl.tsv</c> looked up by lemma, their
/// actors read off case and preposition (README.md beside this file), and the modality of each.</summary>
/// <remarks>One pass over the sentence's tokens and mentions, then, per trigger, one pass over the actors of its
/// clause: linear in the sentence. A source is required; an event whose roles cannot be read safely is not produced.
/// Immutable; thread-safe.</remarks>
public sealed partial class PolishEventFinder : IEventFinder
{
    /// <summary>How much a zero subject (taken from an earlier clause or sentence) lowers a pattern's confidence.</summary>
    private const double ZeroSubjectFactor = 0.75;

    /// <summary>How much a noun event with no target lowers it.</summary>
    private const double BareNounFactor = 0.8;

    private readonly PolishLexicon _lexicon;

    /// <summary>A finder that reads <paramref name="lexicon"/>'s patterns and cue words.</summary>
    public PolishEventFinder(PolishLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <inheritdoc/>
    public string Language => "pl";

    /// <summary>The patterns and cue words in use.</summary>
    public PolishLexicon Lexicon => _lexicon;

    /// <summary>A finder with the embedded data files.</summary>
    /// <exception cref="InvalidDataException">When a data file is malformed.</exception>
    public static PolishEventFinder LoadDefault() => new(PolishLexicon.Load());

    /// <inheritdoc/>
    public IReadOnlyList<EventCandidate> Find(Document document, int sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Morphology.IsEmpty || document.Mentions.IsEmpty)
        {
            return [];
        }

        var view = new PolishSentenceView(document, sentence);
        if (view.Phrases.Count == 0)
        {
            return [];
        }

        List<EventCandidate>? found = null;
        for (int token = view.First; token < view.End; token++)
        {
            if (InPhrase(view, token))
            {
                continue;
            }

            foreach ((PolishPattern pattern, Analysis reading) in Triggers(document, token))
            {
                if (Apply(view, token, pattern, reading) is { } candidate)
                {
                    (found ??= []).Add(candidate);
                    break;
                }
            }
        }

        return found ?? (IReadOnlyList<EventCandidate>)[];
    }

    private static bool InPhrase(PolishSentenceView view, int token)
    {
        foreach (ActorPhrase phrase in view.Phrases)
        {
            if (token >= phrase.First && token < phrase.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The patterns a token may trigger, with the reading that fits each: verb patterns by a verb reading (not a
    /// gerund), noun patterns by a noun reading; the chosen reading first.</summary>
    private IEnumerable<(PolishPattern Pattern, Analysis Reading)> Triggers(Document document, int token)
    {
        TokenMorphology readings = document.Morphology[token];
        if (readings.Analyses.IsEmpty)
        {
            yield break;
        }

        Analysis? best = readings.Best;
        string? lastLemma = null;
        foreach (Analysis reading in best is null ? readings.Analyses : readings.Analyses.Where(other => !ReferenceEquals(other, best)).Prepend(best))
        {
            string lemma = reading.Lemma.ToLowerInvariant();
            if (lemma == lastLemma || !_lexicon.ByLemma.TryGetValue(lemma, out ImmutableArray<PolishPattern> patterns))
            {
                continue;
            }

            lastLemma = lemma;
            string form = PolishSentenceView.FormOf(reading.Tag);
            // An active participle modifies a noun ("kampanii wspierającej"): its subject is not the clause's.
            bool verb = PolishSentenceView.IsVerbForm(form) && form != "pact";
            bool noun = form is "subst" or "depr";
            foreach (PolishPattern pattern in patterns)
            {
                if (pattern.IsVerb ? verb : noun)
                {
                    yield return (pattern, reading);
                }
            }
        }
    }

    private EventCandidate? Apply(PolishSentenceView view, int trigger, PolishPattern pattern, Analysis reading)
    {
        int clause = view.ClauseAt(trigger);
        (int clauseFirst, int clauseEnd) = view.Clauses[clause];
        bool reflexive = false;
        for (int token = Math.Max(clauseFirst, trigger - 3); token < Math.Min(clauseEnd, trigger + 4); token++)
        {
            reflexive |= view.LowerAt(token) == "się";
        }

        if (pattern.Reflexive && !reflexive)
        {
            return null;
        }

        if (pattern.Companions.Count > 0 && !HasCompanion(view, trigger, clauseFirst, clauseEnd, pattern))
        {
            return null;
        }

        string form = PolishSentenceView.FormOf(reading.Tag);
        var sources = new List<ActorPhrase>();
        var targets = new List<ActorPhrase>();
        bool zeroSubject = false;
        if (pattern.IsVerb)
        {
            if (!VerbRoles(view, trigger, pattern, reading.Tag, form, sources, targets, out zeroSubject))
            {
                return null;
            }
        }
        else
        {
            NounRoles(view, trigger, pattern, sources, targets);
        }

        ImmutableArray<int> source = [.. sources.Select(phrase => phrase.Actor).Distinct()];
        ImmutableArray<int> target = [.. targets.Select(phrase => phrase.Actor).Distinct().Where(actor => !source.Contains(actor))];
        if (pattern.Reciprocal && target.IsEmpty && source.Length > 1)
        {
            // "Putin i Kim spotkali się": the first named is the source, the others the target (shared/gold/FORMAT.md).
            target = source[1..];
            source = [source[0]];
        }

        if (source.IsEmpty || (pattern.NeedsTarget && target.IsEmpty))
        {
            return null;
        }

        double confidence = pattern.Confidence * (zeroSubject ? ZeroSubjectFactor : 1) * (!pattern.IsVerb && target.IsEmpty ? BareNounFactor : 1);
        Modality modality = ModalityOf(view, trigger, pattern, form, reading.Tag, source);
        return new EventCandidate(pattern.Type, pattern.Cameo, pattern.Mode, pattern.Context, source, target, view.Document.Tokens[trigger].Span, view.Index,
            modality, Math.Round(confidence, 3), pattern.Id);
    }

    private static bool HasCompanion(PolishSentenceView view, int trigger, int first, int end, PolishPattern pattern)
    {
        for (int token = first; token < end; token++)
        {
            if (token != trigger && pattern.Companions.Contains(view.LemmaAt(token)))
            {
                return true;
            }
        }

        return false;
    }
}
