using System.Globalization;
using System.Text;

namespace Kronika.Nlp.Morphology.English;

/// <summary>The lemmas and irregular forms of Princeton WordNet 3.0, read from Debian's <c>wordnet-base</c> files
/// (<c>index.noun|verb|adj|adv</c> and <c>noun|verb|adj|adv.exc</c>), with how often each lemma was seen in WordNet's
/// sense-tagged texts.</summary>
/// <remarks>Immutable after loading; thread-safe.</remarks>
public sealed class WordNetLexicon
{
    /// <summary>Where Debian's package <c>wordnet-base</c> puts the files.</summary>
    public const string DebianFolder = "/usr/share/wordnet";

    /// <summary>The environment variable that names another folder with the same files.</summary>
    public const string EnvironmentVariable = "KRONIKA_WORDNET";

    private static readonly string[] _parts = ["noun", "verb", "adj", "adv"];

    private readonly Dictionary<string, int>[] _lemmas;
    private readonly Dictionary<string, string[]>[] _exceptions;

    private WordNetLexicon(Dictionary<string, int>[] lemmas, Dictionary<string, string[]>[] exceptions, string folder)
    {
        _lemmas = lemmas;
        _exceptions = exceptions;
        Folder = folder;
    }

    /// <summary>The folder the files were read from.</summary>
    public string Folder { get; }

    /// <summary>The folder named by <c>KRONIKA_WORDNET</c>, else Debian's.</summary>
    /// <exception cref="FileNotFoundException">When the files are missing; the message says how to install them.</exception>
    public static WordNetLexicon LoadDefault()
    {
        string? configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return Load(string.IsNullOrWhiteSpace(configured) ? DebianFolder : configured);
    }

    /// <summary>Reads the index and exception files of <paramref name="folder"/>.</summary>
    /// <exception cref="FileNotFoundException">When a file is missing; the message says how to install them.</exception>
    /// <exception cref="InvalidDataException">When an index line is malformed.</exception>
    public static WordNetLexicon Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var lemmas = new Dictionary<string, int>[_parts.Length];
        var exceptions = new Dictionary<string, string[]>[_parts.Length];
        for (int part = 0; part < _parts.Length; part++)
        {
            lemmas[part] = ReadIndex(Required(folder, "index." + _parts[part]));
            exceptions[part] = ReadExceptions(Required(folder, _parts[part] + ".exc"));
        }

        return new WordNetLexicon(lemmas, exceptions, folder);
    }

    /// <summary>True when WordNet has <paramref name="lemma"/> (lower case, words joined by '_') in <paramref name="part"/>.</summary>
    public bool Has(WordNetPart part, string lemma) => _lemmas[(int)part].ContainsKey(lemma);

    /// <summary>True when WordNet has <paramref name="word"/> (lower case) as a lemma of any part of speech.</summary>
    public bool Knows(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (Dictionary<string, int> lemmas in _lemmas)
        {
            if (lemmas.ContainsKey(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How often <paramref name="lemma"/> was seen in <paramref name="part"/> in WordNet's sense-tagged texts (0 when never or unknown).</summary>
    public int Frequency(WordNetPart part, string lemma) => _lemmas[(int)part].GetValueOrDefault(lemma);

    /// <summary>The base forms WordNet lists for the irregular form <paramref name="form"/> in <paramref name="part"/>, or none.</summary>
    public IReadOnlyList<string> Irregular(WordNetPart part, string form) =>
        _exceptions[(int)part].TryGetValue(form, out string[]? bases) ? bases : [];

    private static string Required(string folder, string file)
    {
        string path = Path.Combine(folder, file);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException(
                $"The English WordNet file '{path}' was not found. Install it with 'apt-get install wordnet-base' (or run scripts/setup.sh as root), "
                + $"or set {EnvironmentVariable} to a folder with WordNet 3.0's index.* and *.exc files.", path);
    }

    /// <summary>Index lines: <c>lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...</c>;
    /// lines starting with two spaces are the licence.</summary>
    private static Dictionary<string, int> ReadIndex(string path)
    {
        var lemmas = new Dictionary<string, int>(StringComparer.Ordinal);
        int number = 0;
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (line.Length == 0 || line[0] == ' ')
            {
                continue;
            }

            string[] fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 6 || !int.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out int pointers)
                || fields.Length < 6 + pointers || !int.TryParse(fields[5 + pointers], NumberStyles.None, CultureInfo.InvariantCulture, out int tagged))
            {
                throw new InvalidDataException($"{path}:{number}: not a WordNet index line.");
            }

            lemmas[fields[0]] = tagged;
        }

        return lemmas;
    }

    private static Dictionary<string, string[]> ReadExceptions(string path)
    {
        var exceptions = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            string[] fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 2)
            {
                exceptions[fields[0]] = fields[1..];
            }
        }

        return exceptions;
    }
}
