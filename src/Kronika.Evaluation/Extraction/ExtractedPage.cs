namespace Kronika.Evaluation.Extraction;

/// <summary>What one system extracted from one page: the main text and the metadata it found (null where it found none).</summary>
/// <param name="Text">The main text, without the title.</param>
/// <param name="Title">The title (headline).</param>
/// <param name="Author">The author or byline.</param>
/// <param name="Published">The publication date or date-time, ISO 8601 or close to it.</param>
public sealed record ExtractedPage(string Text, string? Title, string? Author, string? Published)
{
    /// <summary>Nothing extracted: what a page the system refused or failed on scores as.</summary>
    public static ExtractedPage Nothing { get; } = new(string.Empty, null, null, null);
}
