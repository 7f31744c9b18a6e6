using System.Globalization;
using System.Text;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Ingest.Tests;

/// <summary>The golden-file dump of a read document: one line per fact, region and removal.</summary>
internal static class DocumentDump
{
    public static string Of(Document document)
    {
        var dump = new StringBuilder();
        Line(dump, $"meta encoding {document.Metadata.Encoding ?? "null"}");
        Line(dump, $"meta credited_source {document.Metadata.CreditedSource ?? "null"}");
        Line(dump, $"meta published {document.Metadata.Published ?? "null"} from {document.Metadata.PublishedFrom}");
        if (document.Rejection is { } rejection)
        {
            Line(dump, $"rejection {rejection.Stage} {rejection.Reason} \"{rejection.Detail}\"");
        }

        foreach (Region region in document.Regions)
        {
            string type = region.Type.ToString().ToLowerInvariant();
            Line(dump, $"region {region.Span} {type} {Quote(region.Span.ToString(document.Text))}");
        }

        foreach (Removal removal in document.Removed)
        {
            Line(dump, $"removed {removal.Source} {removal.Reason} {Quote(removal.Text)}");
        }

        return dump.ToString();
    }

    private static void Line(StringBuilder dump, string line) => dump.Append(line).Append('\n');

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"";

    /// <summary>Whitespace normalisation as the gold format defines it: every run of Unicode white space is one plain space;
    /// control and invisible format characters that cleaning drops are dropped too.</summary>
    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (char.IsControl(c) || c is '\u00AD' or '\u200B' or '\u2060' or '\uFEFF' or '\u200E' or '\u200F')
            {
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
