using System.Text;
using Kronika.Core;

namespace Kronika.Ingest.Tests.Html;

public sealed class HtmlCharsetTests
{
    private static readonly InputReader _reader = new();

    private static Encoding CodePage(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name);
    }

    [Theory]
    [InlineData("iso-8859-2")]
    [InlineData("windows-1250")]
    public void A_meta_charset_decodes_the_page(string charset)
    {
        byte[] bytes = CodePage(charset).GetBytes(HtmlPages.Polish(charset));
        Document document = _reader.Read(bytes, "page.html");

        Assert.Equal(charset, document.Metadata.Encoding);
        Assert.Contains(HtmlPages.Body1, document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_carriers_charset_outranks_the_meta_tag()
    {
        // The page says UTF-8, the HTTP header says ISO-8859-2, and the bytes are ISO-8859-2 (not valid UTF-8).
        byte[] bytes = CodePage("iso-8859-2").GetBytes(HtmlPages.Polish("utf-8"));
        Document document = _reader.Read(bytes, "page.html", new InputHints { ContentType = "text/html; charset=ISO-8859-2" });

        Assert.Equal("iso-8859-2", document.Metadata.Encoding);
        Assert.Contains(HtmlPages.Body1, document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_bytes_labelled_as_a_single_byte_charset_are_read_as_utf8()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(HtmlPages.Polish("iso-8859-2"));
        Document document = _reader.Read(bytes, "page.html");

        Assert.Equal("utf-8", document.Metadata.Encoding);
        Assert.Contains(HtmlPages.Body1, document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_byte_bytes_labelled_utf8_are_detected()
    {
        byte[] bytes = CodePage("windows-1250").GetBytes(HtmlPages.Polish("utf-8"));
        Document document = _reader.Read(bytes, "page.html");

        Assert.Equal("windows-1250", document.Metadata.Encoding);
        Assert.Contains(HtmlPages.Body1, document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_charset_label_is_ignored()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(HtmlPages.Polish("x-no-such-charset"));
        Document document = _reader.Read(bytes, "page.html");

        Assert.Equal("utf-8", document.Metadata.Encoding);
        Assert.Contains(HtmlPages.Body1, document.Text, StringComparison.Ordinal);
    }
}
