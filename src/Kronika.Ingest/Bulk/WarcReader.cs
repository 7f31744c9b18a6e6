using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Kronika.Ingest.Bulk;

/// <summary>Streams the pages out of a WARC file (WARC/1.0 and 1.1, plain or gzipped record by record): every
/// <c>response</c> record with a 2xx HTML or text payload and every <c>resource</c> record of such a type, one at a time,
/// in constant memory.</summary>
/// <remarks>
/// The layout (ISO 28500): a version line, header lines, a blank line, <c>Content-Length</c> bytes of block, two line
/// breaks. A response block is an HTTP message: status line, headers, blank line, body, which may be chunked and
/// compressed. Requests, metadata, warcinfo, revisits and non-2xx responses are counted in <see cref="Skipped"/>.
/// A truncated or malformed record throws <see cref="WarcFormatException"/> naming the file and the record; everything
/// before it has been yielded. One reader per file; not thread-safe.
/// </remarks>
public sealed class WarcReader
{
    private const int MaxHeaderLine = 64 * 1024;

    private readonly string _name;
    private readonly long _maxBytes;

    /// <summary>A reader of the WARC file called <paramref name="name"/> (for input names and messages), refusing
    /// payloads over <paramref name="maxBytes"/>.</summary>
    public WarcReader(string name, long maxBytes)
    {
        _name = name;
        _maxBytes = maxBytes;
    }

    /// <summary>Records read but not yielded (requests, metadata, revisits, non-2xx and non-text responses).</summary>
    public int Skipped { get; private set; }

    /// <summary>True for names of WARC files (<c>.warc</c>, <c>.warc.gz</c>).</summary>
    public static bool IsWarc(string path) =>
        path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The pages of the WARC file at <paramref name="path"/>, gunzipped when its name ends in <c>.gz</c>.</summary>
    public static IEnumerable<BulkItem> ReadFile(string path, long maxBytes)
    {
        var reader = new WarcReader(path, maxBytes);
        using FileStream file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        foreach (BulkItem item in reader.Read(stream))
        {
            yield return item;
        }
    }

    /// <summary>The pages of the decompressed WARC <paramref name="stream"/>, in file order.</summary>
    /// <exception cref="WarcFormatException">When a record is truncated or malformed.</exception>
    public IEnumerable<BulkItem> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var input = new BufferedStream(stream, 1 << 16);
        for (int record = 1; ; record++)
        {
            string? version = ReadLine(input, record, allowEnd: true);
            while (version is { Length: 0 })
            {
                version = ReadLine(input, record, allowEnd: true);
            }

            if (version is null)
            {
                yield break;
            }

            if (!version.StartsWith("WARC/", StringComparison.Ordinal))
            {
                throw Broken(record, $"expected a WARC version line, found '{Shorten(version)}'");
            }

            Dictionary<string, string> headers = ReadHeaders(input, record);
            if (!headers.TryGetValue("content-length", out string? lengthText)
                || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out long length))
            {
                throw Broken(record, "the record has no valid Content-Length");
            }

            string type = headers.GetValueOrDefault("warc-type", "");
            bool response = type == "response";
            if (!(response || type == "resource"))
            {
                Skip(input, length, record);
                Skipped++;
                continue;
            }

            int current = record;
            var block = new LimitedStream(input, length, () => Broken(current, "the file ends inside a record"));
            BulkItem? item = response ? Response(block, headers, record) : Resource(block, headers, record);
            block.Drain(record, this);
            if (item is null)
            {
                Skipped++;
            }
            else
            {
                yield return item;
            }
        }
    }

    private BulkItem? Response(LimitedStream block, Dictionary<string, string> warc, int record)
    {
        string? status = ReadLine(block, record, allowEnd: true);
        if (status is null || !status.StartsWith("HTTP/", StringComparison.Ordinal))
        {
            return null;
        }

        string[] parts = status.Split(' ', 3);
        if (parts.Length < 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int code) || code is < 200 or > 299)
        {
            return null;
        }

        Dictionary<string, string> http = ReadHeaders(block, record);
        string? contentType = http.GetValueOrDefault("content-type");
        if (!IsText(contentType))
        {
            return null;
        }

        Stream body = block;
        if (http.TryGetValue("transfer-encoding", out string? transfer) && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = new ChunkedStream(block, () => Broken(record, "a chunked body breaks off"));
        }

        string? encoding = http.GetValueOrDefault("content-encoding")?.Trim().ToLowerInvariant();
        body = encoding switch
        {
            "gzip" or "x-gzip" => new GZipStream(body, CompressionMode.Decompress, leaveOpen: true),
            "deflate" => new ZLibStream(body, CompressionMode.Decompress, leaveOpen: true),
            "br" => new BrotliStream(body, CompressionMode.Decompress, leaveOpen: true),
            _ => body,
        };
        return Item(body, warc, contentType, record);
    }

    private BulkItem? Resource(LimitedStream block, Dictionary<string, string> warc, int record)
    {
        string? contentType = warc.GetValueOrDefault("content-type");
        return IsText(contentType) ? Item(block, warc, contentType, record) : null;
    }

    private BulkItem Item(Stream body, Dictionary<string, string> warc, string? contentType, int record)
    {
        string input = $"{_name}#{record.ToString(CultureInfo.InvariantCulture)}";
        var hints = new InputHints
        {
            ContentType = contentType,
            Url = warc.GetValueOrDefault("warc-target-uri")?.Trim('<', '>'),
            Published = null,
        };
        byte[]? bytes;
        try
        {
            bytes = ReadAtMost(body, _maxBytes);
        }
        catch (InvalidDataException exception)
        {
            return new BulkItem(input, null, hints, $"the record's body does not decompress: {exception.Message}");
        }

        return bytes is null
            ? new BulkItem(input, null, hints, $"the record's body is over the limit of {_maxBytes} bytes (ReaderOptions.MaxBytes)")
            : new BulkItem(input, bytes, hints);
    }

    /// <summary>HTML, XHTML and plain text; a missing type is given the benefit of the doubt (the reader sniffs).</summary>
    private static bool IsText(string? contentType) =>
        contentType is null
        || contentType.Contains("html", StringComparison.OrdinalIgnoreCase)
        || contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase);

    /// <summary>The bytes of <paramref name="stream"/>, or null when there are more than <paramref name="limit"/>.</summary>
    private static byte[]? ReadAtMost(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private Dictionary<string, string> ReadHeaders(Stream stream, int record)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        while (true)
        {
            string? line = ReadLine(stream, record, allowEnd: false);
            if (string.IsNullOrEmpty(line))
            {
                return headers;
            }

            if (line[0] is ' ' or '\t' && last is not null)
            {
                headers[last] += " " + line.Trim();
                continue;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            last = line[..colon].Trim().ToLowerInvariant();
            headers.TryAdd(last, line[(colon + 1)..].Trim());
        }
    }

    /// <summary>One line without its CR LF (or LF), read as Latin-1 so that any byte survives; null at the end of the
    /// stream when <paramref name="allowEnd"/>.</summary>
    private string? ReadLine(Stream stream, int record, bool allowEnd)
    {
        var line = new StringBuilder();
        while (true)
        {
            int b = stream.ReadByte();
            if (b < 0)
            {
                if (line.Length == 0 && allowEnd)
                {
                    return null;
                }

                throw Broken(record, "the file ends inside a header");
            }

            if (b == '\n')
            {
                if (line.Length > 0 && line[^1] == '\r')
                {
                    line.Length--;
                }

                return line.ToString();
            }

            if (line.Length >= MaxHeaderLine)
            {
                throw Broken(record, $"a header line is longer than {MaxHeaderLine} bytes");
            }

            line.Append((char)b);
        }
    }

    private void Skip(Stream stream, long count, int record)
    {
        byte[] chunk = new byte[1 << 16];
        while (count > 0)
        {
            int read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, count));
            if (read == 0)
            {
                throw Broken(record, "the file ends inside a record");
            }

            count -= read;
        }
    }

    private WarcFormatException Broken(int record, string detail) => new($"{_name}: record {record}: {detail}");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";

    /// <summary>The block of one record: reads stop at its Content-Length; <see cref="Drain"/> skips what is left.</summary>
    private sealed class LimitedStream(Stream inner, long length, Func<Exception> broken) : Stream
    {
        private long _left = length;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public void Drain(int record, WarcReader reader)
        {
            reader.Skip(inner, _left, record);
            _left = 0;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_left == 0)
            {
                return 0;
            }

            int read = inner.Read(buffer, offset, (int)Math.Min(count, _left));
            if (read == 0)
            {
                throw broken();
            }

            _left -= read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
