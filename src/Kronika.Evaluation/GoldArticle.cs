namespace Kronika.Evaluation;

/// <summary>What a careful human reader takes from one article: a <c>kronika-gold/1</c> file (shared/gold/FORMAT.md).</summary>
/// <remarks>Read with <see cref="GoldFile.Load"/>; scored with <see cref="GoldScorer.Score"/>.</remarks>
public sealed record GoldArticle
{
    /// <summary>The format this type reads.</summary>
    public const string CurrentFormat = "kronika-gold/1";

    /// <summary>Always <see cref="CurrentFormat"/>.</summary>
    public required string Format { get; init; }

    /// <summary>The article's path, relative to the gold file's folder or to its parent (see <see cref="GoldFile.ResolveArticle"/>).</summary>
    public required string Article { get; init; }

    /// <summary>ISO 639-1 code of the article, or null.</summary>
    public string? Language { get; init; }

    /// <summary>Publication date, ISO 8601, or null.</summary>
    public string? Published { get; init; }

    /// <summary>The exact title as printed, or null when the article has none.</summary>
    public string? Title { get; init; }

    /// <summary>The canonical name of the agency the text credits, or null.</summary>
    public string? CreditedSource { get; init; }

    /// <summary>Strings that must not be in the clean text.</summary>
    public IReadOnlyList<string> Junk { get; init; } = [];

    /// <summary>Caption strings, with their photo credit, that the output keeps apart from the body.</summary>
    public IReadOnlyList<string> Captions { get; init; } = [];

    /// <summary>Entities with their mention strings.</summary>
    public IReadOnlyList<GoldEntity> Entities { get; init; } = [];

    /// <summary>Events, one per happening.</summary>
    public IReadOnlyList<GoldEvent> Events { get; init; } = [];

    /// <summary>Quotes.</summary>
    public IReadOnlyList<GoldQuote> Quotes { get; init; } = [];
}
