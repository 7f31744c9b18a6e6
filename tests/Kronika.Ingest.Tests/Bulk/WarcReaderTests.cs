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
        reader = new WarcReader("crawl.warc", 1 << 20) { Gzipped = gzip };
        return [.. reader.Read(Open(file, gzip))];
    }

    private static Stream Open(byte[] file, bool gzip) =>
        gzip ? new GZipStream(new MemoryStream(file), CompressionMode.Decompress) : new MemoryStream(file);

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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_truncated_file_keeps_the_records_before_the_break_and_names_where_it_broke(bool gzip)
    {
        byte[] first = new WarcWriter(gzip: false).Response("https://example.com/a", "200 OK", "Content-Type: text/html", _page).ToArray();
        byte[] whole = new WarcWriter(gzip)
            .Response("https://example.com/a", "200 OK", "Content-Type: text/html", _page)
            .Response("https://example.com/b", "200 OK", "Content-Type: text/html", _page)
            .ToArray();
        byte[] truncated = whole[..(whole.Length - 500)];
        var reader = new WarcReader("crawl.warc", 1 << 20) { Gzipped = gzip };
        var items = new List<BulkItem>();

        var error = Assert.Throws<WarcFormatException>(() =>
        {
            foreach (BulkItem item in reader.Read(Open(truncated, gzip)))
            {
                items.Add(item);
            }
        });

        Assert.Equal(["crawl.warc#1"], items.Select(item => item.Input));
        Assert.Equal(_page, items[0].Bytes);
        // The second record starts right after the first, whose length the plain file gives.
        string where = $"crawl.warc: record 2 at byte {first.Length}" + (gzip ? " of the decompressed stream" : "");
        Assert.StartsWith(where, error.Message, StringComparison.Ordinal);
        Assert.Contains("the file ends inside a record", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gzip_member_that_does_not_decompress_stops_the_file_with_its_record_named()
    {
        byte[] first = new WarcWriter(gzip: true).Response("https://example.com/a", "200 OK", "Content-Type: text/html", _page).ToArray();
        byte[] file = new WarcWriter(gzip: true)
            .Response("https://example.com/a", "200 OK", "Content-Type: text/html", _page)
            .Response("https://example.com/b", "200 OK", "Content-Type: text/html", _page)
            .ToArray();
        // Damage the second member's compressed data (past its 10-byte header): the deflate stream or its CRC breaks.
        for (int at = first.Length + 40; at < first.Length + 60; at++)
        {
            file[at] ^= 0x5A;
        }

        var reader = new WarcReader("crawl.warc.gz", 1 << 20) { Gzipped = true };
        var items = new List<BulkItem>();

        var error = Assert.Throws<WarcFormatException>(() =>
        {
            foreach (BulkItem item in reader.Read(Open(file, gzip: true)))
            {
                items.Add(item);
            }
        });

        Assert.Equal(["crawl.warc.gz#1"], items.Select(item => item.Input));
        Assert.StartsWith("crawl.warc.gz: record 2 at byte ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Revisit_and_metadata_records_are_skipped_and_counted()
    {
        byte[] file = new WarcWriter(gzip: true)
            .Info()
            .Record("revisit", "https://example.com/a", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"u8.ToArray())
            .Record("metadata", "https://example.com/a", "application/warc-fields", "outlink: https://example.com/b\r\n"u8.ToArray())
            .Response("https://example.com/moved", "301 Moved Permanently", "Location: https://example.com/b\r\nContent-Type: text/html", "<a href=b>moved</a>"u8.ToArray())
            .Response("https://example.com/b", "200 OK", "Content-Type: text/html", _page)
            .ToArray();

        List<BulkItem> items = ReadAll(file, gzip: true, out WarcReader reader);

        BulkItem item = Assert.Single(items);
        Assert.Equal("crawl.warc#5", item.Input);
        Assert.Equal(4, reader.Skipped);
    }

    [Fact]
    public void An_item_carries_its_offset_status_and_capture_date()
    {
        byte[] first = new WarcWriter(gzip: false).Info().ToArray();
        byte[] file = new WarcWriter(gzip: false)
            .Info()
            .Response("https://example.com/a", "203 Non-Authoritative Information", "Content-Type: text/html", _page)
            .Record("resource", "<https://example.com/b.txt>", "text/plain; charset=utf-8", "Tekst."u8.ToArray())
            .ToArray();

        List<BulkItem> items = ReadAll(file, gzip: false, out _);

        Assert.Equal(2, items.Count);
        Assert.Equal(first.Length, items[0].Offset);
        Assert.Equal(203, items[0].Status);
        Assert.Equal("2024-03-15T10:20:00Z", items[0].CapturedAt);
        Assert.Null(items[0].Hints.Published);
        Assert.Null(items[1].Status);
        // WARC/1.1's grammar wrapped the target URI in angle brackets; they are not part of the address.
        Assert.Equal("https://example.com/b.txt", items[1].Hints.Url);
        Assert.Equal("text/plain; charset=utf-8", items[1].Hints.ContentType);
    }

    [Fact]
    public void A_broken_http_message_fails_its_record_and_the_file_goes_on()
    {
        byte[] badChunk = "zz\r\nnot hex\r\n0\r\n\r\n"u8.ToArray();
        byte[] shortChunk = "ffff\r\nonly a few bytes"u8.ToArray();
        byte[] file = new WarcWriter(gzip: true)
            .Response("https://example.com/a", "200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked", badChunk)
            .Response("https://example.com/b", "200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked", shortChunk)
            .Record("response", "https://example.com/c", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"u8.ToArray())
            .Response("https://example.com/d", "200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip", "not gzip at all"u8.ToArray())
            .Response("https://example.com/e", "200 OK", "Content-Type: text/html", _page)
            .ToArray();

        List<BulkItem> items = ReadAll(file, gzip: true, out _);

        Assert.Equal(["crawl.warc#1", "crawl.warc#2", "crawl.warc#3", "crawl.warc#4", "crawl.warc#5"], items.Select(item => item.Input));
        Assert.All(items[..4], item => Assert.Null(item.Bytes));
        Assert.Contains("chunked body breaks off", items[0].Problem, StringComparison.Ordinal);
        Assert.Contains("chunked body breaks off", items[1].Problem, StringComparison.Ordinal);
        Assert.Contains("ends inside the HTTP headers", items[2].Problem, StringComparison.Ordinal);
        Assert.Contains("does not decompress", items[3].Problem, StringComparison.Ordinal);
        Assert.Equal(_page, items[4].Bytes);
    }

    [Fact]
    public void A_file_of_gzip_members_is_read_member_after_member()
    {
        // Each record its own gzip member, as crawlers write them; GZipStream goes on past a member's end.
        var writer = new WarcWriter(gzip: true);
        for (int number = 0; number < 50; number++)
        {
            writer.Response($"https://example.com/{number}", "200 OK", "Content-Type: text/plain", Encoding.UTF8.GetBytes($"Strona {number}."));
        }

        byte[] file = writer.ToArray();
        int members = 0;
        for (int at = 0; at + 2 < file.Length; at++)
        {
            members += file[at] == 0x1F && file[at + 1] == 0x8B && file[at + 2] == 8 ? 1 : 0;
        }

        List<BulkItem> items = ReadAll(file, gzip: true, out _);

        Assert.True(members >= 50, $"only {members} gzip headers");
        Assert.Equal(50, items.Count);
        Assert.Equal("Strona 49.", Encoding.UTF8.GetString(items[49].Bytes!));
    }

    [Fact]
    public void A_file_read_from_disk_is_gunzipped_by_its_name()
    {
        string folder = Directory.CreateTempSubdirectory("kronika-warc-").FullName;
        try
        {
            string path = Path.Combine(folder, "crawl.warc.gz");
            File.WriteAllBytes(path, new WarcWriter(gzip: true).Request("https://example.com/a").Response("https://example.com/a", "200 OK", "Content-Type: text/html", _page).ToArray());

            BulkItem item = Assert.Single(BulkFiles.Read(path, 1 << 20));

            Assert.Equal(path + "#2", item.Input);
            Assert.Equal(_page, item.Bytes);
            Assert.True(BulkFiles.IsBulk(path));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
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
