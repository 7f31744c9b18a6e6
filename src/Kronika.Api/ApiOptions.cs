using Kronika.Core;
using Kronika.Ingest;
using Kronika.Storage;

namespace Kronika.Api;

/// <summary>What the API serves and how: the store, the analysis behind the ingest endpoint, the keys that may write.</summary>
public sealed record ApiOptions
{
    /// <summary>The record the API reads and the ingest endpoint writes to.</summary>
    public required IArticleStore Store { get; init; }

    /// <summary>Reads one input (bytes, input name, carrier hints) into a document: the reader behind <c>POST /api/ingest</c>.</summary>
    public required Func<byte[], string, InputHints, Document> Read { get; init; }

    /// <summary>Runs the pipeline over a document <see cref="Read"/> made.</summary>
    public required Func<Document, CancellationToken, Document> Analyze { get; init; }

    /// <summary>The pipeline's description, stored with each analysis.</summary>
    public required string Pipeline { get; init; }

    /// <summary>Keys accepted in the <c>X-Api-Key</c> header by the writing endpoints; none configured: writing is refused.</summary>
    public IReadOnlySet<string> ApiKeys { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Largest request body accepted by the ingest endpoint, in bytes.</summary>
    public long MaxBodyBytes { get; init; } = 8L * 1024 * 1024;

    /// <summary>The clock stamping stored articles.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
