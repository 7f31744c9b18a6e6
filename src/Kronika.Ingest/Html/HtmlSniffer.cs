using System.Text;

namespace Kronika.Ingest.Html;

/// <summary>Tells HTML from plain text, and reads the charset an HTML page or its carrier declares.</summary>
/// <remarks>Stateless; safe from many threads.</remarks>
internal static class HtmlSniffer
{
    /// <summary>How far into the bytes a meta charset is looked for: the HTML standard's prescan reads 1024 bytes; pages
    /// with long heads put it later, so Kronika reads further.</summary>
    private const int PrescanBytes = 4096;

    private static readonly System.Buffers.SearchValues<char> _charsetEnds = System.Buffers.SearchValues.Create("\"'; ,>/");

    /// <summary>True when <paramref name="contentType"/> names HTML, or, without one, when the text opens like a page.</summary>
    public static bool IsHtml(string? contentType, ReadOnlySpan<char> text)
    {
        if (contentType is not null)
        {
            if (contentType.Contains("html", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        ReadOnlySpan<char> start = text.TrimStart();
        start = start[..Math.Min(start.Length, 1024)];
        if (start.IsEmpty || start[0] != '<')
        {
            return false;
        }

        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || start.Contains("<head", StringComparison.OrdinalIgnoreCase)
            || start.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<!--", StringComparison.Ordinal)
            || start.StartsWith("<meta", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<div", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<p>", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The charset named by a Content-Type value ("text/html; charset=ISO-8859-2"), or null.</summary>
    public static string? CharsetOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        int at = contentType.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        ReadOnlySpan<char> rest = contentType.AsSpan(at + "charset".Length).TrimStart();
        if (rest.IsEmpty || rest[0] != '=')
        {
            return null;
        }

        rest = rest[1..].TrimStart().TrimStart('"').TrimStart('\'');
        int end = rest.IndexOfAny(_charsetEnds);
        ReadOnlySpan<char> name = end < 0 ? rest : rest[..end];
        return name.IsEmpty ? null : name.ToString().Trim();
    }

    /// <summary>The charset a page declares in a meta tag within its first bytes (<c>meta charset</c> or
    /// <c>http-equiv=Content-Type</c>), or null.</summary>
    public static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        // The prescan reads ASCII; every charset a page may declare keeps ASCII bytes as they are (UTF-16 aside, which has a mark).
        string head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        int from = 0;
        while (true)
        {
            int meta = head.IndexOf("<meta", from, StringComparison.OrdinalIgnoreCase);
            if (meta < 0)
            {
                return null;
            }

            int end = head.IndexOf('>', meta);
            if (end < 0)
            {
                return null;
            }

            string tag = head[meta..end];
            if (CharsetOf(tag) is { } charset)
            {
                return charset;
            }

            from = end;
        }
    }
}
