using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Kronika.Ingest.Bulk;

/// <summary>Streams the articles out of a JSON Lines dump: one object per line with <c>url</c>, <c>html</c> or
/// <c>text</c>, and optionally <c>published</c> and <c>title</c>; one line in memory at a time.</summary>
/// <remarks>A line that is not such an object becomes a <see cref="BulkItem"/> with its problem and the line number,
/// and the rest go on. Blank lines are skipped. Lines are split on LF bytes and parsed as UTF-8 by
/// <see cref="JsonDocument"/> without a detour through strings; a line longer than <see cref="LineLimit"/> is read past
/// without being held, so memory stays bounded whatever the dump holds. Stateless; safe from many threads.</remarks>
public static class JsonLinesReader
{
    /// <summary>True for names of JSON Lines files (<c>.jsonl</c>, <c>.jsonl.gz</c>, <c>.ndjson</c>).</summary>
    public static bool IsJsonLines(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    /// <summary>The longest line read, in bytes, for bodies of at most <paramref name="maxBytes"/>: JSON escaping makes
    /// HTML longer (<c>\"</c>, <c>\u003c</c>), so twice the body limit and 64 KiB for the other fields; a line over it
    /// would hold a body over the limit in all but contrived cases.</summary>
    public static long LineLimit(long maxBytes) => maxBytes > (long.MaxValue - (1 << 16)) / 2 ? long.MaxValue : 2 * maxBytes + (1 << 16);

    /// <summary>The articles of the dump at <paramref name="path"/>, gunzipped when its name ends in <c>.gz</c>.</summary>
    public static IEnumerable<BulkItem> ReadFile(string path, long maxBytes)
    {
        using FileStream file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        foreach (BulkItem item in Read(stream, path, maxBytes))
        {
            yield return item;
        }
    }

    /// <summary>The articles of the dump in <paramref name="stream"/>, named <paramref name="name"/>:LINE (from 1).</summary>
    public static IEnumerable<BulkItem> Read(Stream stream, string name, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        long limit = LineLimit(maxBytes);
        var line = new ArrayBufferWriter<byte>(1 << 16);
        byte[] chunk = new byte[1 << 16];
        int number = 1;
        bool overLimit = false;
        bool first = true;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            ReadOnlyMemory<byte> rest = chunk.AsMemory(0, read);
            if (first)
            {
                // A byte-order mark some tools write before the first line.
                first = false;
                if (rest.Span.StartsWith("\uFEFF"u8))
                {
                    rest = rest[3..];
                }
            }

            while (!rest.IsEmpty)
            {
                int newline = rest.Span.IndexOf((byte)'\n');
                ReadOnlyMemory<byte> piece = newline < 0 ? rest : rest[..newline];
                if (!overLimit && line.WrittenCount + piece.Length > limit)
                {
                    overLimit = true;
                    line.Clear();
                }

                if (!overLimit)
                {
                    line.Write(piece.Span);
                }

                if (newline < 0)
                {
                    break;
                }

                if (Line(line, overLimit, $"{name}:{number.ToString(CultureInfo.InvariantCulture)}", maxBytes, limit) is { } item)
                {
                    yield return item;
                }

                number++;
                line.Clear();
                overLimit = false;
                rest = rest[(newline + 1)..];
            }
        }

        if (Line(line, overLimit, $"{name}:{number.ToString(CultureInfo.InvariantCulture)}", maxBytes, limit) is { } last)
        {
            yield return last;
        }
    }

    private static BulkItem? Line(ArrayBufferWriter<byte> line, bool overLimit, string input, long maxBytes, long limit)
    {
        if (overLimit)
        {
            return new BulkItem(input, null, InputHints.None, $"the line is over {limit} bytes, too long for an article within the limit of {maxBytes} bytes (ReaderOptions.MaxBytes); skipped unread");
        }

        ReadOnlyMemory<byte> bytes = line.WrittenMemory;
        if (bytes.Span.Trim(" \t\r"u8).IsEmpty)
        {
            return null;
        }

        return Item(bytes, input, maxBytes);
    }

    private static BulkItem Item(ReadOnlyMemory<byte> line, string input, long maxBytes)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            return new BulkItem(input, null, InputHints.None, $"not a JSON object: {exception.Message}");
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new BulkItem(input, null, InputHints.None, $"not a JSON object but a {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            string? html;
            string? text;
            InputHints hints;
            try
            {
                html = Text(root, "html");
                text = Text(root, "text");
                hints = new InputHints
                {
                    Url = Text(root, "url"),
                    Published = Text(root, "published"),
                    Title = Text(root, "title"),
                    ContentType = html is not null ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
                };
            }
            catch (InvalidOperationException exception) when (exception.InnerException is DecoderFallbackException)
            {
                // JSON Lines is UTF-8 by definition; a line in another encoding is refused rather than guessed at.
                return new BulkItem(input, null, InputHints.None, "a string on the line is not valid UTF-8");
            }

            string? body = html ?? text;
            if (body is null)
            {
                return new BulkItem(input, null, hints, "the object has neither \"html\" nor \"text\" as a string");
            }

            byte[] bytes = Encoding.UTF8.GetBytes(body);
            return bytes.Length > maxBytes
                ? new BulkItem(input, null, hints, $"the article is {bytes.Length} bytes, over the limit of {maxBytes} bytes (ReaderOptions.MaxBytes)")
                : new BulkItem(input, bytes, hints);
        }
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
