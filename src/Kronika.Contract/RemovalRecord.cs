namespace Kronika.Contract;

/// <summary>Page debris that cleaning took out; its offsets point into the decoded raw input, not into the clean text.</summary>
public sealed record RemovalRecord
{
    /// <summary>The removed text as it stood in the input.</summary>
    public required string Text { get; init; }

    /// <summary>A stable lowercase code ("share", "cookie", "empty_dateline").</summary>
    public required string Reason { get; init; }

    /// <summary>Start in the decoded raw input, UTF-16 code units, inclusive.</summary>
    public required int Start { get; init; }

    /// <summary>End in the decoded raw input, exclusive.</summary>
    public required int End { get; init; }
}
