using System.Collections.Immutable;

namespace Kronika.Core.Annotations;

/// <summary>One happening the article reports: who did what to whom, where and when, and how sure the text is of it.</summary>
/// <remarks>One per happening per article: a visit stated in three sentences is one event with three evidence spans.</remarks>
/// <param name="Type">A PLOVER type (AGREE ... FIGHT) or REQUEST.</param>
/// <param name="Cameo">The closest CAMEO code ("042"), or null.</param>
/// <param name="Mode">The PLOVER mode ("visit", "phone"), or null.</param>
/// <param name="Context">The PLOVER context ("military", "economic"), or null.</param>
/// <param name="Source">Indexes into <see cref="Document.Entities"/> of the actors that act (after acts-for).</param>
/// <param name="Target">Indexes into <see cref="Document.Entities"/> of the actors acted upon.</param>
/// <param name="Location">Index into <see cref="Document.Entities"/> of the place, or null when the text does not say.</param>
/// <param name="Date">When it happened, or null when the text does not say.</param>
/// <param name="Modality">Asserted, reported, hypothetical, negated or denied.</param>
/// <param name="Trigger">The word or phrase that names the event ("spotkanie", "odwiedził", "met").</param>
/// <param name="Sentence">The sentence holding <paramref name="Trigger"/>.</param>
/// <param name="Evidence">Every sentence that states this event, in text order.</param>
/// <param name="Confidence">How sure the extractor is, in [0, 1].</param>
/// <param name="Pattern">The id of the pattern that found it, for explaining the event (not in kronika/1).</param>
public sealed record ReportedEvent(
    string Type,
    string? Cameo,
    string? Mode,
    string? Context,
    ImmutableArray<int> Source,
    ImmutableArray<int> Target,
    int? Location,
    EventDate? Date,
    Modality Modality,
    TextSpan Trigger,
    TextSpan Sentence,
    ImmutableArray<TextSpan> Evidence,
    double Confidence,
    string Pattern);
