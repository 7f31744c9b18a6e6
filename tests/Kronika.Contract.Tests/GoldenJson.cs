using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kronika.Contract.Tests;

/// <summary>Lays JSON out for golden files: one annotation per line. An object or array holding only scalars
/// (a span, a region, a mention) stays on one line; anything holding objects or arrays is broken up, two spaces a level.</summary>
internal static class GoldenJson
{
    private static readonly JsonSerializerOptions _flat = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Layout(string json)
    {
        var builder = new StringBuilder();
        Write(JsonNode.Parse(json), builder, 0);
        return builder.Append('\n').ToString();
    }

    private static void Write(JsonNode? node, StringBuilder builder, int depth)
    {
        if (node is JsonObject obj && !IsFlat(obj.Select(pair => pair.Value)))
        {
            builder.Append("{\n");
            int index = 0;
            foreach ((string key, JsonNode? value) in obj)
            {
                builder.Append(' ', (depth + 1) * 2).Append(JsonSerializer.Serialize(key, _flat)).Append(": ");
                Write(value, builder, depth + 1);
                builder.Append(++index < obj.Count ? ",\n" : "\n");
            }

            builder.Append(' ', depth * 2).Append('}');
        }
        else if (node is JsonArray array && !IsFlat(array))
        {
            builder.Append("[\n");
            for (int index = 0; index < array.Count; index++)
            {
                builder.Append(' ', (depth + 1) * 2);
                Write(array[index], builder, depth + 1);
                builder.Append(index + 1 < array.Count ? ",\n" : "\n");
            }

            builder.Append(' ', depth * 2).Append(']');
        }
        else
        {
            builder.Append(node is null ? "null" : node.ToJsonString(_flat));
        }
    }

    private static bool IsFlat(IEnumerable<JsonNode?> values) => values.All(value => value is not (JsonObject or JsonArray) || (value is JsonObject { Count: 0 } or JsonArray { Count: 0 }));
}
