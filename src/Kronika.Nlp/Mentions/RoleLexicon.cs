using System.Collections.Frozen;
using Kronika.Core;

namespace Kronika.Nlp.Mentions;

/// <summary>What a word of <c>Mentions/Data/roles.pl.tsv</c> is.</summary>
internal enum RoleWordKind
{
    /// <summary>An office (the knowledge base's role codes say which).</summary>
    Office,

    /// <summary>Any politician: linked only to the one person of that country the document names.</summary>
    Politician,

    /// <summary>A word before the office that belongs to the phrase ("samozwańczy").</summary>
    Modifier,

    /// <summary>A word that makes the phrase name someone else than the holder ("były").</summary>
    Former,
}

/// <summary>One phrase of the role lexicon: its first word as a lemma, the rest as written, and what it names.</summary>
/// <param name="Head">The first word's lemma, lower case.</param>
/// <param name="Rest">The words after it, lower case (matched as written or by lemma).</param>
/// <param name="Kind">What the phrase is.</param>
/// <param name="Titles">The knowledge base's role codes for an office, most likely first; empty otherwise.</param>
internal sealed record RolePhrase(string Head, string[] Rest, RoleWordKind Kind, string[] Titles);

/// <summary>The Polish role lexicon (<c>Mentions/Data/roles.pl.tsv</c>): offices that stand for their holder, modifiers
/// and words that mark a former holder. Immutable; thread-safe.</summary>
internal sealed class RoleLexicon
{
    /// <summary>The embedded data file.</summary>
    public const string PolishFile = "Mentions/Data/roles.pl.tsv";

    private static readonly Lazy<RoleLexicon> _polish = new(() => Load(DataFiles.ReadEmbedded(typeof(RoleLexicon).Assembly, PolishFile), PolishFile));

    private RoleLexicon(FrozenDictionary<string, RolePhrase[]> byHead) => ByHead = byHead;

    /// <summary>The lexicon's phrases by their first word's lemma, longest first.</summary>
    public FrozenDictionary<string, RolePhrase[]> ByHead { get; }

    /// <summary>The Polish lexicon, loaded once.</summary>
    public static RoleLexicon Polish => _polish.Value;

    /// <summary>Reads a lexicon from the text of its data file.</summary>
    /// <exception cref="InvalidDataException">A line is malformed; the message names the file and line.</exception>
    internal static RoleLexicon Load(string content, string fileName)
    {
        var byHead = new Dictionary<string, List<RolePhrase>>(StringComparer.Ordinal);
        foreach (DataLine line in DataFiles.Lines(content, fileName))
        {
            string[] words = line.Columns.Length == 2 ? line.Columns[0].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            string what = line.Columns.Length == 2 ? line.Columns[1] : "";
            if (words.Length == 0 || what.Length == 0)
            {
                throw new InvalidDataException($"{line.Where}: expected 'phrase, what'.");
            }

            (RoleWordKind kind, string[] titles) = what switch
            {
                "politician" => (RoleWordKind.Politician, Array.Empty<string>()),
                "modifier" => (RoleWordKind.Modifier, Array.Empty<string>()),
                "former" => (RoleWordKind.Former, Array.Empty<string>()),
                _ => (RoleWordKind.Office, what.Split('|')),
            };
            if (kind != RoleWordKind.Office && words.Length > 1)
            {
                throw new InvalidDataException($"{line.Where}: a {what} is one word.");
            }

            string head = words[0].ToLowerInvariant();
            if (!byHead.TryGetValue(head, out List<RolePhrase>? list))
            {
                byHead[head] = list = [];
            }

            list.Add(new RolePhrase(head, [.. words.Skip(1).Select(word => word.ToLowerInvariant())], kind, titles));
        }

        return new RoleLexicon(byHead.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.OrderByDescending(phrase => phrase.Rest.Length).ToArray(), StringComparer.Ordinal));
    }
}
