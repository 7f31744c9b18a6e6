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
/// A truncated or malformed record throws <see cref="WarcFormatException"/> naming the file, the record and its byte
/// offset; everything before it has been yielded. A record whose WARC framing is sound but whose HTTP message is not (a
/// broken chunk, a header without its blank line) is yielded with its <see cref="BulkItem.Problem"/> and the file goes on.
/// Memory: one record's body at most (<c>maxBytes</c>), and buffers of 64 KiB; a body over the limit is read past, never
/// held. One reader per file; not thread-safe.
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

    /// <summary>True when the stream read is a gunzipped file, so that byte offsets in messages count decompressed bytes
    /// (the gzip members of a <c>.warc.gz</c> carry no index of their own).</summary>
    public bool Gzipped { get; init; }

    /// <summary>True for names of WARC files (<c>.warc</c>, <c>.warc.gz</c>).</summary>
    public static bool IsWarc(string path) =>
        path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The pages of the WARC file at <paramref name="path"/>, gunzipped when its name ends in <c>.gz</c>.</summary>
    public static IEnumerable<BulkItem> ReadFile(string path, long maxBytes)
    {
        bool gzipped = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        var reader = new WarcReader(path, maxBytes) { Gzipped = gzipped };
        using FileStream file = File.OpenRead(path);
        // GZipStream reads a .warc.gz's concatenated members (one per record) one after another as one stream.
        using Stream stream = gzipped ? new GZipStream(file, CompressionMode.Decompress) : file;
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
        var input = new CountingStream(new BufferedStream(stream, 1 << 16));
        for (int record = 1; ; record++)
        {
            long start = input.Position;
            string? version;
            do
            {
                start = input.Position;
                input.Fail = detail => Broken(record, start, detail);
                version = ReadLine(input, allowEnd: true, "the file ends inside a header", detail => Broken(record, start, detail));
            }
            while (version is { Length: 0 });

            if (version is null)
            {
                yield break;
            }

            if (!version.StartsWith("WARC/", StringComparison.Ordinal))
            {
                throw Broken(record, start, $"expected a WARC version line, found '{Shorten(version)}'");
            }

            Dictionary<string, string> headers = ReadHeaders(input, "the file ends inside a header", detail => Broken(record, start, detail));
            if (!headers.TryGetValue("content-length", out string? lengthText)
                || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out long length))
            {
                throw Broken(record, start, "the record has no valid Content-Length");
            }

            string type = headers.GetValueOrDefault("warc-type", "");
            bool response = type == "response";
            var block = new LimitedStream(input, length, () => Broken(record, start, "the file ends inside a record"));
            if (!(response || type == "resource"))
            {
                block.Drain();
                Skipped++;
                continue;
            }

            var name = new RecordName($"{_name}#{record.ToString(CultureInfo.InvariantCulture)}", start);
            BulkItem? item;
            try
            {
                item = response ? Response(block, headers, name) : Resource(block, headers, name);
            }
            catch (PayloadException exception)
            {
                item = new BulkItem(name.Input, null, Hints(headers, null), $"the record's HTTP message is malformed: {exception.Message}")
                {
                    Offset = start,
                    CapturedAt = headers.GetValueOrDefault("warc-date"),
                };
            }

            block.Drain();
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

    private BulkItem? Response(LimitedStream block, Dictionary<string, string> warc, RecordName name)
    {
        string? status = ReadLine(block, allowEnd: true, "the block ends inside the status line", detail => new PayloadException(detail));
        if (status is null || !status.StartsWith("HTTP/", StringComparison.Ordinal))
        {
            return null;
        }

        string[] parts = status.Split(' ', 3);
        if (parts.Length < 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int code) || code is < 200 or > 299)
        {
            return null;
        }

        Dictionary<string, string> http = ReadHeaders(block, "the block ends inside the HTTP headers", detail => new PayloadException(detail));
        string? contentType = http.GetValueOrDefault("content-type");
        if (!IsText(contentType))
        {
            return null;
        }

        Stream body = block;
        if (http.TryGetValue("transfer-encoding", out string? transfer) && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = new ChunkedStream(block, () => new PayloadException("a chunked body breaks off"));
        }

        string? encoding = http.GetValueOrDefault("content-encoding")?.Trim().ToLowerInvariant();
        body = encoding switch
        {
            "gzip" or "x-gzip" => new GZipStream(body, CompressionMode.Decompress, leaveOpen: true),
            "deflate" => new ZLibStream(body, CompressionMode.Decompress, leaveOpen: true),
            "br" => new BrotliStream(body, CompressionMode.Decompress, leaveOpen: true),
            _ => body,
        };
        return Item(body, warc, contentType, code, name);
    }

    private BulkItem? Resource(LimitedStream block, Dictionary<string, string> warc, RecordName name)
    {
        string? contentType = warc.GetValueOrDefault("content-type");
        return IsText(contentType) ? Item(block, warc, contentType, null, name) : null;
    }

    private BulkItem Item(Stream body, Dictionary<string, string> warc, string? contentType, int? status, RecordName name)
    {
        InputHints hints = Hints(warc, contentType);
        string? captured = warc.GetValueOrDefault("warc-date");
        byte[]? bytes;
        string? problem = null;
        try
        {
            bytes = ReadAtMost(body, _maxBytes);
            if (bytes is null)
            {
                problem = $"the record's body is over the limit of {_maxBytes} bytes (ReaderOptions.MaxBytes)";
            }
        }
        catch (InvalidDataException exception)
        {
            bytes = null;
            problem = $"the record's body does not decompress: {exception.Message}";
        }

        return new BulkItem(name.Input, bytes, hints, problem) { Offset = name.Offset, Status = status, CapturedAt = captured };
    }

    /// <summary>The carrier's hints. WARC-Date is not given as the publication date: it is when the crawler fetched the
    /// page, which may be years after it was written, and a wrong date on an event is worse than none.</summary>
    private static InputHints Hints(Dictionary<string, string> warc, string? contentType) => new()
    {
        ContentType = contentType,
        Url = warc.GetValueOrDefault("warc-target-uri")?.Trim('<', '>'),
    };

    /// <summary>HTML, XHTML and plain text; a missing type is given the benefit of the doubt (the reader sniffs).</summary>
    private static bool IsText(string? contentType) =>
        contentType is null
        || contentType.Contains("html", StringComparison.OrdinalIgnoreCase)
        || contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase);

    /// <summary>The bytes of <paramref name="stream"/>, or null when there are more than <paramref name="limit"/>; then
    /// nothing past the limit has been held (the caller drains the rest of the record without keeping it).</summary>
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

    /// <summary>Header lines up to the blank line, names lower-cased, the first of a repeated name kept, folded lines
    /// joined; <paramref name="fail"/> makes the error for a stream that ends first (<paramref name="ended"/>) or a
    /// line too long.</summary>
    private static Dictionary<string, string> ReadHeaders(Stream stream, string ended, Func<string, Exception> fail)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        while (true)
        {
            string? line = ReadLine(stream, allowEnd: false, ended, fail);
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
    /// stream when <paramref name="allowEnd"/> and nothing was read, else the error <paramref name="fail"/> makes of
    /// <paramref name="ended"/>.</summary>
    private static string? ReadLine(Stream stream, bool allowEnd, string ended, Func<string, Exception> fail)
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

                throw fail(ended);
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
                throw fail($"a header line is longer than {MaxHeaderLine} bytes");
            }

            line.Append((char)b);
        }
    }

    private WarcFormatException Broken(int record, long offset, string detail) =>
        new($"{_name}: record {record.ToString(CultureInfo.InvariantCulture)} at byte {offset.ToString(CultureInfo.InvariantCulture)}"
            + (Gzipped ? " of the decompressed stream" : "") + $": {detail}");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";

    /// <summary>The input name of a record and where it starts.</summary>
    private readonly record struct RecordName(string Input, long Offset);

    /// <summary>An HTTP message that breaks its own format inside a soundly framed record: that record fails, the file goes on.</summary>
    private sealed class PayloadException(string message) : Exception(message);

    /// <summary>Counts the bytes read through it, for the offsets in messages, and turns a file that does not
    /// decompress into a <see cref="WarcFormatException"/> (by <see cref="Fail"/>), so that it is never taken for one
    /// record's broken content encoding.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        /// <summary>Makes the error for the record being read from a detail.</summary>
        public Func<string, Exception> Fail { get; set; } = detail => new WarcFormatException(detail);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        /// <summary>Bytes read so far.</summary>
        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int read;
            try
            {
                read = inner.Read(buffer, offset, count);
            }
            catch (InvalidDataException exception)
            {
                throw Fail($"the file does not decompress: {exception.Message}");
            }

            Position += read;
            return read;
        }

        public override int ReadByte()
        {
            int b;
            try
            {
                b = inner.ReadByte();
            }
            catch (InvalidDataException exception)
            {
                throw Fail($"the file does not decompress: {exception.Message}");
            }

            if (b >= 0)
            {
                Position++;
            }

            return b;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>The block of one record: reads stop at its Content-Length; <see cref="Drain"/> skips what is left.</summary>
    private sealed class LimitedStream(Stream inner, long length, Func<Exception> broken) : Stream
    {
        private long _left = length;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        /// <summary>Reads past the rest of the block without keeping it.</summary>
        public void Drain()
        {
            byte[] chunk = new byte[Math.Min(_left, 1 << 16)];
            while (Read(chunk, 0, chunk.Length) > 0)
            {
            }
        }

        public override int ReadByte()
        {
            if (_left == 0)
            {
                return -1;
            }

            int b = inner.ReadByte();
            if (b < 0)
            {
                throw broken();
            }

            _left--;
            return b;
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
