using System.Text.Json.Serialization;

namespace Kronika.Evaluation;

/// <summary>A happening the article reports, as a careful reader codes it (kronika-gold/1).</summary>
public sealed record GoldEvent
{
    /// <summary>A PLOVER type or REQUEST.</summary>
    public required string Type { get; init; }

    /// <summary>The closest CAMEO code, or null.</summary>
    public string? Cameo { get; init; }

    /// <summary>The PLOVER mode, or null.</summary>
    public string? Mode { get; init; }

    /// <summary>The PLOVER context, or null.</summary>
    public string? Context { get; init; }

    /// <summary>Entity keys of the actors that act.</summary>
    public IReadOnlyList<string> Source { get; init; } = [];

    /// <summary>Entity keys of the actors acted upon.</summary>
    public IReadOnlyList<string> Target { get; init; } = [];

    /// <summary>Entity key of the place, or null.</summary>
    public string? Location { get; init; }

    /// <summary>ISO date or partial date ("--09-15"), or null when the text does not say.</summary>
    public string? Date { get; init; }

    /// <summary>The words that state the date, or null.</summary>
    public string? DateText { get; init; }

    /// <summary>asserted, reported, hypothetical, negated or denied.</summary>
    public string? Modality { get; init; }

    /// <summary>The sentences or phrases that state the event; a single string in the file is read as a list of one.</summary>
    [JsonConverter(typeof(OneOrManyStringsConverter))]
    public IReadOnlyList<string> Evidence { get; init; } = [];
}
