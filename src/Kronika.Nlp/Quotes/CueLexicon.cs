using System.Collections.Frozen;
using Kronika.Core;

namespace Kronika.Nlp.Quotes;

/// <summary>A speech or cognition verb: its family and whether its subject may follow it.</summary>
/// <param name="Family">The family in the data file ("say", "warn", "think", "according").</param>
/// <param name="Inversion">True when the speaker may follow the verb in a trailing attribution ("..., said Trump";
/// Polish "– stwierdził prezydent"); false when the word after it is its object ("told reporters").</param>
public sealed record Cue(string Family, bool Inversion);

/// <summary>The cue verbs of both languages and the Polish discourse words that may stand between a subject and its verb:
/// the reviewed data files in <c>Quotes/Data/</c>.</summary>
/// <remarks>Polish cues are lemmas (the morphology layer maps "podkreśliła" to "podkreślić"); English cues are inflected
/// forms, matched lower-cased. Immutable; thread-safe.</remarks>
public sealed class CueLexicon
{
    /// <summary>Polish cue lemmas.</summary>
    public const string PolishFile = "Quotes/Data/cues.pl.tsv";

    /// <summary>English cue forms.</summary>
    public const string EnglishFile = "Quotes/Data/cues.en.tsv";

    /// <summary>Polish discourse words and pairs.</summary>
    public const string DiscourseFile = "Quotes/Data/discourse.pl.txt";

    private CueLexicon(FrozenDictionary<string, Cue> polish, FrozenDictionary<string, Cue> english, FrozenSet<string> discourse)
    {
        PolishLemmas = polish;
        EnglishForms = english;
        PolishDiscourse = discourse;
    }

    /// <summary>Polish cues by lemma.</summary>
    public FrozenDictionary<string, Cue> PolishLemmas { get; }

    /// <summary>English cues by lower-case form.</summary>
    public FrozenDictionary<string, Cue> EnglishForms { get; }

    /// <summary>Polish discourse words ("także") and pairs ("z kolei", one space between), lower case.</summary>
    public FrozenSet<string> PolishDiscourse { get; }

    /// <summary>Loads the embedded data files.</summary>
    /// <exception cref="InvalidDataException">When a file is missing or a line is malformed; the message names file and line.</exception>
    public static CueLexicon Load()
    {
        var polish = new Dictionary<string, Cue>(StringComparer.Ordinal);
        foreach (DataLine line in DataFiles.Lines(DataFiles.ReadEmbedded(typeof(CueLexicon).Assembly, PolishFile), PolishFile))
        {
            if (line.Columns.Length != 2 || line.Columns[0].Length == 0 || line.Columns[1].Length == 0 || !polish.TryAdd(line.Columns[0], new Cue(line.Columns[1], Inversion: true)))
            {
                throw new InvalidDataException($"{line.Where}: expected 'lemma, family' with a lemma not listed before.");
            }
        }

        var english = new Dictionary<string, Cue>(StringComparer.Ordinal);
        foreach (DataLine line in DataFiles.Lines(DataFiles.ReadEmbedded(typeof(CueLexicon).Assembly, EnglishFile), EnglishFile))
        {
            if (line.Columns.Length != 3 || line.Columns[0].Length == 0 || !string.Equals(line.Columns[0], line.Columns[0].ToLowerInvariant(), StringComparison.Ordinal)
                || line.Columns[2] is not ("yes" or "no") || !english.TryAdd(line.Columns[0], new Cue(line.Columns[1], line.Columns[2] == "yes")))
            {
                throw new InvalidDataException($"{line.Where}: expected 'form, family, yes|no' with a lower-case form not listed before.");
            }
        }

        var discourse = new HashSet<string>(StringComparer.Ordinal);
        foreach (DataLine line in DataFiles.Lines(DataFiles.ReadEmbedded(typeof(CueLexicon).Assembly, DiscourseFile), DiscourseFile))
        {
            string entry = line.Text.Trim();
            if (entry.Length == 0 || !string.Equals(entry, entry.ToLowerInvariant(), StringComparison.Ordinal) || entry.Split(' ').Length > 2 || !discourse.Add(entry))
            {
                throw new InvalidDataException($"{line.Where}: expected one or two lower-case words not listed before.");
            }
        }

        return new CueLexicon(polish.ToFrozenDictionary(StringComparer.Ordinal), english.ToFrozenDictionary(StringComparer.Ordinal), discourse.ToFrozenSet(StringComparer.Ordinal));
    }
}
