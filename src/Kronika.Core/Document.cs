using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Kronika.Core.Annotations;

namespace Kronika.Core;

/// <summary>One article: an immutable clean text and layers of spans over it.</summary>
/// <remarks>Text never changes after ingest. Every span in every layer points into it;
/// <see cref="ToSource"/> maps offsets back to the decoded raw input. Stages add a layer with
/// <c>document with { Layer = ... }</c> and never edit an existing one.</remarks>
public sealed record Document
{
    /// <summary><c>sha256:</c> + the lowercase hex SHA-256 of the UTF-8 <see cref="Text"/>; for a rejected input
    /// with no text, of the raw bytes instead, so that two different refused files do not share an id.</summary>
    public required string Id { get; init; }

    /// <summary>Where the input came from: a path, a URL, or "-" for standard input.</summary>
    public required string Input { get; init; }

    /// <summary>The whole clean article in reading order: title, lead, subheadings, paragraphs, captions, separated by blank lines.</summary>
    public required string Text { get; init; }

    /// <summary>Clean offsets back to the decoded raw input.</summary>
    public OffsetMap ToSource { get; init; } = OffsetMap.Identity;

    /// <summary>Facts about the article besides its text.</summary>
    public ArticleMetadata Metadata { get; init; } = ArticleMetadata.None;

    /// <summary>Typed parts of the text in reading order; credits follow the caption that holds them.</summary>
    public ImmutableArray<Region> Regions { get; init; } = [];

    /// <summary>The debris cleaning removed, in input order.</summary>
    public ImmutableArray<Removal> Removed { get; init; } = [];

    /// <summary>ISO 639-1 code, null until identified.</summary>
    public string? Language { get; init; }

    /// <summary>Tokens in text order, not overlapping.</summary>
    public ImmutableArray<Token> Tokens { get; init; } = [];

    /// <summary>Sentences in text order; together they cover every token once.</summary>
    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    /// <summary>One entry per token, same index as <see cref="Tokens"/>: the token's readings and the one chosen in context.</summary>
    public ImmutableArray<TokenMorphology> Morphology { get; init; } = [];

    /// <summary>Entity mentions in text order (<see cref="Layers.Mentions"/>); empty before the mentions stage.</summary>
    public ImmutableArray<Mention> Mentions { get; init; } = [];

    /// <summary>The entities the mentions name (<see cref="Layers.Entities"/>), in order of first mention.</summary>
    public ImmutableArray<Entity> Entities { get; init; } = [];

    /// <summary>Events (<see cref="Layers.Events"/>) in text order of their first evidence; empty before the events stage.</summary>
    public ImmutableArray<ReportedEvent> Events { get; init; } = [];

    /// <summary>Direct and reported speech (<see cref="Layers.Quotes"/>) in text order of their content; empty before the quotes stage.</summary>
    public ImmutableArray<Quote> Quotes { get; init; } = [];

    /// <summary>Null, or why the input was refused; later layers are then empty.</summary>
    public Rejection? Rejection { get; init; }

    /// <summary>The id of a clean text: <c>sha256:</c> + hex SHA-256 of its UTF-8 bytes.</summary>
    public static string IdOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IdOf(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The id of raw bytes: <c>sha256:</c> + hex SHA-256.</summary>
    public static string IdOf(ReadOnlySpan<byte> bytes) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>A document for an input refused before it had any text.</summary>
    public static Document Refused(string input, ReadOnlySpan<byte> raw, Rejection rejection) => new()
    {
        Id = IdOf(raw),
        Input = input,
        Text = string.Empty,
        Rejection = rejection,
    };

    /// <summary>The text of the first region of <paramref name="type"/>, or null when there is none.</summary>
    public string? TextOf(RegionType type)
    {
        foreach (Region region in Regions)
        {
            if (region.Type == type)
            {
                return region.Span.ToString(Text);
            }
        }

        return null;
    }
}
