using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Storage.Tests;

/// <summary>Stored articles made by hand, so that store tests need no reader or pipeline.</summary>
internal static class TestArticles
{
    public static readonly DateTimeOffset StoredAt = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    /// <summary>An article whose id is the hash of <paramref name="text"/>, as the reader makes it.</summary>
    public static StoredArticle Make(
        string text,
        string input = "a.txt",
        string? language = "pl",
        string? published = null,
        string? outlet = null,
        Rejection? rejection = null) => new()
        {
            Id = Document.IdOf(text),
            Input = input,
            Url = null,
            Outlet = outlet,
            CreditedSource = null,
            Title = text.Split('\n')[0],
            Lead = null,
            Published = published,
            Language = language,
            Text = text,
            Rejection = rejection,
            AnalysisJson = "{\"format\":\"kronika/1\"}",
            Pipeline = "language,tokenize,sentences",
            StoredAt = StoredAt,
        };
}
