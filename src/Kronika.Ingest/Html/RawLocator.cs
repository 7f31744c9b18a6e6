namespace Kronika.Ingest.Html;

/// <summary>Finds where the words of the clean text stand in the decoded HTML, moving only forward, so that clean
/// offsets map back into the page (the UI highlights in the original).</summary>
/// <remarks>The parser gives source positions of elements only; text is found by searching its words from the last
/// position, within a bounded window so that a word missing from the raw text (written as an entity) costs little.
/// A word not found maps to the cursor: the map stays monotonic and close. Per page; not shared between threads.</remarks>
internal sealed class RawLocator
{
    private const int Window = 16 * 1024;

    private readonly string _raw;
    private int _cursor;

    /// <summary>A locator over <paramref name="raw"/>, starting at its beginning.</summary>
    public RawLocator(string raw) => _raw = raw;

    /// <summary>The current position in the raw text.</summary>
    public int Cursor => _cursor;

    /// <summary>Moves the cursor forward to <paramref name="position"/> (an element's start tag); never back.</summary>
    public void MoveTo(int position)
    {
        if (position > _cursor && position <= _raw.Length)
        {
            _cursor = position;
        }
    }

    /// <summary>The raw offset of <paramref name="word"/> at or after the cursor, moving the cursor past it; the
    /// cursor itself when it is not found nearby.</summary>
    public int Locate(ReadOnlySpan<char> word)
    {
        int length = Math.Min(Window, _raw.Length - _cursor);
        int found = length <= 0 ? -1 : _raw.AsSpan(_cursor, length).IndexOf(word, StringComparison.Ordinal);
        if (found < 0)
        {
            return _cursor;
        }

        int position = _cursor + found;
        _cursor = position + word.Length;
        return position;
    }
}
