using System.Text.Json.Serialization;

namespace Kronika.Evaluation;

/// <summary>Source-generated metadata for reading <c>kronika-gold/1</c> files: snake_case keys, comments and trailing commas
/// allowed (gold files are written by hand), unknown keys ignored (annotators may leave notes).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(GoldArticle))]
internal sealed partial class GoldJsonContext : JsonSerializerContext;
