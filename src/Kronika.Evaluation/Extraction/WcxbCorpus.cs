using System.Text.Json;

namespace Kronika.Evaluation.Extraction;

/// <summary>Reads a split of the WCXB web content extraction benchmark in place (the folder holding
/// <c>ground-truth/</c> and <c>html/</c>): <c>ground-truth/&lt;id&gt;.json</c> has the page's <c>url</c> and, under
/// <c>ground_truth</c>, its <c>title</c>, <c>author</c>, <c>publish_date</c> (YYYY-MM-DD, or coarser) and
/// <c>main_content</c> (plain text, paragraphs separated by blank lines), any of which may be null or absent; the page
/// is <c>html/&lt;id&gt;.html.gz</c>.</summary>
public static class WcxbCorpus
{
    /// <summary>Every page of the split under <paramref name="root"/>, ordered by id.</summary>
    /// <exception cref="InvalidDataException">When a gold file has no <c>ground_truth</c> object, or a page's HTML is missing.</exception>
    public static IReadOnlyList<BenchmarkPage> Read(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var pages = new List<BenchmarkPage>();
        foreach (string goldPath in Directory.EnumerateFiles(Path.Combine(root, "ground-truth"), "*.json").Order(StringComparer.Ordinal))
        {
            string id = Path.GetFileNameWithoutExtension(goldPath);
            using JsonDocument gold = JsonDocument.Parse(File.ReadAllBytes(goldPath));
            if (!gold.RootElement.TryGetProperty("ground_truth", out JsonElement truth) || truth.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{goldPath}: no ground_truth object.");
            }

            string html = Path.Combine(root, "html", id + ".html.gz");
            if (!File.Exists(html))
            {
                throw new InvalidDataException($"{goldPath}: page {id} has no {html}.");
            }

            pages.Add(new BenchmarkPage(id, html, CorpusJson.String(gold.RootElement, "url"))
            {
                Text = CorpusJson.String(truth, "main_content"),
                Title = CorpusJson.String(truth, "title"),
                Author = CorpusJson.String(truth, "author"),
                Published = CorpusJson.String(truth, "publish_date"),
            });
        }

        return pages;
    }
}
