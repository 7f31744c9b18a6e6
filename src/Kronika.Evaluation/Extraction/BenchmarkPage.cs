using System.IO.Compression;

namespace Kronika.Evaluation.Extraction;

/// <summary>One page of an extraction benchmark, read in place: where its HTML is and what its annotators say the page
/// holds. Every gold field may be unknown (null).</summary>
/// <param name="Id">The page's name in its set (the Zyte hash, the WCXB file id, the Readability test folder).</param>
/// <param name="HtmlPath">The HTML file; gzipped when the name ends in <c>.gz</c>.</param>
/// <param name="Url">The address the page was fetched from, where the set gives one.</param>
public sealed record BenchmarkPage(string Id, string HtmlPath, string? Url)
{
    /// <summary>The gold main text, paragraphs separated by line breaks; null where the set gives none.</summary>
    public string? Text { get; init; }

    /// <summary>The gold title (headline).</summary>
    public string? Title { get; init; }

    /// <summary>The gold author or byline.</summary>
    public string? Author { get; init; }

    /// <summary>The gold publication date or date-time, as the set writes it (ISO 8601 or close to it).</summary>
    public string? Published { get; init; }

    /// <summary>The page's bytes as served, gunzipped where the file is gzipped.</summary>
    public byte[] ReadHtml()
    {
        if (!HtmlPath.EndsWith(".gz", StringComparison.Ordinal))
        {
            return File.ReadAllBytes(HtmlPath);
        }

        using FileStream file = File.OpenRead(HtmlPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    }
}
