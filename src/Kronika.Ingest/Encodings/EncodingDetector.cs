using System.Text;
using System.Text.Unicode;
using Kronika.Core.Annotations;

namespace Kronika.Ingest.Encodings;

/// <summary>Finds the encoding of raw bytes, or says why they are not text. Detected, never assumed.</summary>
/// <remarks>
/// Order: byte-order marks; signatures of binary formats; UTF-32 and UTF-16 without a mark (the pattern of NUL bytes);
/// any other NUL byte means binary; strict UTF-8; otherwise one of the single-byte code pages Windows-1250,
/// ISO-8859-2 and Windows-1252, chosen by scoring how each decodes the bytes above 0x7F.
/// Stateless; safe from many threads.
/// </remarks>
public static class EncodingDetector
{
    private const int SampleBytes = 64 * 1024;

    /// <summary>The encoding of <paramref name="bytes"/> or a refusal (binary content). Empty input is the caller's concern.</summary>
    public static EncodingDetection Detect(ReadOnlySpan<byte> bytes)
    {
        if (FromByteOrderMark(bytes) is { } marked)
        {
            return marked;
        }

        if (BinarySignatures.Match(bytes) is { } format)
        {
            return EncodingDetection.Refuse(RejectionReason.Binary, $"the input is binary ({format} signature), not text");
        }

        ReadOnlySpan<byte> sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        if (sample.Contains((byte)0))
        {
            return FromNulPattern(sample)
                ?? EncodingDetection.Refuse(RejectionReason.Binary, $"the input is binary ({CountNul(bytes)} NUL bytes outside UTF-16 text), not text");
        }

        if (bytes.Contains((byte)0))
        {
            return EncodingDetection.Refuse(RejectionReason.Binary, $"the input is binary ({CountNul(bytes)} NUL bytes after the first {SampleBytes} bytes), not text");
        }

        if (Utf8.IsValid(bytes))
        {
            return EncodingDetection.Of(new UTF8Encoding(false, false), "utf-8");
        }

        return SingleByteScorer.Choose(bytes);
    }

    /// <summary>The encoding of <paramref name="bytes"/> given the charset their carrier or markup declares
    /// (<paramref name="declared"/>: an HTTP or WARC Content-Type charset, an HTML meta charset).</summary>
    /// <remarks>A byte-order mark outranks the declaration. A declaration the bytes contradict loses: a page labelled
    /// ISO-8859-2 whose non-ASCII bytes are all valid UTF-8 sequences is UTF-8, and one labelled UTF-8 that is not valid
    /// UTF-8 goes to detection. An unknown charset name is ignored.</remarks>
    public static EncodingDetection Detect(ReadOnlySpan<byte> bytes, string? declared)
    {
        EncodingDetection detected = Detect(bytes);
        if (declared is null || detected.Rejection is not null || detected.PreambleLength > 0 || Declared(declared) is not { } encoding)
        {
            return detected;
        }

        string name = encoding.WebName.ToLowerInvariant();
        if (name.StartsWith("utf-16", StringComparison.Ordinal) || name.StartsWith("utf-32", StringComparison.Ordinal))
        {
            // Without a mark the NUL pattern has already decided; a page saying "utf-16" in ASCII bytes is wrong.
            return detected;
        }

        if (detected.Name == "utf-8")
        {
            bool ascii = System.Text.Ascii.IsValid(bytes);
            return ascii && name != "utf-8" ? EncodingDetection.Of(encoding, name) : detected;
        }

        return name == "utf-8" ? detected : EncodingDetection.Of(encoding, name);
    }

    /// <summary>The encoding a charset label names, decoding undefined bytes to U+FFFD; null for an unknown label.</summary>
    private static Encoding? Declared(string label)
    {
        string name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        // Browsers read these labels as Windows code pages (the WHATWG Encoding standard); so does Kronika.
        name = name switch
        {
            "iso-8859-1" or "latin1" or "us-ascii" or "ascii" => "windows-1252",
            "utf8" => "utf-8",
            _ => name,
        };
        try
        {
            if (name == "utf-8")
            {
                return new UTF8Encoding(false, false);
            }

            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>A code-page encoding (1250, 28592, 1252) that decodes undefined bytes to U+FFFD; registers the code-page provider (cheap after the first call).</summary>
    internal static Encoding CodePage(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }

    private static EncodingDetection? FromByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        // UTF-32 LE must be tested before UTF-16 LE: its mark begins with the UTF-16 LE one.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return EncodingDetection.Of(new UTF32Encoding(false, false, false), "utf-32le", 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return EncodingDetection.Of(new UTF32Encoding(true, false, false), "utf-32be", 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return EncodingDetection.Of(new UTF8Encoding(false, false), "utf-8", 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return EncodingDetection.Of(new UnicodeEncoding(false, false, false), "utf-16le", 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return EncodingDetection.Of(new UnicodeEncoding(true, false, false), "utf-16be", 2);
        }

        return null;
    }

    /// <summary>UTF-16 or UTF-32 without a mark: text in Latin scripts has a NUL in the high byte of most code units
    /// and almost never in the low one.</summary>
    private static EncodingDetection? FromNulPattern(ReadOnlySpan<byte> sample)
    {
        Span<int> nulAt = stackalloc int[4];
        int quads = sample.Length / 4;
        for (int index = 0; index < quads * 4; index++)
        {
            if (sample[index] == 0)
            {
                nulAt[index & 3]++;
            }
        }

        if (quads == 0)
        {
            return sample.Length == 2 && (sample[0] == 0) != (sample[1] == 0)
                ? EncodingDetection.Of(new UnicodeEncoding(sample[0] == 0, false, false), sample[0] == 0 ? "utf-16be" : "utf-16le")
                : null;
        }

        // Shares of code units (0..1) with a NUL in the given byte position.
        double Share(int count, int units) => (double)count / units;
        if (Share(nulAt[2] + nulAt[3], 2 * quads) > 0.9 && Share(nulAt[1], quads) > 0.3 && Share(nulAt[0], quads) < 0.05)
        {
            return EncodingDetection.Of(new UTF32Encoding(false, false, false), "utf-32le");
        }

        if (Share(nulAt[0] + nulAt[1], 2 * quads) > 0.9 && Share(nulAt[2], quads) > 0.3 && Share(nulAt[3], quads) < 0.05)
        {
            return EncodingDetection.Of(new UTF32Encoding(true, false, false), "utf-32be");
        }

        int units = 2 * quads;
        int evenNul = nulAt[0] + nulAt[2];
        int oddNul = nulAt[1] + nulAt[3];
        if (Share(oddNul, units) > 0.3 && Share(evenNul, units) < 0.02)
        {
            return EncodingDetection.Of(new UnicodeEncoding(false, false, false), "utf-16le");
        }

        if (Share(evenNul, units) > 0.3 && Share(oddNul, units) < 0.02)
        {
            return EncodingDetection.Of(new UnicodeEncoding(true, false, false), "utf-16be");
        }

        return null;
    }

    private static int CountNul(ReadOnlySpan<byte> bytes) => bytes.Count((byte)0);
}
