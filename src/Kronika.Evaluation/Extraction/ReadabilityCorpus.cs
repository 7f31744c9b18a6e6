using System.Text.Json;

namespace Kronika.Evaluation.Extraction;

/// <summary>Reads Mozilla Readability's test pages in place: <c>test-pages/&lt;name&gt;/source.html</c> and
/// <c>expected-metadata.json</c> (<c>title</c>, <c>byline</c>, <c>publishedTime</c>, ...).</summary>
/// <remarks>For metadata only: the expected text of these pages is Readability's own output, not an annotation, so
/// <see cref="BenchmarkPage.Text"/> stays null. The expected metadata is Readability's output too; it is read as gold
/// because its authors checked it by hand when they wrote each test.</remarks>
public static class ReadabilityCorpus
{
    /// <summary>Every test page under <paramref name="root"/> that has expected metadata, ordered by name.</summary>
    public static IReadOnlyList<BenchmarkPage> Read(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var pages = new List<BenchmarkPage>();
        foreach (string folder in Directory.EnumerateDirectories(Path.Combine(root, "test-pages")).Order(StringComparer.Ordinal))
        {
            string source = Path.Combine(folder, "source.html");
            string metadataPath = Path.Combine(folder, "expected-metadata.json");
            if (!File.Exists(source) || !File.Exists(metadataPath))
            {
                continue;
            }

            using JsonDocument metadata = JsonDocument.Parse(File.ReadAllBytes(metadataPath));
            pages.Add(new BenchmarkPage(Path.GetFileName(folder), source, null)
            {
                Title = CorpusJson.String(metadata.RootElement, "title"),
                Author = CorpusJson.String(metadata.RootElement, "byline"),
                Published = CorpusJson.String(metadata.RootElement, "publishedTime"),
            });
        }

        return pages;
    }
}
