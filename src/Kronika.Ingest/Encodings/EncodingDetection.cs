using System.Text;
using Kronika.Core.Annotations;

namespace Kronika.Ingest.Encodings;

/// <summary>What <see cref="EncodingDetector"/> found: an encoding to decode with, or why the bytes are not text.</summary>
/// <remarks>Exactly one of <see cref="Encoding"/> and <see cref="Rejection"/> is set.</remarks>
public sealed record EncodingDetection
{
    /// <summary>The encoding to decode the bytes after the preamble with; null when refused.</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>The encoding's lowercase name as stored in <c>ArticleMetadata.Encoding</c> ("utf-8", "windows-1250"); null when refused.</summary>
    public string? Name { get; init; }

    /// <summary>Bytes of byte-order mark to skip before decoding (0 when there is none).</summary>
    public int PreambleLength { get; init; }

    /// <summary>Why the bytes are not text (stage "read"); null when they are.</summary>
    public Rejection? Rejection { get; init; }

    /// <summary>A detection that decodes with <paramref name="encoding"/>.</summary>
    public static EncodingDetection Of(Encoding encoding, string name, int preambleLength = 0) =>
        new() { Encoding = encoding, Name = name, PreambleLength = preambleLength };

    /// <summary>A refusal at stage "read".</summary>
    public static EncodingDetection Refuse(RejectionReason reason, string detail) =>
        new() { Rejection = new Rejection("read", reason, detail) };
}
