using System.Globalization;
using System.Text;

namespace Kronika.Ingest.Bulk;

/// <summary>The body of an HTTP message sent with <c>Transfer-Encoding: chunked</c>, without the chunk framing.</summary>
/// <remarks>Chunk sizes are hexadecimal lines (extensions after ';' ignored); a zero-size chunk ends the body, trailers
/// are left for the caller to drain with the rest of the record.</remarks>
internal sealed class ChunkedStream : Stream
{
    private readonly Stream _inner;
    private readonly Func<Exception> _broken;
    private long _chunkLeft;
    private bool _done;

    /// <summary>A reader of the chunked body in <paramref name="inner"/>; <paramref name="broken"/> makes the error for bad framing.</summary>
    public ChunkedStream(Stream inner, Func<Exception> broken)
    {
        _inner = inner;
        _broken = broken;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_done)
        {
            return 0;
        }

        if (_chunkLeft == 0)
        {
            _chunkLeft = NextChunkSize();
            if (_chunkLeft == 0)
            {
                _done = true;
                return 0;
            }
        }

        int read = _inner.Read(buffer, offset, (int)Math.Min(count, _chunkLeft));
        if (read == 0)
        {
            throw _broken();
        }

        _chunkLeft -= read;
        if (_chunkLeft == 0)
        {
            ReadLine();
        }

        return read;
    }

    private long NextChunkSize()
    {
        string line = ReadLine();
        int semicolon = line.IndexOf(';', StringComparison.Ordinal);
        string size = (semicolon >= 0 ? line[..semicolon] : line).Trim();
        if (!long.TryParse(size, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out long value) || value < 0)
        {
            throw _broken();
        }

        return value;
    }

    private string ReadLine()
    {
        var line = new StringBuilder();
        while (true)
        {
            int b = _inner.ReadByte();
            if (b < 0)
            {
                throw _broken();
            }

            if (b == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            if (line.Length > 1024)
            {
                throw _broken();
            }

            line.Append((char)b);
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
