using System.Buffers.Binary;
using System.Text;

namespace Kronika.Knowledge.Sources;

/// <summary>A GNU gettext message catalogue (<c>.mo</c>) read into memory: original string → translation.</summary>
/// <remarks>The format (GNU gettext manual, "The Format of GNU MO Files"): a magic number 0x950412de in the file's
/// byte order, a revision, the string count N, then the offsets of two tables of N (length, offset) pairs, one for
/// the original strings and one for the translations. Strings are UTF-8 here (iso-codes and libgeonames-common
/// declare <c>charset=UTF-8</c>). The empty msgid (the header) is skipped; a plural entry keeps only its first
/// form, and a context (<c>msgctxt</c>, joined to the msgid by U+0004) stays part of the key. Immutable.</remarks>
public sealed class MoCatalog
{
    private const uint Magic = 0x950412de;
    private readonly Dictionary<string, string> _messages;

    private MoCatalog(Dictionary<string, string> messages) => _messages = messages;

    /// <summary>The number of translated messages, the header excluded.</summary>
    public int Count => _messages.Count;

    /// <summary>Every (original, translation) pair, in no particular order.</summary>
    public IReadOnlyDictionary<string, string> Messages => _messages;

    /// <summary>The translation of <paramref name="original"/>, or null when the catalogue lacks it.</summary>
    public string? Translate(string original) => _messages.TryGetValue(original, out string? translation) ? translation : null;

    /// <summary>Reads a catalogue file.</summary>
    /// <exception cref="InvalidDataException">The file is not a .mo catalogue or a table points outside it.</exception>
    public static MoCatalog Read(string path) => Parse(File.ReadAllBytes(path), path);

    /// <summary>Parses the bytes of a catalogue; <paramref name="name"/> is used in error messages.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a .mo catalogue or a table points outside them.</exception>
    public static MoCatalog Parse(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.Length < 20)
        {
            throw new InvalidDataException($"{name}: {bytes.Length} bytes is too short for a .mo header.");
        }

        bool littleEndian;
        if (BinaryPrimitives.ReadUInt32LittleEndian(bytes) == Magic)
        {
            littleEndian = true;
        }
        else if (BinaryPrimitives.ReadUInt32BigEndian(bytes) == Magic)
        {
            littleEndian = false;
        }
        else
        {
            throw new InvalidDataException($"{name}: not a .mo file (magic {BinaryPrimitives.ReadUInt32LittleEndian(bytes):x8}).");
        }

        int count = ReadInt(bytes, 8, littleEndian, name);
        int originals = ReadInt(bytes, 12, littleEndian, name);
        int translations = ReadInt(bytes, 16, littleEndian, name);
        var messages = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            string original = ReadString(bytes, originals + (i * 8), littleEndian, name);
            if (original.Length == 0)
            {
                continue;
            }

            string translation = ReadString(bytes, translations + (i * 8), littleEndian, name);
            int plural = original.IndexOf('\0', StringComparison.Ordinal);
            if (plural >= 0)
            {
                original = original[..plural];
                int firstForm = translation.IndexOf('\0', StringComparison.Ordinal);
                translation = firstForm >= 0 ? translation[..firstForm] : translation;
            }

            messages[original] = translation;
        }

        return new MoCatalog(messages);
    }

    private static string ReadString(ReadOnlySpan<byte> bytes, int entry, bool littleEndian, string name)
    {
        int length = ReadInt(bytes, entry, littleEndian, name);
        int offset = ReadInt(bytes, entry + 4, littleEndian, name);
        if ((long)offset + length > bytes.Length)
        {
            throw new InvalidDataException($"{name}: string at byte {offset} (length {length}) runs past the end of the file.");
        }

        return Encoding.UTF8.GetString(bytes.Slice(offset, length));
    }

    private static int ReadInt(ReadOnlySpan<byte> bytes, int at, bool littleEndian, string name)
    {
        if (at < 0 || at + 4 > bytes.Length)
        {
            throw new InvalidDataException($"{name}: a table entry at byte {at} lies outside the file.");
        }

        uint value = littleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]) : BinaryPrimitives.ReadUInt32BigEndian(bytes[at..]);
        if (value > int.MaxValue)
        {
            throw new InvalidDataException($"{name}: value {value} at byte {at} is out of range.");
        }

        return (int)value;
    }
}
