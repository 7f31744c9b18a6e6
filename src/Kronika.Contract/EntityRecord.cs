namespace Kronika.Contract;

/// <summary>A person, organisation or place the article mentions, with every mention of it.</summary>
public sealed record EntityRecord
{
    /// <summary>Stable id: <c>kb:</c> + the knowledge-base key, or <c>new:</c> + a key derived from the base form.</summary>
    public required string Id { get; init; }

    /// <summary>PER, ORG, GPE, LOC, FAC, EVT or PRO (the ACE convention: cities are GPE).</summary>
    public required string Type { get; init; }

    /// <summary>The English name.</summary>
    public required string Name { get; init; }

    /// <summary>Base form by ISO 639-1 language code (<c>{"pl": "Aleksander Łukaszenka"}</c>).</summary>
    public required IReadOnlyDictionary<string, string> Names { get; init; }

    /// <summary>A Wikidata Q-id, or null.</summary>
    public required string? Wikidata { get; init; }

    /// <summary>ISO 3166-1 alpha-3 of the polity the entity belongs to or acts for, or null.</summary>
    public required string? Country { get; init; }

    /// <summary>The entity's mentions in text order.</summary>
    public required IReadOnlyList<MentionRecord> Mentions { get; init; }
}
