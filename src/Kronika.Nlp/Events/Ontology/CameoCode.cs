namespace Kronika.Nlp.Events.Ontology;

/// <summary>One CAMEO event code and what it means in Kronika's ontology.</summary>
/// <param name="Code">Two, three or four digits ("04", "042", "0211").</param>
/// <param name="Label">A short English label.</param>
/// <param name="Type">The event type it maps to, or null for the codes that state no event (CAMEO 01, public statements).</param>
/// <param name="Mode">The mode it implies, or null.</param>
/// <param name="Context">The context it implies, or null.</param>
public sealed record CameoCode(string Code, string Label, string? Type, string? Mode, string? Context);
