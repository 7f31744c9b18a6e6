using System.Collections.Immutable;

namespace Kronika.Core;

/// <summary>Maps offsets in the clean <see cref="Document.Text"/> back to offsets in the decoded raw input.</summary>
/// <remarks>
/// Stored as sorted anchors <c>(clean, raw)</c>: between two anchors the texts run in step, one code unit for one.
/// A clean offset maps to the raw offset of the last anchor at or before it plus the distance from that anchor.
/// This is the idea of Lucene's <c>BaseCharFilter</c>: cleaning removes and replaces text but never loses the way back.
/// Immutable; safe from many threads.
/// </remarks>
public sealed class OffsetMap
{
    private readonly ImmutableArray<int> _clean;
    private readonly ImmutableArray<int> _raw;

    /// <summary>The map of a text that is its own source (nothing removed, nothing inserted).</summary>
    public static OffsetMap Identity { get; } = new([0], [0]);

    private OffsetMap(ImmutableArray<int> clean, ImmutableArray<int> raw)
    {
        _clean = clean;
        _raw = raw;
    }

    /// <summary>Number of anchors; useful to tests and benchmarks only.</summary>
    public int AnchorCount => _clean.Length;

    /// <summary>The raw-input offset (UTF-16 code units of the decoded input) of clean offset <paramref name="offset"/>.</summary>
    public int ToSource(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        int index = _clean.AsSpan().BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }
        else
        {
            // Several anchors may share a clean offset (an inserted separator); the last one is where text resumes.
            while (index + 1 < _clean.Length && _clean[index + 1] == offset)
            {
                index++;
            }
        }

        return _raw[index] + (offset - _clean[index]);
    }

    /// <summary>Maps a clean span to the raw span from the source of its start to the source of its end.</summary>
    public TextSpan ToSource(TextSpan span) => new(ToSource(span.Start), Math.Max(ToSource(span.Start), ToSource(span.End)));

    /// <summary>Builds a map while clean text is written; anchors must come in increasing clean order.</summary>
    public sealed class Builder
    {
        private readonly ImmutableArray<int>.Builder _clean = ImmutableArray.CreateBuilder<int>();
        private readonly ImmutableArray<int>.Builder _raw = ImmutableArray.CreateBuilder<int>();

        /// <summary>States that clean offset <paramref name="clean"/> corresponds to raw offset <paramref name="raw"/>,
        /// and that the texts run in step from there until the next anchor.</summary>
        /// <exception cref="ArgumentException">When anchors go backwards in either text.</exception>
        public void Anchor(int clean, int raw)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(clean);
            ArgumentOutOfRangeException.ThrowIfNegative(raw);
            if (_clean.Count > 0)
            {
                int lastClean = _clean[^1];
                int lastRaw = _raw[^1];
                if (clean < lastClean || raw < lastRaw)
                {
                    throw new ArgumentException($"Anchor ({clean}, {raw}) goes back before ({lastClean}, {lastRaw}).", nameof(clean));
                }

                // Already implied by the previous anchor: keep the table small.
                if (raw - lastRaw == clean - lastClean)
                {
                    return;
                }
            }

            _clean.Add(clean);
            _raw.Add(raw);
        }

        /// <summary>Freezes the anchors into a map. With no anchors the map is <see cref="Identity"/>.</summary>
        public OffsetMap Build()
        {
            if (_clean.Count == 0)
            {
                return Identity;
            }

            if (_clean[0] != 0)
            {
                _clean.Insert(0, 0);
                _raw.Insert(0, 0);
            }

            return new OffsetMap(_clean.ToImmutable(), _raw.ToImmutable());
        }
    }
}
