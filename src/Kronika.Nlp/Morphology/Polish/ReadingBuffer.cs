using Kronika.Core.Annotations;

namespace Kronika.Nlp.Morphology.Polish;

/// <summary>Reusable storage for the readings of one lookup: base forms as character ranges of one buffer, tags interned.</summary>
/// <remarks>Lets the hot path return every reading without allocating: <see cref="Lemma"/> is a span into the buffer,
/// valid until the next <see cref="Clear"/>. Not thread-safe: one buffer per thread.</remarks>
public sealed class ReadingBuffer
{
    private char[] _chars = new char[256];
    private int _charCount;
    private (int Start, int Length, MorphTag Tag)[] _readings = new (int, int, MorphTag)[32];

    /// <summary>How many readings the buffer holds.</summary>
    public int Count { get; private set; }

    /// <summary>The base form of reading <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Lemma(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        (int start, int length, _) = _readings[index];
        return _chars.AsSpan(start, length);
    }

    /// <summary>The tag of reading <paramref name="index"/>.</summary>
    public MorphTag Tag(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return _readings[index].Tag;
    }

    /// <summary>Forgets every reading; the buffer's storage is kept.</summary>
    public void Clear()
    {
        Count = 0;
        _charCount = 0;
    }

    /// <summary>Makes room for a base form of up to <paramref name="length"/> characters and returns where to write it.</summary>
    internal Span<char> Reserve(int length)
    {
        if (_charCount + length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + length));
        }

        return _chars.AsSpan(_charCount, length);
    }

    /// <summary>Adds a reading whose base form was written at the start of the last <see cref="Reserve"/>d range.</summary>
    internal void Add(int lemmaLength, MorphTag tag)
    {
        if (Count == _readings.Length)
        {
            Array.Resize(ref _readings, _readings.Length * 2);
        }

        _readings[Count++] = (_charCount, lemmaLength, tag);
        _charCount += lemmaLength;
    }

    /// <summary>Adds another reading that shares the base form of the reading before it (tags joined by '+').</summary>
    internal void AddSameLemma(MorphTag tag)
    {
        (int start, int length, _) = _readings[Count - 1];
        if (Count == _readings.Length)
        {
            Array.Resize(ref _readings, _readings.Length * 2);
        }

        _readings[Count++] = (start, length, tag);
    }
}
