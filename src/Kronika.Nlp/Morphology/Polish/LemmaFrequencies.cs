using System.Globalization;
using Kronika.Core;

namespace Kronika.Nlp.Morphology.Polish;

/// <summary>How often each Polish base form occurs in running text (<c>Morphology/Polish/Data/lemma-frequencies.tsv</c>,
/// estimated by <see cref="LemmaFrequencyTrainer"/>): tells "Jacek" from "Jack" when "Jacka" could be either.</summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class LemmaFrequencies
{
    /// <summary>The embedded counts.</summary>
    public const string DataFile = "Morphology/Polish/Data/lemma-frequencies.tsv";

    private readonly Dictionary<string, int> _counts;

    private LemmaFrequencies(Dictionary<string, int> counts) => _counts = counts;

    /// <summary>No counts: every base form is equally likely.</summary>
    public static LemmaFrequencies None { get; } = new(new Dictionary<string, int>(StringComparer.Ordinal));

    /// <summary>How many base forms have a count.</summary>
    public int Count => _counts.Count;

    /// <summary>Loads the embedded counts.</summary>
    /// <exception cref="InvalidDataException">When the file is malformed.</exception>
    public static LemmaFrequencies Load()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (DataLine line in DataFiles.Lines(DataFiles.ReadEmbedded(typeof(LemmaFrequencies).Assembly, DataFile), DataFile))
        {
            if (line.Columns.Length != 2 || !int.TryParse(line.Columns[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count))
            {
                throw new InvalidDataException($"{line.Where}: expected 'base form, count'.");
            }

            counts[line.Columns[0]] = count;
        }

        return new LemmaFrequencies(counts);
    }

    /// <summary>The estimated count of <paramref name="lemma"/>; 0 when it was not seen.</summary>
    public int Of(string lemma)
    {
        ArgumentNullException.ThrowIfNull(lemma);
        return _counts.GetValueOrDefault(lemma);
    }
}
