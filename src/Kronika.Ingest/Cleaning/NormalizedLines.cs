namespace Kronika.Ingest.Cleaning;

/// <summary>One line of the decoded input after normalisation.</summary>
/// <param name="RawStart">Raw offset of the line's first kept character (its start when the line is blank).</param>
/// <param name="RawEnd">Raw offset one past its last kept character.</param>
/// <param name="Start">Offset of the normalised line in <see cref="NormalizedLines.Chars"/>.</param>
/// <param name="Length">Length of the normalised line; 0 for a blank line.</param>
/// <param name="FirstAnchor">Index of the line's first anchor.</param>
/// <param name="AnchorCount">Number of anchors of the line (at least 1 unless blank).</param>
internal readonly record struct NormalizedLine(int RawStart, int RawEnd, int Start, int Length, int FirstAnchor, int AnchorCount)
{
    /// <summary>True when nothing but white space and dropped characters was on the line.</summary>
    public bool IsBlank => Length == 0;
}

/// <summary>The decoded input split into lines, each trimmed, with Unicode spaces made plain, runs of spaces collapsed
/// and control characters dropped; every normalised character keeps its way back to the raw input.</summary>
/// <remarks>All lines share one character buffer. Anchors <c>(normalised offset, raw offset)</c> mark where the two
/// stop running in step, as in <see cref="Kronika.Core.OffsetMap"/>.</remarks>
internal sealed class NormalizedLines
{
    private readonly List<NormalizedLine> _lines;
    private readonly List<int> _anchorNorm;
    private readonly List<int> _anchorRaw;

    private NormalizedLines(string raw, char[] chars, List<NormalizedLine> lines, List<int> anchorNorm, List<int> anchorRaw)
    {
        Raw = raw;
        Chars = chars;
        _lines = lines;
        _anchorNorm = anchorNorm;
        _anchorRaw = anchorRaw;
    }

    /// <summary>The decoded raw input.</summary>
    public string Raw { get; }

    /// <summary>The normalised lines back to back (no separators).</summary>
    public char[] Chars { get; }

    /// <summary>Number of lines.</summary>
    public int Count => _lines.Count;

    /// <summary>Line <paramref name="index"/>.</summary>
    public NormalizedLine this[int index] => _lines[index];

    /// <summary>The normalised text of line <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Text(int index) => Chars.AsSpan(_lines[index].Start, _lines[index].Length);

    /// <summary>The raw offset of character <paramref name="offset"/> (0-based within the line) of line <paramref name="index"/>.</summary>
    public int RawOf(int index, int offset)
    {
        NormalizedLine line = _lines[index];
        int target = line.Start + offset;
        int low = line.FirstAnchor;
        int high = line.FirstAnchor + line.AnchorCount - 1;
        while (low < high)
        {
            int middle = (low + high + 1) >>> 1;
            if (_anchorNorm[middle] <= target)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return _anchorRaw[low] + (target - _anchorNorm[low]);
    }

    /// <summary>The anchors of line <paramref name="index"/> strictly inside (<paramref name="from"/>, <paramref name="to"/>),
    /// as offsets within the line and raw offsets, in order.</summary>
    public IEnumerable<(int Offset, int Raw)> AnchorsInside(int index, int from, int to)
    {
        NormalizedLine line = _lines[index];
        for (int anchor = line.FirstAnchor; anchor < line.FirstAnchor + line.AnchorCount; anchor++)
        {
            int offset = _anchorNorm[anchor] - line.Start;
            if (offset > from && offset < to)
            {
                yield return (offset, _anchorRaw[anchor]);
            }
        }
    }

    /// <summary>Splits and normalises <paramref name="raw"/> in one pass.</summary>
    /// <remarks>Line breaks: LF, CR, CRLF, NEL, U+2028, U+2029. White space (tab, no-break and other Unicode spaces) at the
    /// ends is trimmed and inside collapses to one plain space. Dropped: C0 and C1 controls, DEL, soft hyphens, zero-width
    /// spaces, word joiners and byte-order marks.</remarks>
    public static NormalizedLines Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var chars = new char[raw.Length];
        var lines = new List<NormalizedLine>(Math.Min(raw.Length / 40 + 4, 1 << 16));
        var anchorNorm = new List<int>();
        var anchorRaw = new List<int>();
        int written = 0;
        int position = 0;
        while (position <= raw.Length)
        {
            int end = position;
            while (end < raw.Length && !IsLineBreak(raw[end]))
            {
                end++;
            }

            int lineStart = written;
            int firstAnchor = anchorNorm.Count;
            int rawFirst = -1;
            int rawLast = position;
            int expected = -1;
            int pendingSpace = -1;
            for (int index = position; index < end; index++)
            {
                char c = raw[index];
                if (char.IsWhiteSpace(c))
                {
                    if (rawFirst >= 0 && pendingSpace < 0)
                    {
                        pendingSpace = index;
                    }

                    continue;
                }

                if (IsDropped(c))
                {
                    continue;
                }

                if (pendingSpace >= 0)
                {
                    Put(' ', pendingSpace);
                    pendingSpace = -1;
                }

                if (rawFirst < 0)
                {
                    rawFirst = index;
                }

                Put(c, index);
                rawLast = index + 1;
            }

            lines.Add(new NormalizedLine(rawFirst < 0 ? position : rawFirst, rawFirst < 0 ? position : rawLast,
                lineStart, written - lineStart, firstAnchor, anchorNorm.Count - firstAnchor));
            if (end >= raw.Length)
            {
                break;
            }

            position = end + (raw[end] == '\r' && end + 1 < raw.Length && raw[end + 1] == '\n' ? 2 : 1);

            void Put(char c, int rawOffset)
            {
                if (rawOffset != expected)
                {
                    anchorNorm.Add(written);
                    anchorRaw.Add(rawOffset);
                }

                chars[written++] = c;
                expected = rawOffset + 1;
            }
        }

        return new NormalizedLines(raw, chars, lines, anchorNorm, anchorRaw);
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsDropped(char c) =>
        char.IsControl(c) || c is '\u00AD' or '\u200B' or '\u2060' or '\uFEFF' or '\u200E' or '\u200F';
}
