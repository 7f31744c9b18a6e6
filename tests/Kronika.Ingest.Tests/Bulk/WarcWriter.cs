using System.IO.Compression;
using System.Text;

namespace Kronika.Ingest.Tests.Bulk;

/// <summary>Writes small WARC files for the tests, record by record, plain or each record its own gzip member (as
/// crawlers write <c>.warc.gz</c>).</summary>
internal sealed class WarcWriter
{
    private readonly List<byte> _file = [];
    private readonly bool _gzip;
    private readonly string _version;

    public WarcWriter(bool gzip, string version = "WARC/1.1")
    {
        _gzip = gzip;
        _version = version;
    }

    public WarcWriter Info() => Record("warcinfo", null, "application/warc-fields", Encoding.ASCII.GetBytes("software: Kronika tests\r\n"));

    public WarcWriter Request(string url) =>
        Record("request", url, "application/http; msgtype=request", Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: example.com\r\n\r\n"));

    /// <summary>A response record whose HTTP message has <paramref name="headers"/> (CR LF separated lines) and <paramref name="body"/>.</summary>
    public WarcWriter Response(string url, string status, string headers, byte[] body)
    {
        byte[] head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\n{headers}\r\n\r\n");
        return Record("response", url, "application/http; msgtype=response", [.. head, .. body]);
    }

    public WarcWriter Record(string type, string? url, string contentType, byte[] block)
    {
        var header = new StringBuilder();
        header.Append(_version).Append("\r\n");
        header.Append("WARC-Type: ").Append(type).Append("\r\n");
        header.Append("WARC-Record-ID: <urn:uuid:").Append(Guid.NewGuid()).Append(">\r\n");
        header.Append("WARC-Date: 2024-03-15T10:20:00Z\r\n");
        if (url is not null)
        {
            header.Append("WARC-Target-URI: ").Append(url).Append("\r\n");
        }

        header.Append("Content-Type: ").Append(contentType).Append("\r\n");
        header.Append("Content-Length: ").Append(block.Length).Append("\r\n\r\n");
        byte[] record = [.. Encoding.ASCII.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8];
        _file.AddRange(_gzip ? Gzip(record) : record);

        return this;
    }

    public byte[] ToArray() => [.. _file];

    /// <summary>The body in HTTP chunked framing, in pieces of <paramref name="size"/> bytes.</summary>
    public static byte[] Chunked(byte[] body, int size)
    {
        using var framed = new MemoryStream();
        for (int at = 0; at < body.Length; at += size)
        {
            int length = Math.Min(size, body.Length - at);
            framed.Write(Encoding.ASCII.GetBytes($"{length:x};ext=1\r\n"));
            framed.Write(body, at, length);
            framed.Write("\r\n"u8);
        }

        framed.Write("0\r\n\r\n"u8);
        return framed.ToArray();
    }

    public static byte[] Gzip(byte[] body)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return compressed.ToArray();
    }
}
