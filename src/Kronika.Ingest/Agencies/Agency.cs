namespace Kronika.Ingest.Agencies;

/// <summary>A news agency or outlet that articles credit as their source.</summary>
/// <param name="Name">The canonical name ("UNIAN", "PAP", "RIA Novosti").</param>
/// <param name="Country">ISO 3166-1 alpha-3 code of the agency's home country.</param>
/// <param name="Names">Every name it is credited under, the canonical one included.</param>
public sealed record Agency(string Name, string Country, IReadOnlyList<string> Names);
