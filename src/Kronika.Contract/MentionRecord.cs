namespace Kronika.Contract;

/// <summary>One place in the text that refers to an entity; mentions may nest.</summary>
public sealed record MentionRecord
{
    /// <summary>Offset of the first code unit in <see cref="ArticleRecord.Text"/>, inclusive.</summary>
    public required int Start { get; init; }

    /// <summary>Offset one past the last code unit.</summary>
    public required int End { get; init; }

    /// <summary>The covered text, exactly as in the article ("Łukaszence").</summary>
    public required string Text { get; init; }

    /// <summary>The base form of this mention ("Łukaszenka").</summary>
    public required string Base { get; init; }

    /// <summary>How it refers: name, alias, role, demonym, metonymy, coreference or pronoun.</summary>
    public required string Via { get; init; }

    /// <summary>The id of the actor this mention stands for ("Mińska" acts for Belarus), or null.</summary>
    public required string? ActsFor { get; init; }
}
