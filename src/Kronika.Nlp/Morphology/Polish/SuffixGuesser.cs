using System.Globalization;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Morphology.Polish;

/// <summary>Guesses base forms and tags of capitalised words the dictionary lacks (foreign surnames, transliterated
/// names: "Prigożyna" → "Prigożyn", "Zełenskiemu" → "Zełenski"), by suffix rules learned from the dictionary's own
/// proper-noun paradigms (<see cref="SuffixGuesserTrainer"/>).</summary>
/// <remarks>Every suffix of the word up to <see cref="MaxSuffix"/> characters has its say, the longer ones refining the
/// shorter (interpolated with <see cref="Smoothing"/>); a reading's confidence is its share of the evidence. The word
/// itself as an uninflected nominative is always offered last, so that context can keep "Szojgu" as it is.
/// Immutable; thread-safe.</remarks>
public sealed class SuffixGuesser
{
    /// <summary>The embedded rules for capitalised words (names).</summary>
    public const string ProperNounsFile = "Morphology/Polish/Data/guesser-proper.tsv";

    /// <summary>The embedded rules for lower-case words (common nouns the dictionary lacks: "brexitu", "koronawirusa").</summary>
    public const string CommonNounsFile = "Morphology/Polish/Data/guesser-common.tsv";

    /// <summary>A suffix must have been seen with at least this many base forms for the trainer to keep its rules.</summary>
    public const int MinimumEvidence = 3;

    /// <summary>How many base forms' worth of weight a shorter suffix's estimate has against a longer suffix's evidence.</summary>
    public const double Smoothing = 30;

    /// <summary>Readings less likely than this are not proposed.</summary>
    public const double MinimumConfidence = 0.01;

    /// <summary>Confidence of the fallback reading "the word is its own, uninflected base form".</summary>
    public const float UninflectedConfidence = 0.3f;

    /// <summary>The tag of the fallback reading: a noun in any case and gender.</summary>
    public static MorphTag Uninflected { get; } = PolishTags.Parse("subst:sg:nom.gen.dat.acc.inst.loc.voc:m1.m2.m3.f.n");

    private readonly Dictionary<string, GuessRule[]> _rules;
    private readonly Dictionary<string, GuessRule[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private SuffixGuesser(Dictionary<string, GuessRule[]> rules)
    {
        _rules = rules;
        _lookup = rules.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Longest suffix the rules are keyed by, in characters.</summary>
    public const int MaxSuffix = 6;

    /// <summary>How many suffixes have rules.</summary>
    public int SuffixCount => _rules.Count;

    /// <summary>Loads embedded rules: <see cref="ProperNounsFile"/> or <see cref="CommonNounsFile"/>.</summary>
    /// <exception cref="InvalidDataException">When the data file is missing or malformed.</exception>
    public static SuffixGuesser Load(string dataFile = ProperNounsFile) => Parse(DataFiles.ReadEmbedded(typeof(SuffixGuesser).Assembly, dataFile), dataFile);

    /// <summary>Reads rules in the format <see cref="SuffixGuesserTrainer"/> writes.</summary>
    /// <exception cref="InvalidDataException">When a line is malformed.</exception>
    public static SuffixGuesser Parse(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tags = new Dictionary<string, MorphTag[]>(StringComparer.Ordinal);
        var rules = new Dictionary<string, List<GuessRule>>(StringComparer.Ordinal);
        foreach (DataLine line in DataFiles.Lines(text, name))
        {
            string[] columns = line.Columns;
            if (columns.Length == 3 && columns[0] == "T")
            {
                tags[columns[1]] = [.. columns[2].Split('+').Select(PolishTags.Parse)];
                continue;
            }

            if (columns.Length != 5 || !int.TryParse(columns[1], NumberStyles.None, CultureInfo.InvariantCulture, out int cut)
                || !int.TryParse(columns[4], NumberStyles.None, CultureInfo.InvariantCulture, out int lemmas)
                || !tags.TryGetValue(columns[3], out MorphTag[]? ruleTags))
            {
                throw new InvalidDataException($"{line.Where}: expected 'suffix, cut, append, tag id, count' or 'T, id, tag'.");
            }

            if (!rules.TryGetValue(columns[0], out List<GuessRule>? list))
            {
                rules[columns[0]] = list = [];
            }

            list.Add(new GuessRule(cut, columns[2] == "-" ? string.Empty : columns[2], ruleTags, lemmas));
        }

        var frozen = new Dictionary<string, GuessRule[]>(rules.Count, StringComparer.Ordinal);
        foreach ((string suffix, List<GuessRule> list) in rules)
        {
            frozen[suffix] = [.. list.OrderByDescending(rule => rule.Lemmas)];
        }

        return new SuffixGuesser(frozen);
    }

    private static bool Allows(GuessRule rule, Func<MorphTag, bool>? allowed)
    {
        if (allowed is null)
        {
            return true;
        }

        foreach (MorphTag tag in rule.Tags)
        {
            if (allowed(tag))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds the guessed readings of <paramref name="word"/> to <paramref name="output"/>, most likely first.</summary>
    /// <param name="word">The word, capitalised as in the text.</param>
    /// <param name="output">Where the readings go.</param>
    /// <param name="allowed">Which readings may be proposed (a person's name: a man's or a woman's, singular); the
    /// evidence for a suffix counts only these, so the guesser backs off to a shorter suffix when a long one knows
    /// none of them. Null allows all.</param>
    /// <param name="uninflectedConfidence">The confidence of the fallback reading (the word as its own, uninflected base
    /// form); <see cref="UninflectedConfidence"/> by default.</param>
    /// <returns>How many readings were added (at least one: the uninflected fallback).</returns>
    public int Guess(string word, List<Analysis> output, Func<MorphTag, bool>? allowed = null, float uninflectedConfidence = UninflectedConfidence)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(output);
        int before = output.Count;

        // Suffixes from the shortest to the longest: each longer one refines what the shorter said, weighing its own
        // evidence against Smoothing base forms' worth of the shorter suffix's estimate (so "-acka", seen with a few
        // women's surnames, does not silence what "-a" says of men's genitives). Confidences are shares of all the
        // evidence, so that filtering never makes a rare reading look certain.
        var estimate = new Dictionary<(int Cut, string Append, MorphTag[] Tags), double>();
        for (int length = 1; length <= Math.Min(word.Length - 1, MaxSuffix); length++)
        {
            if (!_lookup.TryGetValue(word.AsSpan(word.Length - length), out GuessRule[]? rules))
            {
                continue;
            }

            int total = 0;
            int allowedTotal = 0;
            foreach (GuessRule rule in rules)
            {
                total += rule.Lemmas;
                allowedTotal += Allows(rule, allowed) ? rule.Lemmas : 0;
            }

            if (allowedTotal == 0)
            {
                continue;
            }

            var refined = new Dictionary<(int Cut, string Append, MorphTag[] Tags), double>(estimate.Count + rules.Length);
            foreach (((int Cut, string Append, MorphTag[] Tags) key, double share) in estimate)
            {
                refined[key] = Smoothing * share / (total + Smoothing);
            }

            foreach (GuessRule rule in rules)
            {
                if (Allows(rule, allowed))
                {
                    var key = (rule.Cut, rule.Append, rule.Tags);
                    refined[key] = refined.GetValueOrDefault(key) + ((double)rule.Lemmas / (total + Smoothing));
                }
            }

            estimate = refined;
        }

        // Several rules can give one reading (cut nothing, or cut and re-append the same letters): their shares add up.
        var readings = new Dictionary<(string Lemma, MorphTag Tag), double>();
        foreach (((int cut, string append, MorphTag[] tags), double share) in estimate)
        {
            if (cut >= word.Length)
            {
                continue;
            }

            string lemma = string.Concat(word.AsSpan(0, word.Length - cut), append);
            foreach (MorphTag tag in tags)
            {
                if (allowed is null || allowed(tag))
                {
                    readings[(lemma, tag)] = readings.GetValueOrDefault((lemma, tag)) + share;
                }
            }
        }

        foreach (((string lemma, MorphTag tag), double share) in readings.OrderByDescending(reading => reading.Value).ThenBy(reading => reading.Key.Lemma, StringComparer.Ordinal))
        {
            if (share >= MinimumConfidence)
            {
                output.Add(new Analysis(lemma, tag, AnalysisSource.Guesser, (float)Math.Min(1, share)));
            }
        }

        output.Add(new Analysis(word, Uninflected, AnalysisSource.Guesser, uninflectedConfidence));
        return output.Count - before;
    }
}
