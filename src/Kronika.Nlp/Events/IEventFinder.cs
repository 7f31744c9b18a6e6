using Kronika.Core;

namespace Kronika.Nlp.Events;

/// <summary>Finds the events one sentence states, for one language.</summary>
/// <remarks>Implementations are immutable and thread-safe. A finder reports what each sentence says on its own; the
/// stage merges the candidates of one happening and adds dates and places.</remarks>
public interface IEventFinder
{
    /// <summary>The ISO 639-1 code of the language this finder reads.</summary>
    string Language { get; }

    /// <summary>The events sentence <paramref name="sentence"/> of <paramref name="document"/> states.</summary>
    IReadOnlyList<EventCandidate> Find(Document document, int sentence);
}
