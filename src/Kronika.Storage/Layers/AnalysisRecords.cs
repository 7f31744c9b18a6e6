using System.Text.Json;
using Kronika.Contract;

namespace Kronika.Storage.Layers;

/// <summary>Reads the stored kronika/1 JSON of an article back into its record, to write its layers.</summary>
internal static class AnalysisRecords
{
    /// <summary>The record in <paramref name="json"/>, or null when it is not a kronika/1 record (such an article gets no
    /// layers, only its analysis version: tools and tests may store other JSON, and one odd row must not stop a store
    /// from opening).</summary>
    public static AnalysisRecord? TryRead(string json)
    {
        try
        {
            return KronikaJson.Deserialize(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
