using System.IO.Compression;
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

    [Fact]
    public void Crlf_endings_a_byte_order_mark_and_a_last_line_without_a_newline_are_read()
    {
        byte[] dump = [.. "\uFEFF"u8, .. """{"url":"https://example.com/a","text":"Pierwszy."}"""u8, .. "\r\n\r\n"u8,
            .. """{"url":"https://example.com/b","text":"Drugi."}"""u8];

        List<BulkItem> items = [.. JsonLinesReader.Read(new MemoryStream(dump), "dump.jsonl", 1 << 20)];

        Assert.Equal(["dump.jsonl:1", "dump.jsonl:3"], items.Select(item => item.Input));
        Assert.Equal("Pierwszy.", Encoding.UTF8.GetString(items[0].Bytes!));
        Assert.Equal("https://example.com/b", items[1].Hints.Url);
    }

    [Fact]
    public void A_line_too_long_for_the_limit_is_skipped_unread_and_the_next_line_is_read()
    {
        const long maxBytes = 1000;
        string huge = new('a', (int)JsonLinesReader.LineLimit(maxBytes) + 10);
        string dump = string.Join('\n',
            $$"""{"url":"https://example.com/huge","text":"{{huge}}"}""",
            $$"""{"url":"https://example.com/big","text":"{{new string('b', 1500)}}"}""",
            """{"url":"https://example.com/small","text":"Mały tekst."}""");

        List<BulkItem> items = [.. JsonLinesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(dump)), "dump.jsonl", maxBytes)];

        Assert.Equal(["dump.jsonl:1", "dump.jsonl:2", "dump.jsonl:3"], items.Select(item => item.Input));
        Assert.Null(items[0].Bytes);
        Assert.Contains("skipped unread", items[0].Problem, StringComparison.Ordinal);
        Assert.Null(items[1].Bytes);
        Assert.Contains("over the limit of 1000 bytes", items[1].Problem, StringComparison.Ordinal);
        Assert.Equal("Mały tekst.", Encoding.UTF8.GetString(items[2].Bytes!));
    }

    [Fact]
    public void A_line_that_is_not_utf8_is_reported()
    {
        byte[] dump = [.. """{"url":"https://example.com/a","text":"Z"""u8, 0xB3, .. """ódź"}"""u8, .. "\n"u8,
            .. """{"url":"https://example.com/b","text":"Łódź"}"""u8];

        List<BulkItem> items = [.. JsonLinesReader.Read(new MemoryStream(dump), "dump.jsonl", 1 << 20)];

        Assert.Equal(2, items.Count);
        Assert.Null(items[0].Bytes);
        Assert.Equal("a string on the line is not valid UTF-8", items[0].Problem);
        Assert.Equal("Łódź", Encoding.UTF8.GetString(items[1].Bytes!));
    }

    [Fact]
    public void A_gzipped_dump_is_read_from_disk_by_its_name()
    {
        string folder = Directory.CreateTempSubdirectory("kronika-jsonl-").FullName;
        try
        {
            string path = Path.Combine(folder, "dump.jsonl.gz");
            using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            {
                gzip.Write("""{"url":"https://example.com/a","html":"<p>Treść</p>","title":"Tytuł"}"""u8);
                gzip.Write("\n"u8);
            }

            BulkItem item = Assert.Single(BulkFiles.Read(path, 1 << 20));

            Assert.Equal(path + ":1", item.Input);
            Assert.Equal("<p>Treść</p>", Encoding.UTF8.GetString(item.Bytes!));
            Assert.Equal("Tytuł", item.Hints.Title);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
