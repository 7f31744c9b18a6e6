using System.Collections.Immutable;
using System.Text;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Ingest.Cleaning;

namespace Kronika.Ingest.PlainText;

/// <summary>Writes the clean text from pieces of normalised lines, keeping the offset map and the regions in step.</summary>
/// <remarks>Separators (a blank line between regions, a space between joined lines) are inserted text: each of their
/// characters maps to the raw position after the previous piece, never past the start of the next one, so the map
/// never goes backwards.</remarks>
internal sealed class CleanTextWriter
{
    private readonly NormalizedLines _lines;
    private readonly StringBuilder _text;
    private readonly OffsetMap.Builder _map = new();
    private readonly ImmutableArray<Region>.Builder _regions = ImmutableArray.CreateBuilder<Region>();
    private string? _pendingSeparator;
    private int _lastRawEnd;

    /// <summary>A writer over <paramref name="lines"/>.</summary>
    public CleanTextWriter(NormalizedLines lines)
    {
        _lines = lines;
        _text = new StringBuilder(lines.Chars.Length + 64);
    }

    /// <summary>Current length of the clean text.</summary>
    public int Length => _text.Length;

    /// <summary>Asks for <paramref name="separator"/> before the next piece (nothing before the first piece).</summary>
    public void Separate(string separator)
    {
        if (_text.Length > 0)
        {
            _pendingSeparator = separator;
        }
    }

    /// <summary>Appends characters [<paramref name="from"/>, <paramref name="to"/>) of normalised line <paramref name="line"/>;
    /// returns the clean offset where they start.</summary>
    public int Append(int line, int from, int to)
    {
        int rawStart = _lines.RawOf(line, from);
        if (_pendingSeparator is { } separator)
        {
            int position = _text.Length;
            for (int index = 0; index < separator.Length; index++)
            {
                _map.Anchor(position + index, Math.Min(_lastRawEnd + index, rawStart));
            }

            _text.Append(separator);
            _pendingSeparator = null;
        }

        int clean = _text.Length;
        _map.Anchor(clean, rawStart);
        foreach ((int offset, int raw) in _lines.AnchorsInside(line, from, to))
        {
            _map.Anchor(clean + offset - from, raw);
        }

        _text.Append(_lines.Chars, _lines[line].Start + from, to - from);
        _lastRawEnd = _lines.RawOf(line, to - 1) + 1;
        return clean;
    }

    /// <summary>Records a region over [<paramref name="start"/>, <paramref name="end"/>) of the clean text.</summary>
    public void Region(RegionType type, int start, int end) => _regions.Add(new Region(type, new TextSpan(start, end)));

    /// <summary>The text, its map and its regions.</summary>
    public (string Text, OffsetMap Map, ImmutableArray<Region> Regions) Finish() =>
        (_text.ToString(), _map.Build(), _regions.ToImmutable());
}
