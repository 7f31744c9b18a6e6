namespace Kronika.Core.Annotations;

/// <summary>A person, organisation or place the document names, once however many times it is mentioned.</summary>
/// <param name="Key">Its key within the document's analysis: <c>new:</c> + a key derived from the base form until it is
/// linked to the knowledge base (<c>kb:</c> + the base's key).</param>
/// <param name="Type">The kind of entity.</param>
/// <param name="Name">Its fullest base form in the document's language ("Aleksander Łukaszenka").</param>
/// <param name="Country">ISO 3166-1 alpha-3 of the polity it is or acts for ("BLR" for Belarus and for Łukaszenka), or null.</param>
/// <param name="EnglishName">Its English name when the knowledge base gives one ("Alexander Lukashenko"), or null.</param>
/// <param name="Wikidata">Its Wikidata Q-id when the knowledge base is certain of it, or null.</param>
public sealed record Entity(string Key, EntityType Type, string Name, string? Country = null, string? EnglishName = null, string? Wikidata = null);
