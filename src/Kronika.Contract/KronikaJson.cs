using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kronika.Contract;

/// <summary>Writes and reads <c>kronika/1</c> JSON.</summary>
/// <remarks>Polish letters and quotation marks are written as they are, not as <c>\u</c> escapes, so the output stays
/// readable; this is safe for JSON files and JSON Lines, not for embedding in HTML. Thread-safe.</remarks>
public static class KronikaJson
{
    private static readonly KronikaJsonContext _compact = Create(indented: false);
    private static readonly KronikaJsonContext _indented = Create(indented: true);

    /// <summary>The JSON of <paramref name="record"/>: one line, or indented with two spaces and LF line ends.</summary>
    public static string Serialize(AnalysisRecord record, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(record);
        KronikaJsonContext context = indented ? _indented : _compact;
        return JsonSerializer.Serialize(record, context.AnalysisRecord);
    }

    /// <summary>Reads one record.</summary>
    /// <exception cref="JsonException">When the JSON is malformed, lacks a required key, has an unknown key or a null where
    /// the contract allows none. Use <see cref="KronikaSchema.Validate"/> for a full list of what is wrong.</exception>
    public static AnalysisRecord Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, _compact.AnalysisRecord)
            ?? throw new JsonException("A kronika/1 record is a JSON object, not null.");
    }

    private static KronikaJsonContext Create(bool indented)
    {
        var options = new JsonSerializerOptions(KronikaJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
            NewLine = "\n",
        };
        return new KronikaJsonContext(options);
    }
}
