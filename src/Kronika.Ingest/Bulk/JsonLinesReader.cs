using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Kronika.Ingest.Bulk;

/// <summary>Streams the articles out of a JSON Lines dump: one object per line with <c>url</c>, <c>html</c> or
/// <c>text</c>, and optionally <c>published</c> and <c>title</c>; one line in memory at a time.</summary>
/// <remarks>A line that is not such an object becomes a <see cref="BulkItem"/> with its problem and the line number,
/// and the rest go on. Blank lines are skipped. Stateless; safe from many threads.</remarks>
public static class JsonLinesReader
{
    /// <summary>True for names of JSON Lines files (<c>.jsonl</c>, <c>.jsonl.gz</c>, <c>.ndjson</c>).</summary>
    public static bool IsJsonLines(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

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

    /// <summary>The articles of the dump in <paramref name="stream"/>, named <paramref name="name"/>:LINE.</summary>
    public static IEnumerable<BulkItem> Read(Stream stream, string name, long maxBytes)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string input = $"{name}:{number.ToString(CultureInfo.InvariantCulture)}";
            yield return Item(line, input, maxBytes);
        }
    }

    private static BulkItem Item(string line, string input, long maxBytes)
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

            string? html = Text(root, "html");
            string? text = Text(root, "text");
            var hints = new InputHints
            {
                Url = Text(root, "url"),
                Published = Text(root, "published"),
                Title = Text(root, "title"),
                ContentType = html is not null ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
            };
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
