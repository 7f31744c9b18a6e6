using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Ingest.Html;

/// <summary>What <see cref="HtmlArticleReader"/> makes of one page.</summary>
/// <param name="Text">The clean text: headline, then the article's blocks joined by blank lines; empty when nothing was found.</param>
/// <param name="ToSource">Clean offsets back into the decoded HTML.</param>
/// <param name="Regions">Typed regions in reading order.</param>
/// <param name="Removed">Debris lines taken out of the chosen boxes, with their reasons.</param>
/// <param name="Metadata">What the markup says about the article.</param>
/// <param name="Gate">The gate of <see cref="ContentFinder"/> that chose the text.</param>
internal sealed record HtmlArticle(
    string Text,
    OffsetMap ToSource,
    ImmutableArray<Region> Regions,
    ImmutableArray<Removal> Removed,
    PageMetadata Metadata,
    string Gate);
