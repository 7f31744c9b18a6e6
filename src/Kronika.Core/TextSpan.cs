namespace Kronika.Core;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units in <see cref="Document.Text"/>.</summary>
/// <remarks>The end is the first code unit after the span, so <see cref="Length"/> never needs a "+ 1"
/// and an empty span needs no sentinel.</remarks>
public readonly record struct TextSpan
{
    /// <summary>Makes a span; throws when <paramref name="start"/> is negative or <paramref name="end"/> is before it.</summary>
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        (Start, End) = (start, end);
    }

    /// <summary>Offset of the first code unit, inclusive.</summary>
    public int Start { get; }

    /// <summary>Offset one past the last code unit, exclusive.</summary>
    public int End { get; }

    /// <summary>Number of UTF-16 code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True for a zero-length span (a position, not a range).</summary>
    public bool IsEmpty => Start == End;

    /// <summary>True when <paramref name="other"/> lies wholly inside this span (an equal span counts).</summary>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The covered characters of <paramref name="text"/>, without allocating.</summary>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    /// <summary>The covered characters of <paramref name="text"/> as a new string (for the edges: storage, output).</summary>
    public string ToString(string text) => text.Substring(Start, Length);

    /// <inheritdoc/>
    public override string ToString() => $"{Start}-{End}";
}
