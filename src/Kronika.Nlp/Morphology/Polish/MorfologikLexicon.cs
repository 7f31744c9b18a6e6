using System.IO.Compression;
using System.Text;

namespace Kronika.Nlp.Morphology.Polish;

/// <summary>One analysis of a word form: its base form and its NKJP/PoliMorf tag
/// (e.g. <c>subst:sg:dat:m1</c>; alternatives that share a base form are joined by '+').</summary>
/// <param name="Lemma">The base form.</param>
/// <param name="Tag">The tag as the dictionary stores it.</param>
public readonly record struct DictionaryEntry(string Lemma, string Tag);

/// <summary>A Morfologik stemming dictionary (CFSA2 automaton + <c>.info</c> metadata), read in C# straight out of
/// Debian's <c>morfologik-polish.jar</c> or from a <c>.dict</c> file beside its <c>.info</c>.</summary>
/// <remarks>Entries are stored as <c>form SEP encoded-base SEP tag</c>; a lookup walks the form's UTF-8 bytes and the
/// separator, then enumerates every final path below. Lookup is exact and case-sensitive, as the data is: casing
/// policy belongs to the caller. Immutable; safe from many threads.</remarks>
public sealed class MorfologikLexicon
{
    /// <summary>Where Debian's package <c>libmorfologik-stemming2-java</c> puts the Polish dictionary.</summary>
    public const string DebianJar = "/usr/share/java/morfologik-polish.jar";

    /// <summary>The environment variable that names another dictionary (a jar, or a <c>.dict</c> with its <c>.info</c>).</summary>
    public const string EnvironmentVariable = "KRONIKA_PL_DICT";

    private readonly Cfsa2Automaton _automaton;
    private readonly byte _separator;
    private readonly bool _prefixEncoded;

    private MorfologikLexicon(Cfsa2Automaton automaton, byte separator, bool prefixEncoded, string source)
    {
        _automaton = automaton;
        _separator = separator;
        _prefixEncoded = prefixEncoded;
        Source = source;
    }

    /// <summary>The file the dictionary was read from.</summary>
    public string Source { get; }

    /// <summary>The dictionary named by <c>KRONIKA_PL_DICT</c>, else Debian's jar.</summary>
    /// <exception cref="FileNotFoundException">When neither exists; the message says how to install it.</exception>
    public static MorfologikLexicon LoadDefault()
    {
        string? configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        string path = string.IsNullOrWhiteSpace(configured) ? DebianJar : configured;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The Polish morphological dictionary was not found at '{path}'. Install it with 'apt-get install libmorfologik-stemming2-java' "
                + $"(or run scripts/setup.sh as root), or set {EnvironmentVariable} to a morfologik-polish.jar or a .dict file beside its .info.", path);
        }

        return Load(path);
    }

    /// <summary>Reads a dictionary from a jar (the first <c>*.dict</c> entry with its <c>.info</c>) or from a <c>.dict</c> file.</summary>
    /// <exception cref="InvalidDataException">When the files are not a dictionary this reader supports.</exception>
    public static MorfologikLexicon Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.EndsWith(".dict", StringComparison.OrdinalIgnoreCase))
        {
            string infoPath = Path.ChangeExtension(path, ".info");
            if (!File.Exists(infoPath))
            {
                throw new InvalidDataException($"{path}: the metadata file '{infoPath}' is missing.");
            }

            return Create(File.ReadAllBytes(path), File.ReadAllText(infoPath, Encoding.UTF8), path);
        }

        using ZipArchive jar = ZipFile.OpenRead(path);
        ZipArchiveEntry dict = jar.Entries.FirstOrDefault(entry => entry.FullName.EndsWith(".dict", StringComparison.Ordinal))
            ?? throw new InvalidDataException($"{path}: no .dict entry in the archive.");
        string infoName = dict.FullName[..^".dict".Length] + ".info";
        ZipArchiveEntry info = jar.GetEntry(infoName) ?? throw new InvalidDataException($"{path}: no '{infoName}' beside '{dict.FullName}'.");
        return Create(ReadAll(dict), new StreamReader(info.Open(), Encoding.UTF8).ReadToEnd(), $"{path}!{dict.FullName}");
    }

    /// <summary>How many (form, base, tag) entries the dictionary holds.</summary>
    public long CountEntries() => _automaton.CountSequences();

    /// <summary>Every analysis of <paramref name="form"/> exactly as written; empty when the dictionary lacks it.</summary>
    public IReadOnlyList<DictionaryEntry> Lookup(string form)
    {
        ArgumentNullException.ThrowIfNull(form);
        byte[] bytes = Encoding.UTF8.GetBytes(form);
        int node = _automaton.Root;
        foreach (byte b in bytes)
        {
            int arc = _automaton.FindArc(node, b);
            if (arc < 0)
            {
                return [];
            }

            node = _automaton.Target(arc);
            if (node == 0)
            {
                return [];
            }
        }

        int separatorArc = _automaton.FindArc(node, _separator);
        if (separatorArc < 0 || _automaton.Target(separatorArc) == 0)
        {
            return [];
        }

        var entries = new List<DictionaryEntry>();
        var path = new List<byte>(64);
        Collect(_automaton.Target(separatorArc), path, bytes, entries);
        return entries;
    }

    private void Collect(int node, List<byte> path, byte[] form, List<DictionaryEntry> entries)
    {
        for (int arc = node; ; arc = _automaton.Next(arc))
        {
            path.Add(_automaton.Label(arc));
            if (_automaton.IsFinal(arc))
            {
                entries.Add(Decode(path, form));
            }

            int target = _automaton.Target(arc);
            if (target != 0)
            {
                Collect(target, path, form, entries);
            }

            path.RemoveAt(path.Count - 1);
            if (_automaton.IsLast(arc))
            {
                return;
            }
        }
    }

    /// <summary>Splits <c>encoded-base SEP tag</c> and decodes the base against the form (PREFIX encoder:
    /// two bytes say how many bytes to cut from the form's start and end, the rest is appended).</summary>
    private DictionaryEntry Decode(List<byte> path, byte[] form)
    {
        int separator = path.IndexOf(_separator);
        int baseEnd = separator < 0 ? path.Count : separator;
        string tag = separator < 0 ? string.Empty : Encoding.UTF8.GetString([.. path.GetRange(separator + 1, path.Count - separator - 1)]);
        var lemma = new List<byte>(form.Length + 8);
        int start = 0;
        if (baseEnd >= (_prefixEncoded ? 2 : 1))
        {
            int cutStart = _prefixEncoded ? (path[0] - 'A') & 0xFF : 0;
            int cutEnd = (path[_prefixEncoded ? 1 : 0] - 'A') & 0xFF;
            start = _prefixEncoded ? 2 : 1;
            if (cutStart != 255 && cutEnd != 255 && cutStart + cutEnd <= form.Length)
            {
                lemma.AddRange(form.AsSpan(cutStart, form.Length - cutStart - cutEnd));
            }
        }

        lemma.AddRange(path.GetRange(start, Math.Max(0, baseEnd - start)));
        return new DictionaryEntry(Encoding.UTF8.GetString([.. lemma]), tag);
    }

    private static MorfologikLexicon Create(byte[] dict, string info, string source)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in info.Split('\n'))
        {
            string trimmed = line.Trim();
            int equals = trimmed.IndexOf('=', StringComparison.Ordinal);
            if (trimmed.Length > 0 && trimmed[0] != '#' && equals > 0)
            {
                settings[trimmed[..equals].Trim()] = trimmed[(equals + 1)..].Trim();
            }
        }

        if (settings.TryGetValue("fsa.dict.encoding", out string? encoding) && !encoding.Equals("UTF-8", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException($"{source}: dictionary encoding '{encoding}' is not supported (UTF-8 only).");
        }

        if (!settings.TryGetValue("fsa.dict.separator", out string? separator) || separator.Length != 1 || separator[0] > 0x7F)
        {
            throw new InvalidDataException($"{source}: fsa.dict.separator must be one ASCII character.");
        }

        // 2.x names the encoder; 1.x says fsa.dict.uses-prefixes=true for the same PREFIX codec.
        string encoder = settings.GetValueOrDefault("fsa.dict.encoder")
            ?? (settings.GetValueOrDefault("fsa.dict.uses-prefixes") == "true" ? "PREFIX" : "SUFFIX");
        if (encoder is not ("PREFIX" or "SUFFIX"))
        {
            throw new InvalidDataException($"{source}: base-form encoder '{encoder}' is not supported (PREFIX and SUFFIX are).");
        }

        return new MorfologikLexicon(Cfsa2Automaton.Parse(dict, source), (byte)separator[0], encoder == "PREFIX", source);
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using Stream stream = entry.Open();
        using var buffer = new MemoryStream(checked((int)entry.Length));
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
