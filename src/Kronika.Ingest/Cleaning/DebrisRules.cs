using System.Collections.Frozen;

namespace Kronika.Ingest.Cleaning;

/// <summary>The debris patterns of <c>Cleaning/Data/debris.*.txt</c>, matched against whole normalised lines.</summary>
/// <remarks>Only lines up to <see cref="MaxLineLength"/> characters are tested: debris is short, and the limit keeps
/// the cost of a pathological line bounded. Rules are bucketed by their first literal character.
/// Immutable; safe from many threads.</remarks>
internal sealed class DebrisRules
{
    /// <summary>Longest line (characters) that may be debris.</summary>
    public const int MaxLineLength = 200;

    private static readonly string[] _files = ["Cleaning/Data/debris.pl.txt", "Cleaning/Data/debris.en.txt"];
    private static readonly Lazy<DebrisRules> _default = new(() => new DebrisRules(Load()));

    private readonly FrozenDictionary<char, DebrisRule[]> _byFirst;
    private readonly DebrisRule[] _wildFirst;

    /// <summary>Builds the matcher over <paramref name="rules"/>, tried in their order.</summary>
    public DebrisRules(IReadOnlyList<DebrisRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
        _byFirst = rules.Where(rule => rule.Pattern[0] is not ('*' or '#'))
            .GroupBy(rule => rule.Pattern[0])
            .ToFrozenDictionary(group => group.Key, group => group.ToArray());
        _wildFirst = [.. rules.Where(rule => rule.Pattern[0] is '*' or '#')];
    }

    /// <summary>The rules of the Polish and English data files.</summary>
    public static DebrisRules Default => _default.Value;

    /// <summary>Every rule in file order.</summary>
    public IReadOnlyList<DebrisRule> Rules { get; }

    /// <summary>The first rule matching <paramref name="line"/> (a normalised line), or null.</summary>
    public DebrisRule? Match(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line.Length > MaxLineLength)
        {
            return null;
        }

        Span<char> folded = stackalloc char[line.Length];
        TextFold.Fold(line, folded);
        DebrisRule? first = null;
        if (_byFirst.TryGetValue(folded[0], out DebrisRule[]? bucket))
        {
            first = FirstMatch(bucket, folded);
        }

        DebrisRule? wild = FirstMatch(_wildFirst, folded);
        if (first is null || wild is null)
        {
            return first ?? wild;
        }

        // Both matched: keep file order, so that the data file decides precedence.
        return IndexOf(first) <= IndexOf(wild) ? first : wild;
    }

    private int IndexOf(DebrisRule rule)
    {
        for (int index = 0; index < Rules.Count; index++)
        {
            if (ReferenceEquals(Rules[index], rule))
            {
                return index;
            }
        }

        return int.MaxValue;
    }

    private static DebrisRule? FirstMatch(DebrisRule[] rules, ReadOnlySpan<char> folded)
    {
        foreach (DebrisRule rule in rules)
        {
            if (GlobPattern.IsMatch(rule.Pattern, folded))
            {
                return rule;
            }
        }

        return null;
    }

    private static List<DebrisRule> Load()
    {
        var rules = new List<DebrisRule>();
        foreach (string file in _files)
        {
            foreach ((int line, string[] columns) in DataFile.Read(file, 3))
            {
                string origin = $"{file}:{line}";
                string pattern = TextFold.Fold(columns[1].Trim());
                if (pattern.Length == 0)
                {
                    throw new InvalidDataException($"{origin}: empty pattern.");
                }

                var rule = new DebrisRule(columns[0].Trim(), pattern, columns[2].Trim(), origin);
                if (rule.IsDateline && (pattern[^1] != '*' || GlobPattern.LiteralPrefix(pattern).Length != pattern.Length - 1))
                {
                    throw new InvalidDataException($"{origin}: a dateline pattern must be a label followed by one '*'.");
                }

                rules.Add(rule);
            }
        }

        return rules;
    }
}
