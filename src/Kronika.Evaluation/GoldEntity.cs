namespace Kronika.Evaluation;

/// <summary>An entity a careful reader finds in the article (kronika-gold/1, FORMAT.md).</summary>
public sealed record GoldEntity
{
    /// <summary>The key events and quotes use to name this entity ("lukashenko"); unique within a gold file.</summary>
    public required string Key { get; init; }

    /// <summary>PER, ORG, GPE, LOC, FAC, EVT or PRO.</summary>
    public required string Type { get; init; }

    /// <summary>Names that identify the entity: an English name first, then the Polish base form, then variants.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>A Wikidata Q-id, or null.</summary>
    public string? Wikidata { get; init; }

    /// <summary>ISO 3166-1 alpha-3 of the polity the entity belongs to or acts for, or null.</summary>
    public string? Country { get; init; }

    /// <summary>The key of the actor this entity stands for in events ("minsk" acts for "belarus"), or null.</summary>
    public string? ActsFor { get; init; }

    /// <summary>Surface strings exactly as in the article; each counts once.</summary>
    public IReadOnlyList<string> Mentions { get; init; } = [];
}
