using System.Text;
using Kronika.Ingest.Bulk;

namespace Kronika.Ingest.Tests.Bulk;

public sealed class JsonLinesReaderTests
{
    [Fact]
    public void Each_line_is_an_input_and_a_bad_line_is_reported_with_its_number()
    {
        string dump = string.Join('\n',
            """{"url":"https://example.com/a","html":"<p>Pierwszy</p>","published":"2024-03-15","title":"Tytuł"}""",
            "",
            """{"url":"https://example.com/b","text":"Drugi tekst."}""",
            """{"url":"https://example.com/c", broken""",
            """["not", "an", "object"]""",
            """{"url":"https://example.com/d"}""");

        List<BulkItem> items = [.. JsonLinesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(dump)), "dump.jsonl", 1 << 20)];

        Assert.Equal(["dump.jsonl:1", "dump.jsonl:3", "dump.jsonl:4", "dump.jsonl:5", "dump.jsonl:6"], items.Select(item => item.Input));
        Assert.Equal("<p>Pierwszy</p>", Encoding.UTF8.GetString(items[0].Bytes!));
        Assert.Equal("2024-03-15", items[0].Hints.Published);
        Assert.Equal("Tytuł", items[0].Hints.Title);
        Assert.StartsWith("text/html", items[0].Hints.ContentType, StringComparison.Ordinal);
        Assert.StartsWith("text/plain", items[1].Hints.ContentType, StringComparison.Ordinal);
        Assert.Null(items[2].Bytes);
        Assert.StartsWith("not a JSON object", items[2].Problem, StringComparison.Ordinal);
        Assert.Equal("not a JSON object but a array", items[3].Problem);
        Assert.Equal("the object has neither \"html\" nor \"text\" as a string", items[4].Problem);
    }
}
