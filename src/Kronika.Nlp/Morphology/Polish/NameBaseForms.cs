using System.Globalization;
using System.Text;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Morphology.Polish;

/// <summary>The base form of a multi-word Polish name: the nominative of the whole phrase, with agreement
/// ("Federację Rosyjską" → "Federacja Rosyjska", "Kim Dzong Unem" → "Kim Dzong Un",
/// "Partii Niepodległości Wielkiej Brytanii" → "Partia Niepodległości Wielkiej Brytanii").</summary>
/// <remarks>
/// For each case the phrase could be in, the words that agree with the phrase's head are followed from the start:
/// adjectives before and after the head, further parts of a personal name after a proper-noun head; the first word
/// that cannot agree ends the part that inflects, and what follows (a genitive complement, a number) stays as written.
/// The case whose reading explains the words best wins (dictionary readings over guesses; nominative on a tie, or the
/// case the context demands, such as the one a preceding preposition governs). The inflecting words are put into the
/// nominative by <see cref="NominativeInflector"/> and keep the capitalisation of the text. Immutable; thread-safe.
/// </remarks>
public sealed class NameBaseForms
{
    private static readonly GrammaticalCase[] _cases =
    [
        GrammaticalCase.Nominative, GrammaticalCase.Genitive, GrammaticalCase.Dative, GrammaticalCase.Accusative,
        GrammaticalCase.Instrumental, GrammaticalCase.Locative, GrammaticalCase.Vocative,
    ];

    private readonly PolishAnalyzer _analyzer;
    private readonly NominativeInflector _inflector;

    /// <summary>Creates the lemmatizer over <paramref name="analyzer"/>.</summary>
    public NameBaseForms(PolishAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        _analyzer = analyzer;
        _inflector = new NominativeInflector(analyzer.Lexicon);
    }

    /// <summary>The base form of <paramref name="phrase"/>.</summary>
    /// <param name="phrase">The name as the text writes it.</param>
    /// <param name="kind">What the name names, when known.</param>
    /// <param name="context">Cases the context allows (e.g. those a preceding preposition governs); <see cref="GrammaticalCase.None"/> when unknown.</param>
    public string BaseForm(string phrase, NameKind kind = NameKind.Unknown, GrammaticalCase context = GrammaticalCase.None)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        List<Piece> pieces = Split(phrase);
        var words = new List<WordReadings>();
        foreach (Piece piece in pieces)
        {
            if (piece.IsWord)
            {
                words.Add(Readings(piece.Text, kind));
            }
        }

        if (words.Count == 0)
        {
            return phrase;
        }

        if (kind == NameKind.Adjective && words.Count == 1 && words[0].Readings.Find(reading => reading.Tag.PartOfSpeech == PartOfSpeech.Adjective) is { } adjective)
        {
            return adjective.Lemma;
        }

        Choice? best = null;
        foreach (GrammaticalCase grammaticalCase in _cases)
        {
            Choice? choice = Follow(words, grammaticalCase);
            if (choice is null)
            {
                continue;
            }

            double score = choice.Score + Prior(grammaticalCase) + (context != GrammaticalCase.None && (context & grammaticalCase) != 0 ? 0.5 : 0);
            if (best is null || score > best.Score + 1e-9)
            {
                best = choice with { Score = score };
            }
        }

        if (best is null)
        {
            return phrase;
        }

        var output = new StringBuilder(phrase.Length);
        int word = 0;
        foreach (Piece piece in pieces)
        {
            if (!piece.IsWord)
            {
                output.Append(piece.Text);
                continue;
            }

            string? replacement = best.Nominatives[word++];
            output.Append(replacement is null ? piece.Text : Recase(replacement, piece.Text));
        }

        return output.ToString();
    }

    /// <summary>Follows the agreeing words from the start in <paramref name="grammaticalCase"/>; null when the first word cannot be in it.</summary>
    private Choice? Follow(List<WordReadings> words, GrammaticalCase grammaticalCase)
    {
        var picked = new Analysis?[words.Count];
        Analysis? head = null;
        int headIndex = -1;
        double score = 0;
        int end = words.Count;
        for (int i = 0; i < words.Count; i++)
        {
            WordReadings word = words[i];
            if (word.IsConjunction && head is not null)
            {
                // "Bośni i Hercegowiny": a coordinated name starts a new head in the same case.
                head = null;
                continue;
            }

            Analysis? reading = Pick(word, grammaticalCase, head, headIndex >= 0 && i > headIndex);
            if (reading is null)
            {
                end = i;
                break;
            }

            picked[i] = reading;
            score += Weight(reading);
            if (head is null && reading.Tag.PartOfSpeech == PartOfSpeech.Noun)
            {
                head = reading;
                headIndex = i;
            }
        }

        if (picked[0] is null)
        {
            return null;
        }

        // Adjectives before the head must agree with it; one that cannot ends the inflecting part there.
        var nominatives = new string?[words.Count];
        GrammaticalNumber number = head?.Tag.Number ?? GrammaticalNumber.Singular;
        GrammaticalGender gender = head?.Tag.Gender ?? GrammaticalGender.None;
        number = (number & GrammaticalNumber.Singular) != 0 && (number & GrammaticalNumber.Plural) != 0 ? GrammaticalNumber.Singular : number;
        for (int i = 0; i < end; i++)
        {
            Analysis? reading = picked[i];
            if (reading is null)
            {
                continue;
            }

            if (reading.Source == AnalysisSource.Guesser && reading.Confidence <= SuffixGuesser.UninflectedConfidence)
            {
                continue;
            }

            bool isHeadGroup = reading.Tag.PartOfSpeech != PartOfSpeech.Noun || i == headIndex;
            GrammaticalGender wanted = isHeadGroup ? gender : reading.Tag.Gender;
            GrammaticalNumber wantedNumber = isHeadGroup ? number : (reading.Tag.Number == GrammaticalNumber.None ? GrammaticalNumber.Singular : reading.Tag.Number);
            nominatives[i] = reading.Source == AnalysisSource.Guesser
                ? reading.Lemma
                : _inflector.Nominative(words[i].Text, reading, wantedNumber, wanted) ?? (reading.Tag.Number == GrammaticalNumber.Plural ? null : reading.Lemma);
        }

        return new Choice(score, nominatives);
    }

    private static Analysis? Pick(WordReadings word, GrammaticalCase grammaticalCase, Analysis? head, bool afterHead)
    {
        Analysis? best = null;
        foreach (Analysis reading in word.Readings)
        {
            MorphTag tag = reading.Tag;
            if (!tag.AllowsCase(grammaticalCase) || tag.PartOfSpeech is not (PartOfSpeech.Noun or PartOfSpeech.Adjective or PartOfSpeech.Numeral))
            {
                continue;
            }

            if (head is not null)
            {
                if (tag.PartOfSpeech == PartOfSpeech.Noun && afterHead && !(IsProper(head) && IsProper(reading)))
                {
                    continue;
                }

                if ((tag.Number & head.Tag.Number) == 0 && tag.Number != GrammaticalNumber.None)
                {
                    continue;
                }

                bool personal = IsProper(head) && tag.PartOfSpeech == PartOfSpeech.Noun;
                if (!personal && !NominativeInflector.Agrees(tag.Gender, head.Tag.Gender))
                {
                    continue;
                }

                // Parts of a woman's name agree in gender too: "Theresy May", not "Theresy Maya".
                if (personal && head.Tag.Gender == GrammaticalGender.Feminine && !NominativeInflector.Agrees(tag.Gender, GrammaticalGender.Feminine))
                {
                    continue;
                }
            }

            if (best is null || Weight(reading) > Weight(best))
            {
                best = reading;
            }
        }

        return best;
    }

    /// <summary>How much a reading explains its word: dictionary over recased over guessed; a plural reading of a noun
    /// that has a singular loses a little, since names are mostly singular ("Wisły" is Wisła's genitive, rarely its plural).</summary>
    private static double Weight(Analysis reading)
    {
        double weight = reading.Source switch
        {
            AnalysisSource.Dictionary => 1.0,
            AnalysisSource.DictionaryRecased => reading.Tag.PartOfSpeech == PartOfSpeech.Adjective ? 0.95 : 0.8,
            _ => 0.6 * reading.Confidence,
        };
        bool plural = reading.Tag.Number == GrammaticalNumber.Plural && !IsPluralOnly(reading.Tag);
        return plural ? weight - 0.1 : weight;
    }

    /// <summary>Breaks ties between cases by how often names stand in them in news text: genitive first.</summary>
    private static double Prior(GrammaticalCase grammaticalCase) => grammaticalCase switch
    {
        GrammaticalCase.Genitive => 0.03,
        GrammaticalCase.Nominative => 0.025,
        GrammaticalCase.Accusative => 0.02,
        GrammaticalCase.Locative => 0.015,
        GrammaticalCase.Instrumental => 0.01,
        GrammaticalCase.Dative => 0.005,

        // Names are hardly ever addressed in news text: the vocative only when nothing else fits.
        _ => -0.3,
    };

    /// <summary>True for nouns that exist only in the plural (PoliMorf's p1, p2, p3 genders: "Niemcy", "Stany", "drzwi").</summary>
    private static bool IsPluralOnly(MorphTag tag) =>
        tag.Text.Contains(":p1", StringComparison.Ordinal) || tag.Text.Contains(":p2", StringComparison.Ordinal) || tag.Text.Contains(":p3", StringComparison.Ordinal);

    private static bool IsProper(Analysis reading) => reading.Lemma.Length > 0 && char.IsUpper(reading.Lemma[0]);

    private WordReadings Readings(string word, NameKind kind)
    {
        List<Analysis> readings = _analyzer.Analyze(word);
        KeepKind(readings, kind);
        bool nominal = readings.Exists(reading => reading.Tag.PartOfSpeech is PartOfSpeech.Noun or PartOfSpeech.Adjective);
        bool properNoun = readings.Exists(reading => reading.Tag.PartOfSpeech == PartOfSpeech.Noun && IsProper(reading));

        // A capitalised word read only as some other lower-case word ("Kim" as the pronoun "kto"), or a person's name part
        // the dictionary knows only as a common word, may be a name the dictionary lacks.
        if ((!nominal || (kind == NameKind.Person && !properNoun)) && char.IsUpper(word[0]) && !readings.Exists(reading => reading.Source == AnalysisSource.Guesser))
        {
            _analyzer.Guesser.Guess(word, readings);
            KeepKind(readings, kind);
        }

        bool conjunction = word is "i" or "oraz" or "lub";
        return new WordReadings(word, readings, conjunction);
    }

    /// <summary>Drops noun readings whose gender the kind of name rules out: a person's name is a man's or a woman's
    /// ("Binder" is no genitive of the village "Bindry"), a place's is not a man's ("Woroszyłowo", not "Woroszyłow").</summary>
    private static void KeepKind(List<Analysis> readings, NameKind kind)
    {
        if (kind is not (NameKind.Person or NameKind.Place))
        {
            return;
        }

        GrammaticalGender allowed = kind == NameKind.Person
            ? GrammaticalGender.MasculinePersonal | GrammaticalGender.Feminine
            : ~GrammaticalGender.MasculinePersonal;
        readings.RemoveAll(reading => reading.Tag.PartOfSpeech == PartOfSpeech.Noun && reading.Tag.Gender != GrammaticalGender.None
            && (reading.Tag.Gender & allowed) == 0);
    }

    /// <summary>Gives <paramref name="form"/> the capitalisation of <paramref name="surface"/>.</summary>
    private static string Recase(string form, string surface)
    {
        WordCase shape = PolishAnalyzer.ShapeOf(surface);
        return shape switch
        {
            WordCase.Upper when surface.Length > 1 => form.ToUpper(CultureInfo.GetCultureInfo("pl-PL")),
            WordCase.Capitalised or WordCase.Upper when form.Length > 0 && char.IsLower(form[0]) =>
                string.Concat(char.ToUpper(form[0], CultureInfo.GetCultureInfo("pl-PL")).ToString(), form.AsSpan(1)),
            WordCase.Lower when form.Length > 0 && char.IsUpper(form[0]) && PolishAnalyzer.ShapeOf(form) == WordCase.Capitalised =>
                string.Concat(char.ToLower(form[0], CultureInfo.GetCultureInfo("pl-PL")).ToString(), form.AsSpan(1)),
            _ => form,
        };
    }

    private static List<Piece> Split(string phrase)
    {
        var pieces = new List<Piece>();
        int start = 0;
        while (start < phrase.Length)
        {
            bool word = char.IsLetter(phrase[start]);
            int end = start + 1;
            while (end < phrase.Length && char.IsLetter(phrase[end]) == word)
            {
                end++;
            }

            pieces.Add(new Piece(phrase[start..end], word));
            start = end;
        }

        return pieces;
    }

    private readonly record struct Piece(string Text, bool IsWord);

    private sealed record WordReadings(string Text, List<Analysis> Readings, bool IsConjunction);

    private sealed record Choice(double Score, string?[] Nominatives);
}
