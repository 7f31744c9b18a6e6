using System.IO.Compression;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Kronika.Core;
using Kronika.Ingest;

namespace Kronika.Benchmarks;

/// <summary>HTML reading on one core: the Zyte benchmark's 91 article pages (about 190 KB of HTML each) through
/// <see cref="InputReader"/>: charset, parsing, metadata, main-text extraction and the offset map. Pages per second is 91
/// over the mean; MB/s is the byte count printed at setup over the mean.</summary>
/// <remarks>Reads ../shared/data/extract-zyte/html in place; the benchmark stops with a message when it is missing. Run:
/// <c>dotnet run -c Release --project benchmarks/Kronika.Benchmarks -- --filter '*HtmlReading*'</c>.</remarks>
[MemoryDiagnoser]
public class HtmlReadingBenchmarks
{
    private readonly InputReader _reader = new();
    private byte[][] _pages = [];

    [GlobalSetup]
    public void Setup()
    {
        string folder = Path.Combine(RepositoryRoot(), "..", "shared", "data", "extract-zyte", "html");
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{folder} is missing: the HTML benchmark reads the Zyte pages in place");
        }

        _pages = [.. Directory.GetFiles(folder, "*.html.gz").Order(StringComparer.Ordinal).Select(Gunzip)];
        Console.WriteLine($"// {_pages.Length} pages, {_pages.Sum(page => (long)page.Length):N0} bytes of HTML");
    }

    /// <summary>Every page read into a document (clean text, regions, metadata, map back into the HTML).</summary>
    [Benchmark]
    public int ReadAllPages()
    {
        int characters = 0;
        foreach (byte[] page in _pages)
        {
            Document document = _reader.Read(page, "page.html", new InputHints { ContentType = "text/html" });
            characters += document.Text.Length;
        }

        return characters;
    }

    private static byte[] Gunzip(string path)
    {
        using FileStream file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>BenchmarkDotNet runs a generated copy elsewhere, so the data is found from this source file's place.</summary>
    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile) ?? ".", "..", ".."));
}
