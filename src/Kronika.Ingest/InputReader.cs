using System.Collections.Immutable;
using System.Globalization;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Ingest.Encodings;
using Kronika.Ingest.Html;
using Kronika.Ingest.PlainText;

namespace Kronika.Ingest;

/// <summary>Bytes in, <see cref="Document"/> out, for scraped plain-text news: detects the encoding, decodes, and cleans
/// the text into title, lead, paragraphs, subheadings and captions, with the debris it removed and why.</summary>
/// <remarks>
/// Refusals are values, never exceptions: empty, binary and too large inputs are refused at stage "read", inputs with
/// nothing of an article left after cleaning at stage "clean" (<see cref="Document.Rejection"/>).
/// Immutable; one instance may read many inputs on many threads at once.
/// </remarks>
public sealed class InputReader
{
    /// <summary>Share of control characters (per thousand decoded characters) above which decoded text counts as binary.</summary>
    private const int MaxControlsPerThousand = 50;

    private readonly ReaderOptions _options;
    private readonly PlainTextReader _reader = new();
    private readonly HtmlArticleReader _html = new();

    /// <summary>A reader with <paramref name="options"/> (<see cref="ReaderOptions.Default"/> when null).</summary>
    public InputReader(ReaderOptions? options = null) => _options = options ?? ReaderOptions.Default;

    /// <summary>Reads one input.</summary>
    /// <param name="bytes">The raw bytes of the file or page body.</param>
    /// <param name="input">Where it came from (a path, a URL, or "-"); stored as <see cref="Document.Input"/>.</param>
    /// <returns>A document with <see cref="Layers.Text"/> and <see cref="Layers.Regions"/>, or a refused one.
    /// <see cref="Document.ToSource"/> maps clean offsets to UTF-16 offsets of the decoded input (after any byte-order mark).</returns>
    public Document Read(ReadOnlySpan<byte> bytes, string input) => Read(bytes, input, InputHints.None);

    /// <summary>Reads one input that came with <paramref name="hints"/> from its carrier (an HTTP response, a WARC record,
    /// a feed item, a dump line).</summary>
    /// <param name="bytes">The raw bytes of the file or page body.</param>
    /// <param name="input">Where it came from (a path, a URL, or "-"); stored as <see cref="Document.Input"/>.</param>
    /// <param name="hints">What the carrier says about the input; the input's own word wins where both say something.</param>
    /// <returns>As <see cref="Read(ReadOnlySpan{byte}, string)"/>.</returns>
    public Document Read(ReadOnlySpan<byte> bytes, string input, InputHints hints)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(hints);
        if (bytes.IsEmpty)
        {
            return Document.Refused(input, bytes, new Rejection("read", RejectionReason.Empty, "the input is empty (0 bytes)"));
        }

        if (bytes.Length > _options.MaxBytes)
        {
            return Document.Refused(input, bytes, new Rejection("read", RejectionReason.TooLarge,
                $"the input is {Size(bytes.Length)}, over the limit of {Size(_options.MaxBytes)} (ReaderOptions.MaxBytes)"));
        }

        string? declared = HtmlSniffer.CharsetOf(hints.ContentType) ?? HtmlSniffer.DeclaredCharset(bytes);
        EncodingDetection detection = EncodingDetector.Detect(bytes, declared);
        if (detection.Rejection is { } refused)
        {
            return Document.Refused(input, bytes, refused);
        }

        string raw = detection.Encoding!.GetString(bytes[detection.PreambleLength..]);
        var metadata = new ArticleMetadata { Encoding = detection.Name, Url = hints.Url };
        if (Refusal(raw, bytes.Length) is { } rejection)
        {
            return Document.Refused(input, bytes, rejection) with { Metadata = metadata };
        }

        if (HtmlSniffer.IsHtml(hints.ContentType, raw))
        {
            return ReadHtml(raw, input, bytes, metadata, hints);
        }

        CleanArticle article = _reader.Read(raw);
        string? carried = DateValue.Parse(hints.Published);
        metadata = metadata with
        {
            CreditedSource = article.CreditedSource,
            Published = article.Published ?? carried,
            PublishedFrom = article.Published is not null ? "dateline" : carried is not null ? "carrier" : "none",
        };
        return Finish(input, bytes, metadata, (article.Text, article.ToSource, article.Regions, article.Removed),
            $"nothing of an article is left after removing {article.Removed.Length} lines of page debris");
    }

    private Document ReadHtml(string raw, string input, ReadOnlySpan<byte> bytes, ArticleMetadata metadata, InputHints hints)
    {
        HtmlArticle page = _html.Read(raw, hints.Url, hints.Title);
        PageMetadata found = page.Metadata;
        string? published = found.Published ?? DateValue.Parse(hints.Published);
        metadata = metadata with
        {
            Url = hints.Url ?? found.CanonicalUrl,
            Outlet = found.Outlet,
            Author = found.Author,
            Published = published,
            PublishedFrom = found.Published is not null ? found.PublishedFrom : published is not null ? "carrier" : "none",
            Modified = found.Modified,
            CanonicalUrl = found.CanonicalUrl,
            DeclaredLanguage = found.Language,
        };
        return Finish(input, bytes, metadata, (page.Text, page.ToSource, page.Regions, page.Removed),
            $"no article text found in the HTML page (gate {page.Gate}; {page.Removed.Length} debris blocks removed)");
    }

    /// <summary>The document of a cleaned input, or its refusal at stage "clean" (with <paramref name="nothingLeft"/>)
    /// when no text is left.</summary>
    private static Document Finish(string input, ReadOnlySpan<byte> bytes, ArticleMetadata metadata,
        (string Text, OffsetMap ToSource, ImmutableArray<Region> Regions, ImmutableArray<Removal> Removed) clean, string nothingLeft)
    {
        if (clean.Text.Length == 0)
        {
            var nothing = new Rejection("clean", RejectionReason.NoArticleText, nothingLeft);
            return Document.Refused(input, bytes, nothing) with { Metadata = metadata, Removed = clean.Removed };
        }

        return new Document
        {
            Id = Document.IdOf(clean.Text),
            Input = input,
            Text = clean.Text,
            ToSource = clean.ToSource,
            Metadata = metadata,
            Regions = clean.Regions,
            Removed = clean.Removed,
        };
    }

    /// <summary>Why decoded text is not worth cleaning: only white space, or too many control characters to be text.</summary>
    private static Rejection? Refusal(string raw, int byteCount)
    {
        int controls = 0;
        bool hasText = false;
        foreach (char c in raw)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (char.IsControl(c))
            {
                controls++;
            }
            else
            {
                hasText = true;
            }
        }

        if (controls > 1 && controls * 1000L > raw.Length * (long)MaxControlsPerThousand)
        {
            string share = (controls * 100.0 / raw.Length).ToString("0.#", CultureInfo.InvariantCulture);
            return new Rejection("read", RejectionReason.Binary, $"the input is binary ({share}% control characters), not text");
        }

        return hasText ? null : new Rejection("read", RejectionReason.Empty, $"the input holds only white space ({byteCount} bytes)");
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB"
        : bytes.ToString(CultureInfo.InvariantCulture) + " bytes";
}
