namespace Kronika.Ingest.Bulk;

/// <summary>One input out of a bulk file (a WARC record, a JSON Lines row): its bytes and what the carrier says of it,
/// or why it could not be taken out.</summary>
/// <param name="Input">A stable name for the input: <c>FILE#N</c> for the N-th WARC record (from 1), <c>FILE:LINE</c> for
/// a JSON Lines row; reruns name the same record the same way, so storing stays idempotent.</param>
/// <param name="Bytes">The page or text bytes; null when <paramref name="Problem"/> says why there are none.</param>
/// <param name="Hints">Content type, URL, date and title from the carrier.</param>
/// <param name="Problem">Why the record could not be read (a bad JSON line, a body over the size limit); null when fine.</param>
public sealed record BulkItem(string Input, byte[]? Bytes, InputHints Hints, string? Problem = null);
