using System.Globalization;

namespace Kronika.Nlp.Morphology.Polish;

/// <summary>Learns the <see cref="SuffixGuesser"/>'s rules from a dictionary: for every noun form of a capitalised base
/// form, the edit from form to base (cut characters from the end, append others) and its tags, counted once per base form
/// under every suffix of the form from the edit's length up to <see cref="SuffixGuesser.MaxSuffix"/> characters.</summary>
/// <remarks>Reproduces the guesser's data files: <c>kronika train guesser</c>. Deterministic: the output is
/// sorted. Takes about half a minute and a few hundred megabytes on PoliMorf.</remarks>
public static class SuffixGuesserTrainer
{
    /// <summary>A rule for proper nouns must have been seen with at least this many base forms to be kept.</summary>
    public const int MinimumRuleLemmas = 2;

    /// <summary>The same for common nouns, which are many more: rarer rules add size, not accuracy.</summary>
    public const int MinimumCommonRuleLemmas = 5;

    /// <summary>Writes the rules learned from <paramref name="lexicon"/> to <paramref name="output"/>.</summary>
    /// <param name="lexicon">The dictionary to learn from.</param>
    /// <param name="output">Where the rules go.</param>
    /// <param name="properNouns">True to learn from capitalised nouns (names: <see cref="SuffixGuesser.ProperNounsFile"/>); false to
    /// learn from lower-case nouns (<see cref="SuffixGuesser.CommonNounsFile"/>: "brexitu" → "brexit").</param>
    /// <returns>How many rules were written.</returns>
    public static int Train(MorfologikLexicon lexicon, TextWriter output, bool properNouns)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(output);
        var lemmasPerRule = new Dictionary<(string Suffix, int Cut, string Append, string Tag), int>();
        var seen = new HashSet<(string Suffix, int Cut, string Append, string Tag, string Lemma)>();
        foreach ((string form, string lemma, string tag) in lexicon.Entries())
        {
            if (!tag.StartsWith("subst", StringComparison.Ordinal) || form.Length < 2 || char.IsUpper(lemma[0]) != properNouns || char.IsUpper(form[0]) != properNouns)
            {
                continue;
            }

            int common = CommonPrefix(form, lemma);
            if (common == 0)
            {
                continue;
            }

            int cut = form.Length - common;
            string append = lemma[common..];
            for (int length = Math.Max(cut, 1); length <= Math.Min(form.Length - 1, SuffixGuesser.MaxSuffix); length++)
            {
                string suffix = form[^length..];
                if (seen.Add((suffix, cut, append, tag, lemma)))
                {
                    var key = (suffix, cut, append, tag);
                    lemmasPerRule[key] = lemmasPerRule.GetValueOrDefault(key) + 1;
                }
            }
        }

        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (((string suffix, _, _, _), int count) in lemmasPerRule)
        {
            totals[suffix] = totals.GetValueOrDefault(suffix) + count;
        }

        var kept = lemmasPerRule
            .Where(rule => rule.Value >= (properNouns ? MinimumRuleLemmas : MinimumCommonRuleLemmas) && totals[rule.Key.Suffix] >= SuffixGuesser.MinimumEvidence)
            .OrderBy(rule => rule.Key.Suffix, StringComparer.Ordinal).ThenByDescending(rule => rule.Value)
            .ThenBy(rule => rule.Key.Cut).ThenBy(rule => rule.Key.Append, StringComparer.Ordinal).ThenBy(rule => rule.Key.Tag, StringComparer.Ordinal)
            .ToList();
        var tagIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string tag in kept.Select(rule => rule.Key.Tag).Distinct().Order(StringComparer.Ordinal))
        {
            tagIds[tag] = tagIds.Count;
        }

        output.Write(properNouns ? "# Suffix rules of Kronika's guesser for Polish proper nouns" : "# Suffix rules of Kronika's guesser for Polish common nouns");
        output.Write(", learned by 'kronika train guesser' from ");
        output.Write(Path.GetFileName(lexicon.Source));
        output.Write(" (PoliMorf, BSD licence).\n# Written for Kronika. 'T id tag' lines name tags; rule lines: suffix, cut, append ('-' for none), tag id, base forms seen.\n");
        foreach ((string tag, int id) in tagIds)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"T\t{id}\t{tag}\n"));
        }

        foreach (((string suffix, int cut, string append, string tag), int count) in kept)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"{suffix}\t{cut}\t{(append.Length == 0 ? "-" : append)}\t{tagIds[tag]}\t{count}\n"));
        }

        return kept.Count;
    }

    private static int CommonPrefix(string a, string b)
    {
        int length = 0;
        while (length < a.Length && length < b.Length && a[length] == b[length])
        {
            length++;
        }

        return length;
    }
}
