namespace Kronika.Storage;

/// <summary>One row of an article listing: enough to show and pick an article, without its text or analysis.</summary>
/// <param name="Id">The article id (<c>sha256:</c> + hex).</param>
/// <param name="Input">The input that first produced it.</param>
/// <param name="Title">The headline, or null.</param>
/// <param name="Outlet">The outlet, or null.</param>
/// <param name="Published">ISO 8601 publication date, or null.</param>
/// <param name="Language">ISO 639-1 code, or null.</param>
/// <param name="RejectionReason">Null, or the snake_case reason the input was refused ("unsupported_language").</param>
/// <param name="StoredAt">When it was first stored.</param>
public sealed record ArticleSummary(
    string Id,
    string Input,
    string? Title,
    string? Outlet,
    string? Published,
    string? Language,
    string? RejectionReason,
    DateTimeOffset StoredAt);
