using System.Text;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Ingest.Encodings;

namespace Kronika.Ingest.Tests.Encodings;

public sealed class EncodingDetectorTests
{
    // Every Polish letter, the ones where Windows-1250 and ISO-8859-2 differ included (ą ś ź Ą Ś Ź).
    private const string Polish = "Zażółć gęślą jaźń. Śląsk, Źródło, Ąę. Łukaszenka przyjechał do Soczi i spotkał się z Putinem.";

    private static byte[] Encode(string name, string text, bool bom)
    {
        Encoding encoding = name switch
        {
            "utf-8" => new UTF8Encoding(bom),
            "utf-16le" => new UnicodeEncoding(false, bom),
            "utf-16be" => new UnicodeEncoding(true, bom),
            "utf-32le" => new UTF32Encoding(false, bom),
            "utf-32be" => new UTF32Encoding(true, bom),
            "windows-1250" => CodePage(1250),
            "iso-8859-2" => CodePage(28592),
            "windows-1252" => CodePage(1252),
            _ => throw new ArgumentException(name, nameof(name)),
        };
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
    }

    private static Encoding CodePage(int page)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(page);
    }

    [Theory]
    [InlineData("utf-8", true)]
    [InlineData("utf-8", false)]
    [InlineData("utf-16le", true)]
    [InlineData("utf-16le", false)]
    [InlineData("utf-16be", true)]
    [InlineData("utf-16be", false)]
    [InlineData("utf-32le", true)]
    [InlineData("utf-32be", true)]
    [InlineData("windows-1250", false)]
    [InlineData("iso-8859-2", false)]
    public void Polish_text_is_decoded_in_the_encoding_it_was_written_in(string name, bool bom)
    {
        byte[] bytes = Encode(name, Polish, bom);
        EncodingDetection detection = EncodingDetector.Detect(bytes);
        Assert.Null(detection.Rejection);
        Assert.Equal(name, detection.Name);
        Assert.Equal(Polish, detection.Encoding!.GetString(bytes[detection.PreambleLength..]));
    }

    [Theory]
    [InlineData("windows-1250", "Żółw, ślimak i źrebię")]
    [InlineData("iso-8859-2", "Żółw, ślimak i źrebię")]
    [InlineData("windows-1250", "Ąka Śka Źka ąka")]
    [InlineData("iso-8859-2", "Ąka Śka Źka ąka")]
    [InlineData("windows-1252", "Le café près de la gare, à côté de l'hôtel: déjà vu.")]
    [InlineData("windows-1252", "Müller und Söhne äßen Grüße „heute“ – naïve façade")]
    public void Single_byte_pages_are_told_apart_by_the_letters_where_they_differ(string name, string text)
    {
        byte[] bytes = Encode(name, text, false);
        EncodingDetection detection = EncodingDetector.Detect(bytes);
        Assert.Equal(name, detection.Name);
        Assert.Equal(text, detection.Encoding!.GetString(bytes));
    }

    [Theory]
    [InlineData("utf-16le", "utf-16le")]
    [InlineData("iso-8859-2", "iso-8859-2")]
    [InlineData("windows-1250", "windows-1250")]
    public void The_reader_records_the_encoding_it_used(string written, string expected)
    {
        Document document = ReadHelper.Read(Encode(written, "Tytuł artykułu\n\n" + Polish, false));
        Assert.Null(document.Rejection);
        Assert.Equal(expected, document.Metadata.Encoding);
        Assert.Equal("Tytuł artykułu", document.TextOf(RegionType.Title));
        Assert.Equal(Polish, document.TextOf(RegionType.Lead));
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "PNG image")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "PDF document")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46 }, "JPEG image")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0 }, "GIF image")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0 }, "ZIP archive")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0 }, "gzip archive")]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0 }, "ELF executable")]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0 }, "Windows executable")]
    public void Known_binary_formats_are_refused_by_name(byte[] bytes, string format)
    {
        Document document = ReadHelper.Read(bytes);
        Assert.Equal(RejectionReason.Binary, document.Rejection?.Reason);
        Assert.Equal("read", document.Rejection?.Stage);
        Assert.Equal($"the input is binary ({format} signature), not text", document.Rejection?.Detail);
    }

    [Theory]
    [InlineData("MZ Kraków ogłosiło przetarg na nowe tramwaje.")]
    [InlineData("RIFF między partiami pogłębia się.")]
    public void Text_that_starts_like_a_weak_signature_is_still_text(string text)
    {
        Document document = ReadHelper.ReadText(text);
        Assert.Null(document.Rejection);
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0x00, 0x00, 0x42, 0x43, 0x00, 0x00, 0x00, 0x44, 0x45, 0x46, 0x00 })]
    [InlineData(new byte[] { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 })]
    public void NUL_bytes_outside_UTF16_are_binary(byte[] bytes)
    {
        Document document = ReadHelper.Read(bytes);
        Assert.Equal(RejectionReason.Binary, document.Rejection?.Reason);
        Assert.Contains("NUL bytes", document.Rejection?.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x01, 200)]
    [InlineData(0x1B, 100)]
    public void Many_control_characters_are_binary(byte control, int count)
    {
        byte[] bytes = [.. Enumerable.Range(0, count).SelectMany(index => new byte[] { (byte)('a' + (index % 26)), control })];
        Document document = ReadHelper.Read(bytes);
        Assert.Equal(RejectionReason.Binary, document.Rejection?.Reason);
        Assert.Contains("control characters", document.Rejection?.Detail, StringComparison.Ordinal);
    }
}
