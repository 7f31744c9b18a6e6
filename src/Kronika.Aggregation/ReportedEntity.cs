namespace Kronika.Aggregation;

/// <summary>An entity one article names, as aggregation needs it.</summary>
/// <param name="Id">Its kronika/1 id.</param>
/// <param name="Type">PER, ORG, GPE, LOC, FAC, EVT or PRO.</param>
/// <param name="Name">Its base form in the article's language.</param>
/// <param name="Country">ISO 3166-1 alpha-3 of the state it is or acts for, or null.</param>
/// <param name="Mentions">How many times the article names it.</param>
public sealed record ReportedEntity(string Id, string Type, string Name, string? Country, int Mentions);
