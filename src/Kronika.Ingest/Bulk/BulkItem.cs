namespace Kronika.Ingest.Bulk;

/// <summary>One input out of a bulk file (a WARC record, a JSON Lines row): its bytes and what the carrier says of it,
/// or why it could not be taken out.</summary>
/// <param name="Input">A stable name for the input: <c>FILE#N</c> for the N-th WARC record (from 1, every record
/// counted), <c>FILE:LINE</c> for a JSON Lines row (from 1); reruns name the same record the same way, so storing stays
/// idempotent.</param>
/// <param name="Bytes">The page or text bytes (HTTP framing, chunking and content encoding removed); null when
/// <paramref name="Problem"/> says why there are none.</param>
/// <param name="Hints">Content type (with its charset), URL, date and title from the carrier.</param>
/// <param name="Problem">Why the record could not be read (a bad JSON line, a body over the size limit, a broken HTTP
/// message); null when fine.</param>
public sealed record BulkItem(string Input, byte[]? Bytes, InputHints Hints, string? Problem = null)
{
    /// <summary>Where the record starts in the WARC stream, in bytes from 0 (of the decompressed stream for a
    /// <c>.warc.gz</c>); null for a JSON Lines row.</summary>
    public long? Offset { get; init; }

    /// <summary>The HTTP status of a WARC <c>response</c> record (always 2xx: others are skipped); null for a
    /// <c>resource</c> record or a JSON Lines row.</summary>
    public int? Status { get; init; }

    /// <summary>The record's <c>WARC-Date</c> as written (ISO 8601 UTC): when the page was captured, not published, so it
    /// is not passed on as <see cref="InputHints.Published"/>; null for a JSON Lines row.</summary>
    public string? CapturedAt { get; init; }
}
