namespace Kronika.Contract;

/// <summary>A half-open span <c>[start, end)</c> of UTF-16 code units in <see cref="ArticleRecord.Text"/>.</summary>
public sealed record SpanRecord
{
    /// <summary>Offset of the first code unit, inclusive; never negative.</summary>
    public required int Start { get; init; }

    /// <summary>Offset one past the last code unit; never before <see cref="Start"/>.</summary>
    public required int End { get; init; }
}
