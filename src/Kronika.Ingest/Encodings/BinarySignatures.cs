namespace Kronika.Ingest.Encodings;

/// <summary>Magic numbers of file formats that are not text, so that a PNG is refused by name, not by its bytes' look.</summary>
internal static class BinarySignatures
{
    private static readonly (byte[] Magic, int Offset, string Name, bool Weak)[] _signatures =
    [
        ("%PDF-"u8.ToArray(), 0, "PDF document", false),
        ([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], 0, "PNG image", false),
        ([0xFF, 0xD8, 0xFF], 0, "JPEG image", false),
        ("GIF87a"u8.ToArray(), 0, "GIF image", false),
        ("GIF89a"u8.ToArray(), 0, "GIF image", false),
        ([(byte)'P', (byte)'K', 0x03, 0x04], 0, "ZIP archive", false),
        ([(byte)'P', (byte)'K', 0x05, 0x06], 0, "ZIP archive", false),
        ([0x1F, 0x8B], 0, "gzip archive", false),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], 0, "ELF executable", false),
        ([(byte)'R', (byte)'a', (byte)'r', (byte)'!', 0x1A, 0x07], 0, "RAR archive", false),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C], 0, "7-Zip archive", false),
        ([0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00], 0, "xz archive", false),
        ([(byte)'B', (byte)'Z', (byte)'h'], 0, "bzip2 archive", true),
        ([0x28, 0xB5, 0x2F, 0xFD], 0, "zstd archive", false),
        ("OggS"u8.ToArray(), 0, "Ogg media", false),
        ("RIFF"u8.ToArray(), 0, "RIFF media (WAV, AVI or WebP)", true),
        ("ftyp"u8.ToArray(), 4, "MP4 media", true),
        ([0x1A, 0x45, 0xDF, 0xA3], 0, "Matroska or WebM media", false),
        ("ID3"u8.ToArray(), 0, "MP3 audio", true),
        ("SQLite format 3\0"u8.ToArray(), 0, "SQLite database", false),
        ([0xCA, 0xFE, 0xBA, 0xBE], 0, "Java class file", false),
        ([0x00, (byte)'a', (byte)'s', (byte)'m'], 0, "WebAssembly module", false),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], 0, "Microsoft Office (OLE) document", false),
        ([(byte)'I', (byte)'I', 0x2A, 0x00], 0, "TIFF image", false),
        ([(byte)'M', (byte)'M', 0x00, 0x2A], 0, "TIFF image", false),
        ([0x00, 0x00, 0x01, 0x00], 0, "icon image", false),
        ("wOFF"u8.ToArray(), 0, "WOFF font", false),
        ("wOF2"u8.ToArray(), 0, "WOFF2 font", false),
        ([(byte)'M', (byte)'Z'], 0, "Windows executable", true),
    ];

    /// <summary>The name of the format whose signature <paramref name="bytes"/> start with, or null.</summary>
    /// <remarks>Weak signatures that could begin a text ("MZ", "BZh", "ID3", "RIFF") count only when a byte below 0x09
    /// (NUL included) occurs within the first 64 bytes, as it does in those formats.</remarks>
    public static string? Match(ReadOnlySpan<byte> bytes)
    {
        foreach ((byte[] magic, int offset, string name, bool weak) in _signatures)
        {
            if (bytes.Length >= offset + magic.Length && bytes.Slice(offset, magic.Length).SequenceEqual(magic)
                && (!weak || HasLowControl(bytes[..Math.Min(bytes.Length, 64)])))
            {
                return name;
            }
        }

        return null;
    }

    private static bool HasLowControl(ReadOnlySpan<byte> head)
    {
        foreach (byte b in head)
        {
            if (b < 0x09)
            {
                return true;
            }
        }

        return false;
    }
}
