using System.Text;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Evaluation.Extraction;

/// <summary>What Kronika extracted, read from the <see cref="Document"/> its input reader made of a page.</summary>
public static class DocumentExtraction
{
    /// <summary>The main text (<see cref="Document.Text"/> without its title, caption and credit regions: the benchmarks'
    /// gold texts, and Readability's, leave the headline out, and Kronika keeps image captions as regions of their own,
    /// not as running text), the first title region, the author and the published date of the metadata.</summary>
    public static ExtractedPage Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Rejection is not null)
        {
            return ExtractedPage.Nothing with { Published = document.Metadata.Published };
        }

        return new ExtractedPage(WithoutTitles(document), document.TextOf(RegionType.Title), document.Metadata.Author, document.Metadata.Published);
    }

    /// <summary>The text with every title, caption and credit region replaced by a line break, so the words on either
    /// side stay apart.</summary>
    private static string WithoutTitles(Document document)
    {
        var text = new StringBuilder(document.Text.Length);
        int at = 0;
        foreach (Region region in document.Regions.Where(region => region.Type is RegionType.Title or RegionType.Caption or RegionType.Credit).OrderBy(region => region.Span.Start))
        {
            if (region.Span.Start < at)
            {
                continue;
            }

            text.Append(document.Text, at, region.Span.Start - at).Append('\n');
            at = region.Span.End;
        }

        return text.Append(document.Text, at, document.Text.Length - at).ToString();
    }
}
