using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Nlp.Events.Ontology;

namespace Kronika.Nlp.Events;

/// <summary>One event per happening: candidates of the same type whose actors agree become one event with every
/// sentence that states it as evidence.</summary>
/// <remarks>
/// Two candidates state one happening when they have the same type, the same standing (a fact, or the same
/// non-factual modality: an asserted visit and a denied one are two events), and actors that agree: each side either
/// unnamed in one of them, or sharing an entity or a country (Putin stands for Russia: "Łukaszenka odwiedził Rosję"
/// and "spotkanie Putina z Łukaszenką" are one visit). CONSULT is symmetric, so its sides may swap. The merged event
/// keeps the roles of its most specific candidate (one with a mode, then the first), the first place and date its
/// evidence gives, and a confidence that grows with each further sentence.
/// </remarks>
public static class EventMerger
{
    /// <summary>The events of <paramref name="candidates"/> (in sentence order), in order of their first evidence.</summary>
    public static ImmutableArray<ReportedEvent> Merge(Document document, IReadOnlyList<EventCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        var groups = new List<List<EventCandidate>>();
        foreach (EventCandidate candidate in candidates.Where(candidate => !candidate.Source.IsEmpty))
        {
            List<EventCandidate>? group = groups.FirstOrDefault(existing => existing.Any(member => SameHappening(document, member, candidate)));
            if (group is null)
            {
                groups.Add([candidate]);
            }
            else
            {
                group.Add(candidate);
            }
        }

        return [.. groups.Select(group => EventOf(document, group)).OrderBy(@event => @event.Evidence[0].Start)];
    }

    private static ReportedEvent EventOf(Document document, List<EventCandidate> group)
    {
        EventCandidate lead = group.FirstOrDefault(candidate => candidate.Mode is not null) ?? group[0];
        ImmutableArray<TextSpan> evidence = [.. group.Select(candidate => document.Sentences[candidate.Sentence].Span).Distinct().OrderBy(span => span.Start)];
        var actors = new HashSet<int>(group.SelectMany(candidate => candidate.Source.Concat(candidate.Target)));
        int? location = group.Select(candidate => candidate.Location).FirstOrDefault(place => place is not null)
            ?? group.Select(candidate => EventPlaces.Find(document, candidate.Sentence, candidate.Trigger, actors)).FirstOrDefault(place => place is not null);
        EventDate? date = group.Select(candidate => EventDating.DateOf(document, candidate.Sentence, candidate.Trigger, candidate.Modality)).FirstOrDefault(found => found is not null);
        double confidence = Math.Min(1.0, group.Max(candidate => candidate.Confidence) + (0.05 * (evidence.Length - 1)));
        (ImmutableArray<int> source, ImmutableArray<int> target) = SidesOf(document, lead, group);

        // A pattern that leaves mode or context open takes its CAMEO code's (042 is a visit).
        (string? mode, string? context) = EventOntology.LoadDefault().Complete(lead.Cameo, lead.Mode, lead.Context ?? group.Select(candidate => candidate.Context).FirstOrDefault(found => found is not null));
        return new ReportedEvent(
            lead.Type,
            lead.Cameo,
            mode,
            context,
            source,
            target,
            location,
            date,
            lead.Modality,
            lead.Trigger,
            document.Sentences[lead.Sentence].Span,
            evidence,
            Math.Round(confidence, 3),
            lead.Pattern);
    }

    /// <summary>The actors of the merged event on each side: the lead's, with what the other sentences say of the same
    /// sides (a CONSULT's sides may swap), and a state replaced by an actor of that state the other sentences name on the
    /// same side ("Łukaszenka odwiedził Rosję" and "spotkanie Putina z Łukaszenką": Łukaszenka visited Putin).</summary>
    private static (ImmutableArray<int> Source, ImmutableArray<int> Target) SidesOf(Document document, EventCandidate lead, List<EventCandidate> group)
    {
        var source = new List<int>(lead.Source);
        var target = new List<int>(lead.Target);
        foreach (EventCandidate other in group)
        {
            if (ReferenceEquals(other, lead))
            {
                continue;
            }

            bool straight = Agree(document, lead.Source, other.Source) && Agree(document, lead.Target, other.Target);
            (ImmutableArray<int> sameSource, ImmutableArray<int> sameTarget) = straight ? (other.Source, other.Target) : (other.Target, other.Source);
            source.AddRange(sameSource.Where(actor => !source.Contains(actor) && !lead.Target.Contains(actor)));
            target.AddRange(sameTarget.Where(actor => !target.Contains(actor) && !lead.Source.Contains(actor)));
        }

        return ([.. MostSpecific(document, source)], [.. MostSpecific(document, target)]);
    }

    /// <summary><paramref name="actors"/> without a state that another of them belongs to (Putin stands in for Russia).</summary>
    private static IEnumerable<int> MostSpecific(Document document, List<int> actors) =>
        actors.Where(actor => !(EventActors.IsState(document.Entities[actor])
            && actors.Any(other => other != actor && !EventActors.IsState(document.Entities[other]) && document.Entities[other].Country is { } country && country == document.Entities[actor].Country)));

    private static bool SameHappening(Document document, EventCandidate first, EventCandidate second)
    {
        if (first.Type != second.Type || Standing(first.Modality) != Standing(second.Modality))
        {
            return false;
        }

        bool straight = Agree(document, first.Source, second.Source) && Agree(document, first.Target, second.Target);
        bool swapped = first.Type == "CONSULT" && Agree(document, first.Source, second.Target) && Agree(document, first.Target, second.Source);
        return (straight || swapped) && Share(document, [.. first.Source, .. first.Target], [.. second.Source, .. second.Target]);
    }

    /// <summary>Asserted and reported events are facts as far as merging goes; the others stand apart.</summary>
    private static Modality Standing(Modality modality) => modality == Modality.Reported ? Modality.Asserted : modality;

    private static bool Agree(Document document, ImmutableArray<int> first, ImmutableArray<int> second) =>
        first.IsEmpty || second.IsEmpty || Share(document, first, second);

    private static bool Share(Document document, ImmutableArray<int> first, ImmutableArray<int> second)
    {
        foreach (int one in first)
        {
            foreach (int other in second)
            {
                if (one == other || (document.Entities[one].Country is { } country && country == document.Entities[other].Country))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
