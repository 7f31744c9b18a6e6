using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Ingest.PlainText;

/// <summary>What <see cref="PlainTextReader"/> makes of one decoded input.</summary>
/// <param name="Text">The clean text: regions in reading order joined by blank lines; empty when nothing was left.</param>
/// <param name="ToSource">Clean offsets back to the decoded input.</param>
/// <param name="Regions">Typed regions in reading order, each credit right after its caption.</param>
/// <param name="Removed">Debris taken out, in input order.</param>
/// <param name="CreditedSource">Canonical name of the credited agency (or the credited name as written when unknown); null when none.</param>
/// <param name="Published">ISO 8601 publication date from a dateline; null when none.</param>
internal sealed record CleanArticle(
    string Text,
    OffsetMap ToSource,
    ImmutableArray<Region> Regions,
    ImmutableArray<Removal> Removed,
    string? CreditedSource,
    string? Published);
