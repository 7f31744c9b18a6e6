using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Events;

/// <summary>Finds who did what to whom, where and when (the events layer): each sentence's candidates from the finder of
/// the document's language, merged into one event per happening, with a place and a date.</summary>
/// <remarks>Sentences inside photo captions and credits state no events. Candidates of one happening (the same type,
/// compatible actors and modality) become one event whose evidence lists every sentence that states it
/// (<see cref="EventMerger"/>). Other languages, and documents without entities, pass through with an empty layer.
/// Immutable; thread-safe.</remarks>
public sealed class EventStage : IStage
{
    private readonly Dictionary<string, IEventFinder> _finders;

    /// <summary>A stage that reads the languages of <paramref name="finders"/>.</summary>
    public EventStage(IEnumerable<IEventFinder> finders)
    {
        ArgumentNullException.ThrowIfNull(finders);
        _finders = finders.ToDictionary(finder => finder.Language, StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public string Name => "events";

    /// <inheritdoc/>
    public Layers Requires => Layers.Text | Layers.Regions | Layers.Language | Layers.Tokens | Layers.Sentences | Layers.Morphology | Layers.Mentions | Layers.Entities;

    /// <inheritdoc/>
    public Layers Produces => Layers.Events;

    /// <inheritdoc/>
    public Document Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Rejection is not null || document.Entities.IsEmpty || document.Language is null
            || !_finders.TryGetValue(document.Language, out IEventFinder? finder))
        {
            return document;
        }

        var candidates = new List<EventCandidate>();
        for (int sentence = 0; sentence < document.Sentences.Length; sentence++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!InCaption(document, document.Sentences[sentence].Span))
            {
                candidates.AddRange(finder.Find(document, sentence));
            }
        }

        if (candidates.Count == 0)
        {
            return document;
        }

        ImmutableArray<ReportedEvent> events = EventMerger.Merge(document, candidates);
        return document with { Events = events };
    }

    private static bool InCaption(Document document, TextSpan sentence)
    {
        foreach (Region region in document.Regions)
        {
            if (region.Type is RegionType.Caption or RegionType.Credit && region.Span.Overlaps(sentence))
            {
                return true;
            }
        }

        return false;
    }
}
