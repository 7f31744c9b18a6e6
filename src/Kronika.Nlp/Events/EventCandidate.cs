using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Events;

/// <summary>An event one pattern found in one sentence, before the events of a happening are merged.</summary>
/// <param name="Type">A PLOVER type or REQUEST.</param>
/// <param name="Cameo">The CAMEO code the pattern gives, or null.</param>
/// <param name="Mode">The PLOVER mode, or null to take the CAMEO code's.</param>
/// <param name="Context">The PLOVER context, or null to take the CAMEO code's.</param>
/// <param name="Source">Indexes into <see cref="Document.Entities"/> of the actors that act (after acts-for).</param>
/// <param name="Target">Indexes into <see cref="Document.Entities"/> of the actors acted upon.</param>
/// <param name="Trigger">The word or phrase that names the event.</param>
/// <param name="Sentence">Index into <see cref="Document.Sentences"/>.</param>
/// <param name="Modality">How sure the text is of it.</param>
/// <param name="Confidence">How sure the pattern is, in [0, 1].</param>
/// <param name="Pattern">The id of the pattern.</param>
/// <param name="Location">Index into <see cref="Document.Entities"/> of a place the pattern's frame names ("w Soczi"), or null.</param>
public sealed record EventCandidate(
    string Type,
    string? Cameo,
    string? Mode,
    string? Context,
    ImmutableArray<int> Source,
    ImmutableArray<int> Target,
    TextSpan Trigger,
    int Sentence,
    Modality Modality,
    double Confidence,
    string Pattern,
    int? Location = null);
