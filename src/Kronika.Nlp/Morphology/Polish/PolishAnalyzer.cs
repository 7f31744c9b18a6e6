using System.Globalization;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Morphology.Polish;

/// <summary>Every reading of a Polish word as the text presents it: the dictionary for the form as written and, for
/// capitalised and ALL CAPS words, for the form recased; the guesser for capitalised words the dictionary lacks.</summary>
/// <remarks>
/// Casing policy: a capitalised word is looked up as written ("Polska", the country) and lower-cased ("polska", the
/// adjective), since a name's adjectives ("Korei Północnej") and sentence-initial words are capitalised but the
/// dictionary lists them in lower case; readings as written come first unless the word starts a sentence. An ALL CAPS
/// word is looked up as written (acronyms), capitalised ("KIJOWA" → "Kijowa") and lower-cased. Immutable; thread-safe.
/// </remarks>
public sealed class PolishAnalyzer : IWordAnalyzer
{
    private static readonly CultureInfo _polish = CultureInfo.GetCultureInfo("pl-PL");

    [ThreadStatic]
    private static ReadingBuffer? _buffer;

    /// <summary>Creates an analyzer over <paramref name="lexicon"/> with guessers for unknown capitalised and lower-case words.</summary>
    public PolishAnalyzer(MorfologikLexicon lexicon, SuffixGuesser guesser, SuffixGuesser commonGuesser)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(guesser);
        ArgumentNullException.ThrowIfNull(commonGuesser);
        Lexicon = lexicon;
        Guesser = guesser;
        CommonGuesser = commonGuesser;
    }

    /// <summary>The dictionary named by configuration (<see cref="MorfologikLexicon.LoadDefault"/>) and the embedded guessers.</summary>
    /// <exception cref="FileNotFoundException">When the dictionary is missing; the message says how to install it.</exception>
    public static PolishAnalyzer LoadDefault() =>
        new(MorfologikLexicon.LoadDefault(), SuffixGuesser.Load(SuffixGuesser.ProperNounsFile), SuffixGuesser.Load(SuffixGuesser.CommonNounsFile));

    /// <summary>The dictionary.</summary>
    public MorfologikLexicon Lexicon { get; }

    /// <summary>The guesser for unknown capitalised words.</summary>
    public SuffixGuesser Guesser { get; }

    /// <summary>The guesser for unknown lower-case words.</summary>
    public SuffixGuesser CommonGuesser { get; }

    /// <inheritdoc />
    IReadOnlyList<Analysis> IWordAnalyzer.Analyze(string word, bool sentenceInitial) => Analyze(word, sentenceInitial);

    /// <summary>Every reading of <paramref name="word"/>; empty for words with no letter.</summary>
    /// <param name="word">The token's text.</param>
    /// <param name="sentenceInitial">True when the word starts a sentence, so its capital says nothing about it.</param>
    public List<Analysis> Analyze(string word, bool sentenceInitial = false)
    {
        ArgumentNullException.ThrowIfNull(word);
        var output = new List<Analysis>();
        if (!HasLetter(word))
        {
            return output;
        }

        WordCase shape = ShapeOf(word);
        AddDictionary(word, AnalysisSource.Dictionary, output);
        switch (shape)
        {
            case WordCase.Capitalised:
                int asWritten = output.Count;
                AddDictionary(word.ToLower(_polish), AnalysisSource.DictionaryRecased, output);
                if (sentenceInitial && asWritten > 0 && output.Count > asWritten)
                {
                    // At a sentence start the lower-case word is the likelier one ("Polska" the adjective is rarer
                    // there than "Rosja" is a country, but "Według" is never a name): put its readings first.
                    output = [.. output.Skip(asWritten), .. output.Take(asWritten)];
                }

                break;
            case WordCase.Upper when word.Length > 1:
                string lower = word.ToLower(_polish);
                AddDictionary(string.Concat(word.AsSpan(0, 1), lower.AsSpan(1)), AnalysisSource.DictionaryRecased, output);
                AddDictionary(lower, AnalysisSource.DictionaryRecased, output);
                break;
        }

        int hyphen = word.LastIndexOf('-');
        if (output.Count == 0 && hyphen > 0 && hyphen < word.Length - 1)
        {
            // "Bielsku-Białej", "polsko-niemieckiej": the last part inflects; what comes before it is kept as written.
            string prefix = word[..(hyphen + 1)];
            foreach (Analysis reading in Analyze(word[(hyphen + 1)..], sentenceInitial: false))
            {
                output.Add(reading with { Lemma = prefix + reading.Lemma });
            }

            return output;
        }

        if (output.Count == 0 && shape is WordCase.Capitalised)
        {
            Guesser.Guess(word, output);
        }
        else if (output.Count == 0 && shape is WordCase.Lower)
        {
            CommonGuesser.Guess(word, output);
        }

        return output;
    }

    /// <summary>The capitalisation of a word.</summary>
    public static WordCase ShapeOf(ReadOnlySpan<char> word)
    {
        int upper = 0;
        int lower = 0;
        bool firstUpper = false;
        for (int i = 0; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]))
            {
                upper++;
                firstUpper |= lower == 0 && upper == 1;
            }
            else if (char.IsLower(word[i]))
            {
                lower++;
            }
        }

        return upper == 0 ? WordCase.Lower
            : lower == 0 ? WordCase.Upper
            : firstUpper && upper == 1 ? WordCase.Capitalised
            : WordCase.Mixed;
    }

    private void AddDictionary(string form, AnalysisSource source, List<Analysis> output)
    {
        ReadingBuffer buffer = _buffer ??= new ReadingBuffer();
        buffer.Clear();
        Lexicon.Analyze(form, buffer);
        string? previous = null;
        for (int i = 0; i < buffer.Count; i++)
        {
            ReadOnlySpan<char> lemma = buffer.Lemma(i);
            string text = previous is not null && lemma.SequenceEqual(previous) ? previous : lemma.ToString();
            previous = text;
            output.Add(new Analysis(text, buffer.Tag(i), source));
        }
    }

    private static bool HasLetter(string word)
    {
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
