namespace Kronika.Core.Annotations;

/// <summary>What a resolved date was worked out from.</summary>
public enum DateAnchor
{
    /// <summary>The text states the whole date ("15 września 2023").</summary>
    Absolute,

    /// <summary>The publication date completed or anchored it ("15 września", "w środę", "wczoraj").</summary>
    PublicationDate,
}
