namespace Kronika.Contract;

/// <summary>A typed part of <see cref="ArticleRecord.Text"/>, half-open UTF-16 offsets.</summary>
public sealed record RegionRecord
{
    /// <summary>title, lead, subheading, paragraph, caption, credit (inside the caption before it) or quote_block.</summary>
    public required string Type { get; init; }

    /// <summary>Offset of the first code unit, inclusive.</summary>
    public required int Start { get; init; }

    /// <summary>Offset one past the last code unit.</summary>
    public required int End { get; init; }
}
