using System.Collections.Frozen;
using Kronika.Core;

namespace Kronika.Nlp.Mentions.Agents;

/// <summary>One agent noun: the sector of actor it names and its base form for keys and names.</summary>
/// <param name="Sector">"government", "police", "protesters"…, as the data files list them.</param>
/// <param name="Base">The head's base form ("poseł" for "posłowie").</param>
internal sealed record AgentWord(string Sector, string Base);

/// <summary>The agent nouns of one language (<c>Mentions/Agents/Data/agents.*.tsv</c>) by lower-cased lemma or form.
/// Immutable; thread-safe.</summary>
internal sealed class AgentLexicon
{
    private static readonly Lazy<AgentLexicon> _polish = new(() => Load("pl"));
    private static readonly Lazy<AgentLexicon> _english = new(() => Load("en"));

    /// <summary>Sectors whose agent with a state acts for that state, as PLOVER codes a government's police.</summary>
    private static readonly FrozenSet<string> _stateSectors = FrozenSet.Create(StringComparer.Ordinal, "government", "legislature", "military", "police", "officials");

    private readonly FrozenDictionary<string, AgentWord> _words;

    private AgentLexicon(FrozenDictionary<string, AgentWord> words) => _words = words;

    /// <summary>The Polish lexicon, loaded once.</summary>
    public static AgentLexicon Polish => _polish.Value;

    /// <summary>The English lexicon, loaded once.</summary>
    public static AgentLexicon English => _english.Value;

    /// <summary>The agent word for a lemma or written form, any case; null when it names no agent.</summary>
    public AgentWord? Find(string word) => _words.GetValueOrDefault(word.ToLowerInvariant());

    /// <summary>Whether an agent of <paramref name="sector"/> with a state stands for the state itself.</summary>
    public static bool ActsForState(string sector) => _stateSectors.Contains(sector);

    /// <summary>Reads a lexicon from the text of its data file.</summary>
    /// <exception cref="InvalidDataException">A line is malformed; the message names the file and line.</exception>
    internal static AgentLexicon Parse(string content, string fileName)
    {
        var words = new Dictionary<string, AgentWord>(StringComparer.Ordinal);
        foreach (DataLine line in DataFiles.Lines(content, fileName))
        {
            if (line.Columns.Length is < 2 or > 3 || line.Columns.Any(static column => column.Length == 0 || column.Contains(' ', StringComparison.Ordinal)))
            {
                throw new InvalidDataException($"{line.Where}: expected 'word, sector[, base]', one word each.");
            }

            string word = line.Columns[0].ToLowerInvariant();
            if (!words.TryAdd(word, new AgentWord(line.Columns[1], line.Columns.Length == 3 ? line.Columns[2] : word)))
            {
                throw new InvalidDataException($"{line.Where}: '{word}' is listed twice.");
            }
        }

        return new AgentLexicon(words.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static AgentLexicon Load(string language)
    {
        string file = $"Mentions/Agents/Data/agents.{language}.tsv";
        return Parse(DataFiles.ReadEmbedded(typeof(AgentLexicon).Assembly, file), file);
    }
}
