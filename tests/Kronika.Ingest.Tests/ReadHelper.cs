using System.Text;
using Kronika.Core;

namespace Kronika.Ingest.Tests;

/// <summary>Reads text through the whole <see cref="InputReader"/> and checks what every output must satisfy.</summary>
internal static class ReadHelper
{
    public static readonly InputReader Reader = new();

    public static Document ReadText(string text) => Read(Encoding.UTF8.GetBytes(text));

    public static Document Read(byte[] bytes, string? raw = null)
    {
        Document document = Reader.Read(bytes, "test");
        AssertSound(document, raw);
        return document;
    }

    /// <summary>Invariants, and every region's mapped raw text equal to the region's text after whitespace normalisation.</summary>
    public static void AssertSound(Document document, string? raw)
    {
        Assert.Empty(DocumentInvariants.Check(document));
        if (document.Rejection is null)
        {
            Assert.Equal(Document.IdOf(document.Text), document.Id);
            Assert.NotEmpty(document.Text);
        }

        if (raw is null)
        {
            return;
        }

        foreach (var region in document.Regions)
        {
            TextSpan source = document.ToSource.ToSource(region.Span);
            string mapped = DocumentDump.Normalize(source.ToString(raw));
            Assert.Equal(DocumentDump.Normalize(region.Span.ToString(document.Text)), mapped);
        }

        foreach (var removal in document.Removed)
        {
            Assert.Equal(removal.Text, removal.Source.ToString(raw));
        }
    }
}
