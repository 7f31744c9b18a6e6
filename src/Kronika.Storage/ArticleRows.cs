using System.Data.Common;
using Kronika.Core.Annotations;

namespace Kronika.Storage;

/// <summary>Reads article rows into records, the same for every backend: the columns come in the order the stores
/// select them (<c>id, input, url, outlet, credited_source, title, lead, published, language, text, rejection_stage,
/// rejection_reason, rejection_detail, analysis, pipeline, stored_at, build, knowledge_base</c> for an article; <c>id, input, outlet, title,
/// language, published, rejection_stage, stored_at</c> for a summary). Only the stored-at time is read the backend's way.</summary>
internal static class ArticleRows
{
    /// <summary>The article in the current row.</summary>
    public static StoredArticle Article(DbDataReader reader, Func<DbDataReader, int, DateTimeOffset> storedAt)
    {
        string? stage = Text(reader, 10);
        return new StoredArticle
        {
            Id = reader.GetString(0),
            Input = reader.GetString(1),
            Url = Text(reader, 2),
            Outlet = Text(reader, 3),
            CreditedSource = Text(reader, 4),
            Title = Text(reader, 5),
            Lead = Text(reader, 6),
            Published = Text(reader, 7),
            Language = Text(reader, 8),
            Text = reader.GetString(9),
            Rejection = stage is null ? null : new Rejection(stage, RejectionCodes.FromCode(reader.GetString(11)), Text(reader, 12) ?? string.Empty),
            AnalysisJson = reader.GetString(13),
            Pipeline = reader.GetString(14),
            StoredAt = storedAt(reader, 15),
            Build = Text(reader, 16),
            KnowledgeBase = Text(reader, 17),
        };
    }

    /// <summary>The summary in the current row.</summary>
    public static ArticleSummary Summary(DbDataReader reader, Func<DbDataReader, int, DateTimeOffset> storedAt) => new(
        reader.GetString(0),
        reader.GetString(1),
        Text(reader, 2),
        Text(reader, 3),
        Text(reader, 4),
        Text(reader, 5),
        Text(reader, 6),
        storedAt(reader, 7));

    /// <summary>The text in column <paramref name="ordinal"/>, or null for SQL NULL.</summary>
    public static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
