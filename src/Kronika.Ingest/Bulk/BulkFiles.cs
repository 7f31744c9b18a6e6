namespace Kronika.Ingest.Bulk;

/// <summary>Files that hold many inputs (WARC archives, JSON Lines dumps), told apart by name and read as a stream of
/// <see cref="BulkItem"/>s.</summary>
public static class BulkFiles
{
    /// <summary>True for a WARC or JSON Lines file name.</summary>
    public static bool IsBulk(string path) => WarcReader.IsWarc(path) || JsonLinesReader.IsJsonLines(path);

    /// <summary>The inputs of the bulk file at <paramref name="path"/>, read lazily, bodies over <paramref name="maxBytes"/> refused.</summary>
    /// <exception cref="WarcFormatException">While enumerating, when a WARC record is truncated or malformed.</exception>
    /// <exception cref="IOException">While enumerating, when the file cannot be read or does not decompress.</exception>
    public static IEnumerable<BulkItem> Read(string path, long maxBytes) =>
        WarcReader.IsWarc(path) ? WarcReader.ReadFile(path, maxBytes) : JsonLinesReader.ReadFile(path, maxBytes);
}
