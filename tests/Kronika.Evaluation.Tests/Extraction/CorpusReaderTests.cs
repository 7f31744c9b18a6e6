using System.IO.Compression;
using System.Text;
using Kronika.Evaluation.Extraction;

namespace Kronika.Evaluation.Tests.Extraction;

/// <summary>The three readers on tiny sets written to a temporary folder in each benchmark's layout.</summary>
public sealed class CorpusReaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("kronika-extraction-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Reads_Zyte_pages_with_their_body_and_url_and_gunzips_the_html()
    {
        Write("ground-truth.json", """{"bb": {"articleBody": "Body two.", "url": "https://b.example/"}, "aa": {"url": "https://a.example/"}}""");
        WriteGzip("html/aa.html.gz", "<p>ą</p>");
        WriteGzip("html/bb.html.gz", "<p>b</p>");

        IReadOnlyList<BenchmarkPage> pages = ZyteCorpus.Read(_root);

        Assert.Equal(["aa", "bb"], pages.Select(page => page.Id));
        Assert.Equal("", pages[0].Text);
        Assert.Equal("Body two.", pages[1].Text);
        Assert.Equal("https://b.example/", pages[1].Url);
        Assert.Equal("<p>ą</p>", Encoding.UTF8.GetString(pages[0].ReadHtml()));
    }

    [Fact]
    public void Refuses_a_Zyte_page_without_its_html()
    {
        Write("ground-truth.json", """{"aa": {"articleBody": "x"}}""");

        Assert.Throws<InvalidDataException>(() => ZyteCorpus.Read(_root));
    }

    [Fact]
    public void Reads_WCXB_gold_with_null_and_missing_fields()
    {
        Write("ground-truth/0002.json", """
            {"url": "https://w.example/2", "ground_truth": {"title": "T", "author": null, "publish_date": "2025-09-04",
             "main_content": "Para one.\n\nPara two."}}
            """);
        Write("ground-truth/0001.json", """{"url": "https://w.example/1", "ground_truth": {"title": "U", "author": "A"}}""");
        WriteGzip("html/0001.html.gz", "<html></html>");
        WriteGzip("html/0002.html.gz", "<html></html>");

        IReadOnlyList<BenchmarkPage> pages = WcxbCorpus.Read(_root);

        Assert.Equal(["0001", "0002"], pages.Select(page => page.Id));
        Assert.Null(pages[0].Text);
        Assert.Equal("A", pages[0].Author);
        Assert.Null(pages[1].Author);
        Assert.Equal("Para one.\n\nPara two.", pages[1].Text);
        Assert.Equal("2025-09-04", pages[1].Published);
        Assert.Equal("https://w.example/2", pages[1].Url);
    }

    [Fact]
    public void Reads_Readability_metadata_and_skips_folders_without_it()
    {
        Write("test-pages/001/source.html", "<html></html>");
        Write("test-pages/001/expected-metadata.json", """{"title": "T", "byline": "B", "publishedTime": null, "readerable": true}""");
        Write("test-pages/002/source.html", "<html></html>");

        IReadOnlyList<BenchmarkPage> pages = ReadabilityCorpus.Read(_root);

        BenchmarkPage page = Assert.Single(pages);
        Assert.Equal("001", page.Id);
        Assert.Equal(("T", "B", null), (page.Title, page.Author, page.Published));
        Assert.Null(page.Text);
    }

    private void Write(string relative, string text)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private void WriteGzip(string relative, string text)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using FileStream file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(text));
    }
}
