using System.Collections.Immutable;

namespace Kronika.Nlp.Events.Ontology;

/// <summary>One event type of the ontology: a PLOVER type or REQUEST.</summary>
/// <param name="Name">The type as events carry it ("CONSULT").</param>
/// <param name="Quad">Its quad class.</param>
/// <param name="Modes">The modes it allows ("visit", "phone"), in the data file's order; empty when it has none.</param>
/// <param name="Description">What it covers, in a line.</param>
public sealed record EventTypeDefinition(string Name, QuadClass Quad, ImmutableArray<string> Modes, string Description);
