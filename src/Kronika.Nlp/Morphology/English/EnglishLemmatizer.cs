using System.Collections.Frozen;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Morphology.English;

/// <summary>Readings of English words: function words from a list, content words by WordNet's "morphy" (its lists of
/// irregular forms, then suffix rules whose result WordNet must know), proper nouns by capitalisation.</summary>
/// <remarks>Readings are ordered by how often WordNet's sense-tagged texts saw the lemma in that part of speech, so
/// "saw" is first the verb "see". A capitalised word inside a sentence is first a proper noun ("Bush", "May"); at a
/// sentence start its lower-case readings come first. Possessives ("Putin's", "the Smiths'") read as their owner.
/// Immutable; thread-safe.</remarks>
public sealed class EnglishLemmatizer : IWordAnalyzer
{
    /// <summary>The embedded function-word list.</summary>
    public const string FunctionWordsFile = "Morphology/English/Data/function-words.tsv";

    /// <summary>The embedded list of irregular forms WordNet lacks.</summary>
    public const string IrregularFile = "Morphology/English/Data/irregular-extra.tsv";

    // WordNet's detachment rules (morphy), with the tag each implies.
    private static readonly (string Suffix, string Ending, string Tag)[] _nounRules =
        [("s", "", "noun:pl"), ("ses", "s", "noun:pl"), ("xes", "x", "noun:pl"), ("zes", "z", "noun:pl"), ("ches", "ch", "noun:pl"),
         ("shes", "sh", "noun:pl"), ("men", "man", "noun:pl"), ("ies", "y", "noun:pl")];

    private static readonly (string Suffix, string Ending, string Tag)[] _verbRules =
        [("s", "", "verb:3sg"), ("ies", "y", "verb:3sg"), ("es", "e", "verb:3sg"), ("es", "", "verb:3sg"), ("ed", "e", "verb:past"),
         ("ed", "", "verb:past"), ("ing", "e", "verb:ger"), ("ing", "", "verb:ger")];

    private static readonly (string Suffix, string Ending, string Tag)[] _adjectiveRules =
        [("er", "", "adj:com"), ("est", "", "adj:sup"), ("er", "e", "adj:com"), ("est", "e", "adj:sup")];

    private readonly WordNetLexicon _wordNet;
    private readonly FrozenDictionary<string, (string Tag, string Lemma)[]> _functionWords;
    private readonly FrozenDictionary<string, (string Lemma, string Tag)> _irregular;

    /// <summary>A lemmatizer over <paramref name="wordNet"/> and the embedded function-word list.</summary>
    /// <exception cref="InvalidDataException">When the function-word list is malformed.</exception>
    public EnglishLemmatizer(WordNetLexicon wordNet)
    {
        ArgumentNullException.ThrowIfNull(wordNet);
        _wordNet = wordNet;
        var functionWords = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        foreach (DataLine line in DataFiles.Lines(DataFiles.ReadEmbedded(typeof(EnglishLemmatizer).Assembly, FunctionWordsFile), FunctionWordsFile))
        {
            if (line.Columns.Length != 3)
            {
                throw new InvalidDataException($"{line.Where}: expected 'word, tag, lemma'.");
            }

            EnglishTags.Of(line.Columns[1]);
            if (!functionWords.TryGetValue(line.Columns[0], out List<(string, string)>? readings))
            {
                functionWords[line.Columns[0]] = readings = [];
            }

            readings.Add((line.Columns[1], line.Columns[2]));
        }

        _functionWords = functionWords.ToFrozenDictionary(entry => entry.Key, entry => entry.Value.ToArray(), StringComparer.Ordinal);
        var irregular = new Dictionary<string, (string Lemma, string Tag)>(StringComparer.Ordinal);
        foreach (DataLine line in DataFiles.Lines(DataFiles.ReadEmbedded(typeof(EnglishLemmatizer).Assembly, IrregularFile), IrregularFile))
        {
            if (line.Columns.Length != 3)
            {
                throw new InvalidDataException($"{line.Where}: expected 'form, lemma, tag'.");
            }

            EnglishTags.Of(line.Columns[2]);
            irregular[line.Columns[0]] = (line.Columns[1], line.Columns[2]);
        }

        _irregular = irregular.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The WordNet lexicon behind this lemmatizer (the Polish name base forms ask it which words are English).</summary>
    public WordNetLexicon WordNet => _wordNet;

    /// <summary>The lemmatizer over the WordNet files named by configuration (<see cref="WordNetLexicon.LoadDefault"/>).</summary>
    /// <exception cref="FileNotFoundException">When WordNet is missing; the message says how to install it.</exception>
    public static EnglishLemmatizer LoadDefault() => new(WordNetLexicon.LoadDefault());

    /// <inheritdoc />
    IReadOnlyList<Analysis> IWordAnalyzer.Analyze(string word, bool sentenceInitial) => Analyze(word, sentenceInitial);

    /// <summary>Every reading of <paramref name="word"/>, best first; empty for words with no letter.</summary>
    public List<Analysis> Analyze(string word, bool sentenceInitial = false)
    {
        ArgumentNullException.ThrowIfNull(word);
        var output = new List<Analysis>();
        if (!word.Any(char.IsLetter))
        {
            return output;
        }

        if (Possessive(word) is { } owner)
        {
            output.Add(new Analysis(owner, EnglishTags.Of(char.IsUpper(owner[0]) ? "propn:poss" : "noun:poss"), AnalysisSource.Rules));
            return output;
        }

        string lower = word.ToLowerInvariant();
        bool recased = lower != word;
        bool capitalised = char.IsUpper(word[0]);
        bool allCaps = word.Length > 1 && word.All(c => !char.IsLower(c));
        bool name = capitalised && (!sentenceInitial || allCaps) && !_functionWords.ContainsKey(lower);

        var common = new List<(Analysis Reading, int Frequency)>();
        if (_functionWords.TryGetValue(lower, out (string Tag, string Lemma)[]? functions))
        {
            foreach ((string tag, string lemma) in functions)
            {
                common.Add((new Analysis(lemma, EnglishTags.Of(tag), recased ? AnalysisSource.DictionaryRecased : AnalysisSource.Dictionary), int.MaxValue));
            }
        }

        AddContentReadings(lower, recased, common);
        if (_irregular.TryGetValue(lower, out (string Lemma, string Tag) extra))
        {
            common.Add((new Analysis(extra.Lemma, EnglishTags.Of(extra.Tag), AnalysisSource.Rules), _wordNet.Frequency(WordNetPart.Noun, extra.Lemma)));
        }
        if (common.Count == 0 && lower.LastIndexOf('-') is int hyphen and > 0 && hyphen < lower.Length - 1)
        {
            // "pro-Russian", "ex-president": the last part carries the reading; the prefix stays.
            var last = new List<(Analysis Reading, int Frequency)>();
            AddContentReadings(lower[(hyphen + 1)..], recased, last);
            common.AddRange(last.Select(entry => (entry.Reading with { Lemma = lower[..(hyphen + 1)] + entry.Reading.Lemma }, entry.Frequency)));
        }

        var ordered = common.OrderByDescending(entry => entry.Frequency).Select(entry => entry.Reading).ToList();
        var proper = new Analysis(word, EnglishTags.Of("propn"), AnalysisSource.Identity);
        if (name)
        {
            output.Add(proper);
            output.AddRange(ordered);
        }
        else
        {
            output.AddRange(ordered);
            if (output.Count == 0)
            {
                output.Add(capitalised ? proper : new Analysis(word, EnglishTags.Of("noun:sg"), AnalysisSource.Identity));
            }
        }

        return output;
    }

    private void AddContentReadings(string lower, bool recased, List<(Analysis Reading, int Frequency)> output)
    {
        AnalysisSource exact = recased ? AnalysisSource.DictionaryRecased : AnalysisSource.Dictionary;
        var seen = new HashSet<(string, MorphTag)>();
        void Add(string lemma, string tag, AnalysisSource source, WordNetPart part)
        {
            MorphTag morphTag = EnglishTags.Of(tag);
            if (seen.Add((lemma, morphTag)))
            {
                output.Add((new Analysis(lemma.Replace('_', ' '), morphTag, source), _wordNet.Frequency(part, lemma)));
            }
        }

        Apply(WordNetPart.Noun, lower, "noun:sg", "noun:pl", _nounRules, exact, Add);
        Apply(WordNetPart.Verb, lower, "verb:base", "verb:form", _verbRules, exact, Add);
        Apply(WordNetPart.Adjective, lower, "adj:pos", lower.EndsWith("est", StringComparison.Ordinal) ? "adj:sup" : "adj:com", _adjectiveRules, exact, Add);
        Apply(WordNetPart.Adverb, lower, "adv", "adv", [], exact, Add);
    }

    /// <summary>WordNet's morphy for one part of speech: the form itself, its listed irregular bases, then each
    /// detachment rule (and, for verbs and adjectives, the same with a doubled final consonant undone: "stopped",
    /// "bigger") whose result WordNet knows.</summary>
    private void Apply(WordNetPart part, string form, string baseTag, string irregularTag, (string Suffix, string Ending, string Tag)[] rules,
        AnalysisSource exact, Action<string, string, AnalysisSource, WordNetPart> add)
    {
        string key = form.Replace(' ', '_');
        if (_wordNet.Has(part, key))
        {
            add(key, baseTag, exact, part);
        }

        foreach (string lemma in _wordNet.Irregular(part, key))
        {
            add(lemma, irregularTag, AnalysisSource.Rules, part);
        }

        foreach ((string suffix, string ending, string tag) in rules)
        {
            if (key.Length <= suffix.Length + 1 || !key.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            string stem = key[..^suffix.Length];
            string candidate = stem + ending;
            if (_wordNet.Has(part, candidate))
            {
                add(candidate, tag, AnalysisSource.Rules, part);
            }
            else if (ending.Length == 0 && part != WordNetPart.Noun && stem.Length > 2 && stem[^1] == stem[^2] && !IsVowel(stem[^1])
                && _wordNet.Has(part, stem[..^1]))
            {
                add(stem[..^1], tag, AnalysisSource.Rules, part);
            }
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>The owner of a possessive ("Putin's" → "Putin", "Smiths'" → "Smiths"), or null.</summary>
    private static string? Possessive(string word)
    {
        foreach (string ending in (ReadOnlySpan<string>)["'s", "’s", "'S", "’S"])
        {
            if (word.Length > ending.Length && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word.Length > 2 && word[^1] is '\'' or '’' && word[^2] is 's' or 'S' ? word[..^1] : null;
    }
}
