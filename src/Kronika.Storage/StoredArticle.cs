using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Storage;

/// <summary>One analysed article as the store keeps it: the columns a query filters on, plus the whole kronika/1 record.</summary>
/// <remarks>Strings are made here, at the edge (STYLE.md §6.4); offsets inside <see cref="AnalysisJson"/> are UTF-16
/// code units into <see cref="Text"/>, which is stored verbatim, so they never need to be recomputed in SQL.</remarks>
public sealed record StoredArticle
{
    /// <summary><c>sha256:</c> + hex SHA-256 of the clean text (<see cref="Document.Id"/>); the key that makes ingest idempotent.</summary>
    public required string Id { get; init; }

    /// <summary>The input that first produced the article (a path, a URL or "-"); every later one is in <see cref="IArticleStore.InputsOf"/>.</summary>
    public required string Input { get; init; }

    /// <summary>The article's address, or null when unknown.</summary>
    public string? Url { get; init; }

    /// <summary>The publishing outlet, or null when unknown.</summary>
    public string? Outlet { get; init; }

    /// <summary>The canonical name of the agency the text credits ("PAP"), or null.</summary>
    public string? CreditedSource { get; init; }

    /// <summary>The headline, or null when the reader found none.</summary>
    public string? Title { get; init; }

    /// <summary>The lead paragraph, or null when the reader found none.</summary>
    public string? Lead { get; init; }

    /// <summary>Publication date or date-time, ISO 8601, or null when unknown.</summary>
    public string? Published { get; init; }

    /// <summary>ISO 639-1 code, or null when the article was refused before language identification.</summary>
    public string? Language { get; init; }

    /// <summary>The whole clean text; empty for an input refused before it had any.</summary>
    public required string Text { get; init; }

    /// <summary>Null, or why the input was refused; a refused input is stored too, so "why was this dropped?" is a query.</summary>
    public Rejection? Rejection { get; init; }

    /// <summary>The article's kronika/1 JSON record, as <c>kronika analyze</c> prints it (one line).</summary>
    public required string AnalysisJson { get; init; }

    /// <summary>The stages that made the analysis (<see cref="Pipeline.Description"/>), so a newer pipeline knows what to redo.</summary>
    public required string Pipeline { get; init; }

    /// <summary>The informational version of the program that made the analysis, or null when unknown; kept with the
    /// layers (<see cref="Layers.AnalysisVersion"/>).</summary>
    public string? Build { get; init; }

    /// <summary>The version of the knowledge base the analysis linked against (<see cref="Layers.AnalysisVersion.KnowledgeBase"/>), or null.</summary>
    public string? KnowledgeBase { get; init; }

    /// <summary>The parsed <see cref="AnalysisJson"/>, when the writer has it; otherwise the store parses the JSON to write
    /// the layers. Not stored apart from the JSON, and null on articles the store returns.</summary>
    public Contract.AnalysisRecord? Analysis { get; init; }

    /// <summary>When the article was first stored.</summary>
    public required DateTimeOffset StoredAt { get; init; }

    /// <summary>Takes the columns of <paramref name="document"/> (after the pipeline ran) and adds the serialised record.</summary>
    /// <param name="document">The analysed document.</param>
    /// <param name="analysisJson">Its kronika/1 JSON.</param>
    /// <param name="pipeline">The pipeline's <see cref="Pipeline.Description"/>.</param>
    /// <param name="storedAt">The time to record as the storing time.</param>
    public static StoredArticle From(Document document, string analysisJson, string pipeline, DateTimeOffset storedAt)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysisJson);
        ArgumentNullException.ThrowIfNull(pipeline);
        return new StoredArticle
        {
            Id = document.Id,
            Input = document.Input,
            Url = document.Metadata.Url,
            Outlet = document.Metadata.Outlet,
            CreditedSource = document.Metadata.CreditedSource,
            Title = document.TextOf(RegionType.Title),
            Lead = document.TextOf(RegionType.Lead),
            Published = document.Metadata.Published,
            Language = document.Language,
            Text = document.Text,
            Rejection = document.Rejection,
            AnalysisJson = analysisJson,
            Pipeline = pipeline,
            StoredAt = storedAt,
        };
    }
}
