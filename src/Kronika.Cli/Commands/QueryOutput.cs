using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kronika.Cli.Commands;

/// <summary>How <c>query</c> and <c>export</c> write records as JSON: snake_case like kronika/1, letters as they are.</summary>
internal static class QueryOutput
{
    public static JsonSerializerOptions Json { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
