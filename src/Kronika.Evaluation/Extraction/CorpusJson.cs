using System.Text.Json;

namespace Kronika.Evaluation.Extraction;

/// <summary>Reading the gold files' loosely typed JSON.</summary>
internal static class CorpusJson
{
    /// <summary>The string value of <paramref name="name"/>; null when absent, null or not a string.</summary>
    public static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
