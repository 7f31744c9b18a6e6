using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Kronika.Core.Annotations;

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

    /// <summary>Longest form looked up, in UTF-8 bytes; longer tokens are not words.</summary>
    private const int MaxFormBytes = 120;

    /// <summary>Longest encoded base + separator + tag below a form.</summary>
    private const int MaxTailBytes = 512;

    private readonly IAutomaton _automaton;
    private readonly byte _separator;
    private readonly bool _prefixEncoded;

    /// <summary>The root's arc for each first byte, or -1: the root has an arc per letter, and scanning them is most of a short lookup.</summary>
    private readonly int[] _rootArcs;

    /// <summary>Parsed tag sets by the node they hang from (see <see cref="TagsBelow"/>).</summary>
    private readonly ConcurrentDictionary<int, MorphTag[][]> _tagSets = new();

    private MorfologikLexicon(IAutomaton automaton, byte separator, bool prefixEncoded, string source)
    {
        _automaton = automaton;
        _separator = separator;
        _prefixEncoded = prefixEncoded;
        Source = source;
        _rootArcs = new int[256];
        Array.Fill(_rootArcs, -1);
        for (int arc = automaton.Root; ; arc = automaton.Next(arc))
        {
            _rootArcs[automaton.Label(arc)] = arc;
            if (automaton.IsLast(arc))
            {
                break;
            }
        }
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

    /// <summary>Bytes the automaton holds in memory (its arcs and label table), the bulk of the dictionary's footprint.</summary>
    public long AutomatonBytes => _automaton.SizeInBytes;

    /// <summary>How many (form, base, tag) entries the dictionary holds.</summary>
    public long CountEntries() => _automaton.CountSequences();

    /// <summary>Every analysis of <paramref name="form"/> exactly as written; empty when the dictionary lacks it.</summary>
    /// <remarks>Allocates; the hot path is <see cref="Analyze"/>.</remarks>
    public IReadOnlyList<DictionaryEntry> Lookup(string form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var buffer = new ReadingBuffer();
        Analyze(form, buffer);
        var entries = new List<DictionaryEntry>(buffer.Count);
        for (int i = 0; i < buffer.Count; i++)
        {
            entries.Add(new DictionaryEntry(buffer.Lemma(i).ToString(), buffer.Tag(i).Text));
        }

        return entries;
    }

    /// <summary>Adds every reading of <paramref name="form"/>, exactly as written, to <paramref name="readings"/>
    /// (one per tag: alternatives joined by '+' become separate readings with one base form).</summary>
    /// <returns>How many readings were added; 0 when the dictionary lacks the form (or it is longer than 120 UTF-8 bytes).</returns>
    /// <remarks>Allocates nothing once the buffer has grown and the form's tags have been seen.</remarks>
    public int Analyze(ReadOnlySpan<char> form, ReadingBuffer readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        if (form.IsEmpty || form.Length > MaxFormBytes / 2)
        {
            return 0;
        }

        Span<byte> bytes = stackalloc byte[MaxFormBytes];
        int length = Encoding.UTF8.GetBytes(form, bytes);
        bytes = bytes[..length];

        int arc = _rootArcs[bytes[0]];
        for (int i = 1; arc >= 0 && i < length; i++)
        {
            int node = _automaton.Target(arc);
            arc = node == 0 ? -1 : _automaton.FindArc(node, bytes[i]);
        }

        if (arc < 0)
        {
            return 0;
        }

        int below = _automaton.Target(arc);
        int separatorArc = below == 0 ? -1 : _automaton.FindArc(below, _separator);
        int tails = separatorArc < 0 ? 0 : _automaton.Target(separatorArc);
        return tails == 0 ? 0 : Collect(tails, bytes, readings);
    }

    /// <summary>Every (form, base, tag) entry, in the automaton's byte order; for learning the guesser's rules.</summary>
    /// <remarks>Slow (millions of strings): use offline, never per document.</remarks>
    public IEnumerable<(string Form, string Lemma, string Tag)> Entries()
    {
        var path = new List<byte>(128);
        var stack = new Stack<(int Arc, int Depth)>();
        stack.Push((_automaton.Root, 0));
        while (stack.Count > 0)
        {
            (int arc, int depth) = stack.Pop();
            path.RemoveRange(depth, path.Count - depth);
            path.Add(_automaton.Label(arc));
            if (!_automaton.IsLast(arc))
            {
                stack.Push((_automaton.Next(arc), depth));
            }

            if (_automaton.IsFinal(arc) && Split([.. path]) is { } entry)
            {
                yield return entry;
            }

            int target = _automaton.Target(arc);
            if (target != 0)
            {
                stack.Push((target, depth + 1));
            }
        }
    }

    private (string Form, string Lemma, string Tag)? Split(byte[] sequence)
    {
        int first = Array.IndexOf(sequence, _separator);
        int second = first < 0 ? -1 : Array.IndexOf(sequence, _separator, first + 1);
        if (second < 0)
        {
            return null;
        }

        byte[] form = sequence[..first];
        Span<byte> lemma = stackalloc byte[MaxFormBytes * 2];
        int lemmaLength = DecodeLemma(sequence.AsSpan(first + 1, second - first - 1), form, lemma);
        return lemmaLength < 0
            ? null
            : (Encoding.UTF8.GetString(form), Encoding.UTF8.GetString(lemma[..lemmaLength]), Encoding.UTF8.GetString(sequence.AsSpan(second + 1)));
    }

    /// <summary>Walks every encoded base below <paramref name="node"/> up to its separator, without recursion; the tags
    /// below each separator come whole from <see cref="TagsBelow"/>.</summary>
    private int Collect(int node, ReadOnlySpan<byte> form, ReadingBuffer readings)
    {
        Span<byte> path = stackalloc byte[MaxTailBytes];
        Span<int> arcs = stackalloc int[MaxTailBytes];
        Span<byte> lemma = stackalloc byte[MaxFormBytes * 2];
        int depth = 0;
        int added = 0;
        arcs[0] = node;
        while (depth >= 0)
        {
            int arc = arcs[depth];
            byte label = _automaton.Label(arc);
            path[depth] = label;
            int target = _automaton.Target(arc);
            if (label == _separator)
            {
                if (target != 0)
                {
                    added += Emit(path[..depth], form, lemma, TagsBelow(target), readings);
                }
            }
            else if (target != 0 && depth + 1 < MaxTailBytes)
            {
                arcs[++depth] = target;
                continue;
            }

            // Back up to the nearest arc on the path that has a sibling after it.
            while (depth >= 0 && _automaton.IsLast(arcs[depth]))
            {
                depth--;
            }

            if (depth >= 0)
            {
                arcs[depth] = _automaton.Next(arcs[depth]);
            }
        }

        return added;
    }

    private int Emit(ReadOnlySpan<byte> encodedLemma, ReadOnlySpan<byte> form, Span<byte> lemma, MorphTag[][] tagSets, ReadingBuffer readings)
    {
        int lemmaLength = DecodeLemma(encodedLemma, form, lemma);
        if (lemmaLength < 0 || tagSets.Length == 0)
        {
            return 0;
        }

        Span<char> chars = readings.Reserve(lemmaLength);
        int charCount = Encoding.UTF8.GetChars(lemma[..lemmaLength], chars);
        int added = 0;
        foreach (MorphTag[] tags in tagSets)
        {
            for (int i = 0; i < tags.Length; i++)
            {
                if (added == 0)
                {
                    readings.Add(charCount, tags[i]);
                }
                else
                {
                    readings.AddSameLemma(tags[i]);
                }

                added++;
            }
        }

        return added;
    }

    /// <summary>The tags spelled below a node that follows a base form's separator, parsed once per node.</summary>
    /// <remarks>A minimal automaton shares these nodes between all forms with the same set of tags, so there are few of
    /// them; reading them once per node, not once per lookup, is what makes a lookup cheap. This indexes the dictionary,
    /// not the words looked up.</remarks>
    private MorphTag[][] TagsBelow(int node)
    {
        if (_tagSets.TryGetValue(node, out MorphTag[][]? known))
        {
            return known;
        }

        var sets = new List<MorphTag[]>();
        var path = new List<byte>(64);
        CollectTags(node, path, sets);
        MorphTag[][] parsed = [.. sets];
        _tagSets.TryAdd(node, parsed);
        return parsed;
    }

    private void CollectTags(int node, List<byte> path, List<MorphTag[]> sets)
    {
        for (int arc = node; ; arc = _automaton.Next(arc))
        {
            path.Add(_automaton.Label(arc));
            if (_automaton.IsFinal(arc))
            {
                sets.Add(PolishTags.Of([.. path]));
            }

            int target = _automaton.Target(arc);
            if (target != 0)
            {
                CollectTags(target, path, sets);
            }

            path.RemoveAt(path.Count - 1);
            if (_automaton.IsLast(arc))
            {
                return;
            }
        }
    }

    /// <summary>Decodes an encoded base form against the form's bytes: PREFIX encoder, two bytes say how many bytes to
    /// cut from the form's start and end ('A' = 0); SUFFIX encoder, one byte for the end; the rest is appended.</summary>
    /// <returns>The base form's length in bytes, or -1 when the encoding does not fit the form.</returns>
    private int DecodeLemma(ReadOnlySpan<byte> encoded, ReadOnlySpan<byte> form, Span<byte> lemma)
    {
        int header = _prefixEncoded ? 2 : 1;
        if (encoded.Length < header)
        {
            return -1;
        }

        int cutStart = _prefixEncoded ? (encoded[0] - 'A') & 0xFF : 0;
        int cutEnd = (encoded[header - 1] - 'A') & 0xFF;
        int kept = 0;

        // 255 ('A' - 1) means "drop the whole form": the base shares nothing with it.
        if (cutStart != 255 && cutEnd != 255)
        {
            kept = form.Length - cutStart - cutEnd;
            if (kept < 0)
            {
                return -1;
            }

            form.Slice(cutStart, kept).CopyTo(lemma);
        }

        ReadOnlySpan<byte> appended = encoded[header..];
        if (kept + appended.Length > lemma.Length)
        {
            return -1;
        }

        appended.CopyTo(lemma[kept..]);
        return kept + appended.Length;
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

        return new MorfologikLexicon(ParseAutomaton(dict, source), (byte)separator[0], encoder == "PREFIX", source);
    }

    /// <summary>Reads the automaton in whichever layout its version byte names: CFSA2 (Morfologik 2's default) or FSA5.</summary>
    private static IAutomaton ParseAutomaton(byte[] dict, string source)
    {
        if (dict.Length < 5)
        {
            throw new InvalidDataException($"{source}: too short to be a Morfologik automaton.");
        }

        return dict[4] switch
        {
            Cfsa2Automaton.Version => Cfsa2Automaton.Parse(dict, source),
            Fsa5Automaton.Version => Fsa5Automaton.Parse(dict, source),
            _ => throw new InvalidDataException($"{source}: automaton version 0x{dict[4]:X2} is neither CFSA2 (0xC6) nor FSA5 (0x05)."),
        };
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using Stream stream = entry.Open();
        using var buffer = new MemoryStream(checked((int)entry.Length));
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
