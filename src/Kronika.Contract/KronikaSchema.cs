using System.Globalization;
using System.Text.Json;
using Json.Schema;

namespace Kronika.Contract;

/// <summary>Checks JSON against the <c>kronika/1</c> contract: the embedded JSON Schema (<c>kronika-1.schema.json</c>,
/// draft 2020-12) and then the rules a schema cannot state (see <see cref="SpanRules"/>).</summary>
/// <remarks>The schema is built once; thread-safe.</remarks>
public static class KronikaSchema
{
    /// <summary>The manifest name of the embedded schema.</summary>
    public const string ResourceName = "kronika-1.schema.json";

    private static readonly Lazy<JsonSchema> _schema = new(Load);

    /// <summary>The schema text as shipped in the assembly.</summary>
    public static string Text { get; } = ReadResource();

    /// <summary>Every violation in <paramref name="json"/>, one readable line each ("/article/id: ..."); empty when valid.</summary>
    /// <remarks>Malformed JSON is one violation, not an exception.</remarks>
    public static IReadOnlyList<string> Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            return [$"(document): not JSON: {exception.Message}"];
        }

        using (document)
        {
            EvaluationResults results = _schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
            if (!results.IsValid)
            {
                return Describe(results, document.RootElement);
            }

            return SpanRules.Check(document.RootElement);
        }
    }

    private static List<string> Describe(EvaluationResults results, JsonElement root)
    {
        var lines = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Collect(results, root, lines, seen);
        if (lines.Count == 0)
        {
            lines.Add("/: the document does not match the kronika/1 schema");
        }

        return lines;
    }

    // Walks the hierarchical output down failing nodes only: a passing branch of a oneOf leaves no error behind.
    private static void Collect(EvaluationResults node, JsonElement root, List<string> lines, HashSet<string> seen)
    {
        if (node.IsValid)
        {
            return;
        }

        List<EvaluationResults> failing = node.Details?.Where(detail => !detail.IsValid).ToList() ?? [];

        // For "null or an object", the branch that wanted the other type only says "not null"; report the branch that
        // got as far as the value itself, and drop the summary of the oneOf, which says no more than its branches.
        List<EvaluationResults> informative = failing.Where(detail => !OnlyWrongType(detail)).ToList();
        if (informative.Count > 0 && informative.Count < failing.Count)
        {
            failing = informative;
        }

        if (node.Errors is not null && (failing.Count == 0 || !node.Errors.Keys.All(key => key is "oneOf" or "anyOf")))
        {
            foreach (KeyValuePair<string, string> error in node.Errors)
            {
                string location = node.InstanceLocation.ToString();
                string line = $"{(location.Length == 0 ? "/" : location)}: {error.Value} ({error.Key}; found {Found(root, location)})";
                if (seen.Add(line))
                {
                    lines.Add(line);
                }
            }
        }

        foreach (EvaluationResults detail in failing)
        {
            Collect(detail, root, lines, seen);
        }
    }

    // The value at a JSON Pointer, shortened, so that a line says what was wrong and not only where.
    private static string Found(JsonElement root, string location)
    {
        const int Longest = 60;
        JsonElement value = root;
        foreach (string part in location.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            string name = part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out JsonElement property))
            {
                value = property;
            }
            else if (value.ValueKind == JsonValueKind.Array && int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < value.GetArrayLength())
            {
                value = value[index];
            }
            else
            {
                return "nothing";
            }
        }

        string text = value.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            _ => value.GetRawText(),
        };
        return text.Length <= Longest ? text : string.Concat(text.AsSpan(0, Longest), "...");
    }

    private static bool OnlyWrongType(EvaluationResults node) =>
        node.Errors is { Count: > 0 } errors && errors.Keys.All(key => key is "type" or "const")
        && (node.Details is null || node.Details.All(detail => detail.IsValid || OnlyWrongType(detail)));

    private static JsonSchema Load() => JsonSchema.FromText(Text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static string ReadResource()
    {
        using Stream stream = typeof(KronikaSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from Kronika.Contract.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
