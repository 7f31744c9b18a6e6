using System.IO.Compression;
using System.Text;
using Kronika.Core;
using Kronika.Ingest.Bulk;
using Kronika.Ingest.Tests.Html;

namespace Kronika.Ingest.Tests.Bulk;

public sealed class WarcReaderTests
{
    private static readonly byte[] _page = Encoding.UTF8.GetBytes(HtmlPages.Polish());

    private static List<BulkItem> ReadAll(byte[] file, bool gzip, out WarcReader reader)
    {
        reader = new WarcReader("crawl.warc", 1 << 20);
        Stream stream = new MemoryStream(file);
        if (gzip)
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        return [.. reader.Read(stream)];
    }

    [Theory]
    [InlineData(false, "WARC/1.0")]
    [InlineData(true, "WARC/1.0")]
    [InlineData(false, "WARC/1.1")]
    [InlineData(true, "WARC/1.1")]
    public void Responses_with_pages_are_read_and_other_records_skipped(bool gzip, string version)
    {
        byte[] file = new WarcWriter(gzip, version)
            .Info()
            .Request("https://example.com/a")
            .Response("https://example.com/a", "200 OK", "Content-Type: text/html; charset=utf-8", _page)
            .Response("https://example.com/missing", "404 Not Found", "Content-Type: text/html", "<html>gone</html>"u8.ToArray())
            .Response("https://example.com/logo.png", "200 OK", "Content-Type: image/png", [0x89, 0x50, 0x4E, 0x47])
            .Record("resource", "https://example.com/b.txt", "text/plain", Encoding.UTF8.GetBytes(HtmlPages.Body1))
            .ToArray();

        List<BulkItem> items = ReadAll(file, gzip, out WarcReader reader);

        Assert.Equal(["crawl.warc#3", "crawl.warc#6"], items.Select(item => item.Input));
        Assert.Equal(_page, items[0].Bytes);
        Assert.Equal("https://example.com/a", items[0].Hints.Url);
        Assert.Equal("text/html; charset=utf-8", items[0].Hints.ContentType);
        Assert.Equal(HtmlPages.Body1, Encoding.UTF8.GetString(items[1].Bytes!));
        Assert.Equal(4, reader.Skipped);
    }

    [Fact]
    public void Chunked_and_gzipped_bodies_are_unwrapped()
    {
        byte[] body = WarcWriter.Chunked(WarcWriter.Gzip(_page), 100);
        byte[] file = new WarcWriter(gzip: true)
            .Response("https://example.com/a", "200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip", body)
            .ToArray();

        BulkItem item = Assert.Single(ReadAll(file, gzip: true, out _));

        Assert.Equal(_page, item.Bytes);
    }

    [Fact]
    public void The_charset_of_the_http_header_reaches_the_reader()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] latin2 = Encoding.GetEncoding("iso-8859-2").GetBytes(HtmlPages.Polish(charsetMeta: null));
        byte[] file = new WarcWriter(gzip: false)
            .Response("https://example.com/a", "200 OK", "Content-Type: text/html; charset=iso-8859-2", latin2)
            .ToArray();

        BulkItem item = Assert.Single(ReadAll(file, gzip: false, out _));
        Document document = new InputReader().Read(item.Bytes, item.Input, item.Hints);

        Assert.Equal("iso-8859-2", document.Metadata.Encoding);
        Assert.Contains(HtmlPages.Body1, document.Text, StringComparison.Ordinal);
        Assert.Equal("https://example.com/a", document.Metadata.Url);
    }

    [Fact]
    public void A_truncated_file_keeps_the_records_before_the_break_and_names_where_it_broke()
    {
        byte[] whole = new WarcWriter(gzip: false)
            .Response("https://example.com/a", "200 OK", "Content-Type: text/html", _page)
            .Response("https://example.com/b", "200 OK", "Content-Type: text/html", _page)
            .ToArray();
        byte[] truncated = whole[..(whole.Length - 500)];
        var reader = new WarcReader("crawl.warc", 1 << 20);
        var items = new List<BulkItem>();

        var error = Assert.Throws<WarcFormatException>(() =>
        {
            foreach (BulkItem item in reader.Read(new MemoryStream(truncated)))
            {
                items.Add(item);
            }
        });

        Assert.Equal(["crawl.warc#1"], items.Select(item => item.Input));
        Assert.Contains("crawl.warc: record 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_over_the_limit_is_refused_without_stopping_the_file()
    {
        byte[] file = new WarcWriter(gzip: false)
            .Response("https://example.com/big", "200 OK", "Content-Type: text/html", new byte[5000])
            .Response("https://example.com/a", "200 OK", "Content-Type: text/html", "<p>small</p>"u8.ToArray())
            .ToArray();
        var reader = new WarcReader("crawl.warc", 1000);

        List<BulkItem> items = [.. reader.Read(new MemoryStream(file))];

        Assert.Equal(2, items.Count);
        Assert.Null(items[0].Bytes);
        Assert.Contains("over the limit of 1000 bytes", items[0].Problem, StringComparison.Ordinal);
        Assert.NotNull(items[1].Bytes);
    }

    [Fact]
    public void Something_that_is_not_a_warc_file_is_a_clear_error()
    {
        var reader = new WarcReader("notes.warc", 1 << 20);

        var error = Assert.Throws<WarcFormatException>(() => reader.Read(new MemoryStream("hello world\n"u8.ToArray())).ToList());

        Assert.Contains("expected a WARC version line", error.Message, StringComparison.Ordinal);
    }
}
