using System.Globalization;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Morphology.Polish;

/// <summary>Estimates how often each base form occurs in a corpus of plain tokens, with no tagging: every token's count
/// is shared among the base forms its dictionary readings offer, in proportion to their current estimates, and the
/// estimates are recomputed (expectation-maximisation). Forms that are unambiguous ("Krzysztof", "Jacek") settle the
/// ambiguous ones ("Krzysztofa", "Jacka").</summary>
/// <remarks>Reproduces <c>Morphology/Polish/Data/lemma-frequencies.tsv</c> from the NKJP corpus's tokens:
/// <c>kronika train lemma-frequencies</c>. Only the tokens are read, never a corpus's own lemmas or tags.</remarks>
public static class LemmaFrequencyTrainer
{
    /// <summary>Base forms estimated to occur fewer times than this are not written.</summary>
    public const double MinimumCount = 1;

    /// <summary>Writes the estimated count of every base form to <paramref name="output"/>, most frequent first.</summary>
    /// <param name="analyzer">Gives each token's dictionary readings (as written and recased; no guesses).</param>
    /// <param name="tokens">The corpus's tokens in any order.</param>
    /// <param name="output">Where the counts go.</param>
    /// <param name="source">Named in the file's header.</param>
    /// <param name="iterations">Rounds of re-estimation.</param>
    /// <returns>How many base forms were written.</returns>
    public static int Train(PolishAnalyzer analyzer, IEnumerable<string> tokens, TextWriter output, string source, int iterations = 10)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(output);
        var typeCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        long tokenCount = 0;
        foreach (string token in tokens)
        {
            tokenCount++;
            typeCounts[token] = typeCounts.GetValueOrDefault(token) + 1;
        }

        var types = new List<(int Count, string[] Lemmas)>();
        foreach ((string token, int count) in typeCounts)
        {
            string[] lemmas = [.. analyzer.Analyze(token)
                .Where(reading => reading.Source is AnalysisSource.Dictionary or AnalysisSource.DictionaryRecased)
                .Select(reading => reading.Lemma).Distinct(StringComparer.Ordinal)];
            if (lemmas.Length > 0)
            {
                types.Add((count, lemmas));
            }
        }

        var estimate = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach ((_, string[] lemmas) in types)
        {
            foreach (string lemma in lemmas)
            {
                estimate[lemma] = 1;
            }
        }

        for (int round = 0; round < iterations; round++)
        {
            var next = new Dictionary<string, double>(estimate.Count, StringComparer.Ordinal);
            foreach ((int count, string[] lemmas) in types)
            {
                double total = 0;
                foreach (string lemma in lemmas)
                {
                    total += estimate[lemma];
                }

                foreach (string lemma in lemmas)
                {
                    next[lemma] = next.GetValueOrDefault(lemma) + (count * estimate[lemma] / total);
                }
            }

            estimate = next;
        }

        var kept = estimate.Where(entry => entry.Value >= MinimumCount)
            .OrderByDescending(entry => Math.Round(entry.Value)).ThenBy(entry => entry.Key, StringComparer.Ordinal).ToList();
        output.Write($"# How often each Polish base form occurs in {source} ({tokenCount.ToString(CultureInfo.InvariantCulture)} tokens), estimated by\n");
        output.Write("# 'kronika train lemma-frequencies' from the tokens alone (shared among each token's PoliMorf readings, re-estimated).\n");
        output.Write("# Written for Kronika: counts only, no text of the corpus. Columns: base form, estimated count.\n");
        foreach ((string lemma, double count) in kept)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"{lemma}\t{Math.Round(count):0}\n"));
        }

        return kept.Count;
    }
}
