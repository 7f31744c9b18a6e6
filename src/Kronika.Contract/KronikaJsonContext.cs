using System.Text.Json.Serialization;

namespace Kronika.Contract;

/// <summary>Source-generated serialization metadata for the <c>kronika/1</c> records (no reflection at run time).</summary>
/// <remarks>Snake_case names, nulls written (the schema requires every key), unknown keys refused on reading.
/// <see cref="KronikaJson"/> adds the encoder, which the attribute cannot carry.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(AnalysisRecord))]
internal sealed partial class KronikaJsonContext : JsonSerializerContext;
