using System.Text.Json;

namespace Kronika.Evaluation.Extraction;

/// <summary>Reads the Zyte (Scrapinghub) article-extraction benchmark in place: <c>ground-truth.json</c> maps each page
/// id to its <c>articleBody</c> and <c>url</c>; the page is <c>html/&lt;id&gt;.html.gz</c> (UTF-8).</summary>
public static class ZyteCorpus
{
    /// <summary>Every page of the set under <paramref name="root"/>, ordered by id.</summary>
    /// <exception cref="InvalidDataException">When the ground truth is not an object of objects, or a page's HTML is missing.</exception>
    public static IReadOnlyList<BenchmarkPage> Read(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        string truthPath = Path.Combine(root, "ground-truth.json");
        using JsonDocument truth = JsonDocument.Parse(File.ReadAllBytes(truthPath));
        if (truth.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{truthPath}: expected an object mapping page ids to gold records.");
        }

        var pages = new List<BenchmarkPage>();
        foreach (JsonProperty item in truth.RootElement.EnumerateObject())
        {
            if (item.Value.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{truthPath}: the gold record of {item.Name} is not an object.");
            }

            string html = Path.Combine(root, "html", item.Name + ".html.gz");
            if (!File.Exists(html))
            {
                throw new InvalidDataException($"{truthPath}: page {item.Name} has no {html}.");
            }

            pages.Add(new BenchmarkPage(item.Name, html, CorpusJson.String(item.Value, "url"))
            {
                // The benchmark reads a missing articleBody as "" (ground_truth[key].get('articleBody', '')).
                Text = CorpusJson.String(item.Value, "articleBody") ?? string.Empty,
            });
        }

        pages.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return pages;
    }
}
