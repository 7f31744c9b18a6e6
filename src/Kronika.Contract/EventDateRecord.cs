namespace Kronika.Contract;

/// <summary>When an event happened, as precisely as the text allows.</summary>
public sealed record EventDateRecord
{
    /// <summary>ISO date or a partial one ("--09-15", "2023-09"), or null when unresolved.</summary>
    public required string? Value { get; init; }

    /// <summary>day, month, year or unresolved.</summary>
    public required string Precision { get; init; }

    /// <summary>The words of the text that state the date ("15 września"), or null.</summary>
    public required string? Text { get; init; }

    /// <summary>absolute, publication_date, or null when nothing anchored it.</summary>
    public required string? ResolvedFrom { get; init; }
}
