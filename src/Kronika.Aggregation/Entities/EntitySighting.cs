namespace Kronika.Aggregation.Entities;

/// <summary>An entity as one article's analysis names it: what the joiner compares across articles.</summary>
/// <param name="Id">Its kronika/1 id (<c>kb:</c> or <c>new:</c>).</param>
/// <param name="Type">PER, ORG, GPE, LOC, FAC, EVT or PRO.</param>
/// <param name="Name">Its base form in <paramref name="Language"/> ("Nigel Farage", "Unia Europejska").</param>
/// <param name="Language">The language of <paramref name="Name"/> (ISO 639-1), or null when unknown.</param>
public sealed record EntitySighting(string Id, string Type, string Name, string? Language);
