using System.Collections.Frozen;
using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Events.Polish;

/// <summary>The Polish event patterns indexed by trigger lemma, and the words the finder's rules read (modal, denial,
/// expectation and support verbs): the reviewed data files in <c>Events/Polish/Data/</c>.</summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class PolishLexicon
{
    /// <summary>The pattern file.</summary>
    public const string PatternFile = "Events/Polish/Data/patterns.pl.tsv";

    /// <summary>The cue-word file.</summary>
    public const string CueFile = "Events/Polish/Data/cues.pl.tsv";

    private static readonly string[] _cueKinds = ["modal", "expect", "deny", "support", "occur", "condition", "report"];

    private PolishLexicon(ImmutableArray<PolishPattern> patterns, FrozenDictionary<string, ImmutableArray<PolishPattern>> byLemma, FrozenDictionary<string, string> cues)
    {
        Patterns = patterns;
        ByLemma = byLemma;
        Cues = cues;
    }

    /// <summary>Every pattern, in file order.</summary>
    public ImmutableArray<PolishPattern> Patterns { get; }

    /// <summary>Patterns by trigger lemma; within one lemma, the more specific first (a reflexive or a companion word).</summary>
    public FrozenDictionary<string, ImmutableArray<PolishPattern>> ByLemma { get; }

    /// <summary>Cue words by lower-case lemma: modal, expect, deny, support, occur, condition or report.</summary>
    public FrozenDictionary<string, string> Cues { get; }

    /// <summary>Loads the embedded data files.</summary>
    /// <exception cref="InvalidDataException">When a line is malformed; the message names file and line.</exception>
    public static PolishLexicon Load() => Parse(
        DataFiles.ReadEmbedded(typeof(PolishLexicon).Assembly, PatternFile),
        DataFiles.ReadEmbedded(typeof(PolishLexicon).Assembly, CueFile));

    /// <summary>Reads a pattern file and a cue file from their text.</summary>
    /// <exception cref="InvalidDataException">When a line is malformed; the message names file and line.</exception>
    public static PolishLexicon Parse(string patternText, string cueText)
    {
        var patterns = new List<PolishPattern>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (DataLine line in DataFiles.Lines(patternText, PatternFile))
        {
            PolishPattern pattern = ParsePattern(line);
            if (!ids.Add(pattern.Id))
            {
                throw new InvalidDataException($"{line.Where}: pattern id '{pattern.Id}' is listed twice.");
            }

            patterns.Add(pattern);
        }

        var cues = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DataLine line in DataFiles.Lines(cueText, CueFile))
        {
            if (line.Columns.Length != 2 || line.Columns[0].Length == 0 || !_cueKinds.Contains(line.Columns[1])
                || !string.Equals(line.Columns[0], line.Columns[0].ToLowerInvariant(), StringComparison.Ordinal) || !cues.TryAdd(line.Columns[0], line.Columns[1]))
            {
                throw new InvalidDataException($"{line.Where}: expected 'lower-case lemma, {string.Join('|', _cueKinds)}' with a lemma not listed before.");
            }
        }

        FrozenDictionary<string, ImmutableArray<PolishPattern>> byLemma = patterns
            .GroupBy(pattern => pattern.Lemma, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.OrderByDescending(Specificity).ToImmutableArray(), StringComparer.Ordinal);
        return new PolishLexicon([.. patterns], byLemma, cues.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static int Specificity(PolishPattern pattern) => (pattern.Reflexive ? 1 : 0) + (pattern.Companions.Count > 0 ? 2 : 0);

    private static PolishPattern ParsePattern(DataLine line)
    {
        string[] columns = line.Columns;
        if (columns.Length != 10)
        {
            throw new InvalidDataException($"{line.Where}: expected 10 columns (id, trigger, pos, frame, type, cameo, mode, context, confidence, example), found {columns.Length}.");
        }

        string[] trigger = columns[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (trigger.Length == 0 || !string.Equals(trigger[0], trigger[0].ToLowerInvariant(), StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{line.Where}: the trigger must start with a lower-case lemma.");
        }

        bool reflexive = false;
        var companions = new HashSet<string>(StringComparer.Ordinal);
        foreach (string part in trigger.Skip(1))
        {
            if (part == "się")
            {
                reflexive = true;
            }
            else if (part.StartsWith('+') && part.Length > 1)
            {
                companions.UnionWith(part[1..].Split('|', StringSplitOptions.RemoveEmptyEntries));
            }
            else
            {
                throw new InvalidDataException($"{line.Where}: trigger part '{part}' is neither 'się' nor '+lemma|lemma'.");
            }
        }

        if (columns[2] is not ("v" or "n"))
        {
            throw new InvalidDataException($"{line.Where}: pos must be v or n.");
        }

        var slots = new List<FrameSlot>();
        bool reciprocal = false;
        foreach (string part in columns[3].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "recip")
            {
                reciprocal = true;
                continue;
            }

            slots.Add(ParseSlot(part) ?? throw new InvalidDataException($"{line.Where}: frame slot '{part}' is not ROLE:MARKER (S, T or T! : nom, gen, dat, acc, inst, loc, prep+case, ust, content)."));
        }

        if (columns[4].Length == 0 || columns[5].Length == 0 || !columns[5].All(char.IsAsciiDigit))
        {
            throw new InvalidDataException($"{line.Where}: type and a numeric CAMEO code are required.");
        }

        if (!double.TryParse(columns[8], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double confidence) || confidence is <= 0 or > 1)
        {
            throw new InvalidDataException($"{line.Where}: confidence must be a number in (0, 1].");
        }

        if (!columns[9].Contains("[S ", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{line.Where}: the example must mark its source with [S ...].");
        }

        return new PolishPattern(columns[0], trigger[0], reflexive, companions.ToFrozenSet(StringComparer.Ordinal), columns[2] == "v", [.. slots], reciprocal,
            columns[4], columns[5], columns[6].Length == 0 ? null : columns[6], columns[7].Length == 0 ? null : columns[7], confidence, columns[9]);
    }

    private static FrameSlot? ParseSlot(string part)
    {
        int colon = part.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }

        string role = part[..colon];
        string marker = part[(colon + 1)..];
        if (role is not ("S" or "T" or "T!"))
        {
            return null;
        }

        SlotRole slotRole = role == "S" ? SlotRole.Source : SlotRole.Target;
        bool required = role == "T!";
        if (marker is "ust" or "content")
        {
            return new FrameSlot(slotRole, null, GrammaticalCase.None, marker, required);
        }

        int plus = marker.IndexOf('+', StringComparison.Ordinal);
        string? preposition = plus < 0 ? null : marker[..plus];
        GrammaticalCase grammaticalCase = CaseOf(plus < 0 ? marker : marker[(plus + 1)..]);
        return grammaticalCase == GrammaticalCase.None || preposition is { Length: 0 } ? null : new FrameSlot(slotRole, preposition, grammaticalCase, null, required);
    }

    private static GrammaticalCase CaseOf(string name) => name switch
    {
        "nom" => GrammaticalCase.Nominative,
        "gen" => GrammaticalCase.Genitive,
        "dat" => GrammaticalCase.Dative,
        "acc" => GrammaticalCase.Accusative,
        "inst" => GrammaticalCase.Instrumental,
        "loc" => GrammaticalCase.Locative,
        _ => GrammaticalCase.None,
    };
}
