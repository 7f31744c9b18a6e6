namespace Kronika.Core.Annotations;

/// <summary>A person, organisation or place the document names, once however many times it is mentioned.</summary>
/// <param name="Key">Its key within the document's analysis: <c>new:</c> + a key derived from the base form until it is
/// linked to the knowledge base (<c>kb:</c> + the base's key).</param>
/// <param name="Type">The kind of entity.</param>
/// <param name="Name">Its fullest base form in the document's language ("Aleksander Łukaszenka").</param>
public sealed record Entity(string Key, EntityType Type, string Name);
