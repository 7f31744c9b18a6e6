using System.Globalization;
using System.Text;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Morphology.Polish;

/// <summary>The base form of a multi-word Polish name: the nominative of the whole phrase, with agreement
/// ("Federację Rosyjską" → "Federacja Rosyjska", "Kim Dzong Unem" → "Kim Dzong Un",
/// "Partii Niepodległości Wielkiej Brytanii" → "Partia Niepodległości Wielkiej Brytanii").</summary>
/// <remarks>
/// For each case the phrase could be in, the words that agree with the phrase's head are followed from the start:
/// adjectives before and after the head, further parts of a personal name after a proper-noun head, name particles
/// ("von", "al"), initials and Roman numerals passed over as they are; the first word that cannot agree ends the part
/// that inflects, and what follows (a genitive complement, a number) stays as written. The case whose readings explain
/// the words best wins, weighed with how often names of the kind stand in each case (<see cref="CasePrior"/>) and with
/// the cases the context allows. The inflecting words are put into the nominative by <see cref="NominativeInflector"/>
/// and keep the capitalisation of the text. Immutable; thread-safe.
/// </remarks>
public sealed class NameBaseForms
{
    /// <summary>How much the case prior weighs against the readings (a dictionary reading weighs 1).</summary>
    private const double PriorWeight = 0.3;

    /// <summary>ALL CAPS words this short are acronyms ("DUP", "NATO"), never a headline's shouting ("DUPY").</summary>
    private const int MaxAcronymLength = 4;

    /// <summary>How much a base form's frequency in running text weighs, per power of ten.</summary>
    private const double FrequencyWeight = 0.1;

    /// <summary>What a reading without a noun loses: names have a noun for a head.</summary>
    private const double HeadlessPenalty = 0.5;

    /// <summary>What a reading loses for a word it takes as not inflecting although the word ends as inflected words do.</summary>
    private const double UnexplainedPenalty = 0.5;

    /// <summary>What a man's surname ending in a consonant loses when read as not inflecting in an oblique case.</summary>
    private const double ConsonantSurnamePenalty = 0.3;

    /// <summary>What reading a person's name as a woman's loses against reading it as a man's.</summary>
    private const double FemininePenalty = 0.15;

    /// <summary>How much a case the context allows weighs (a preceding preposition, a tagger's choice).</summary>
    private const double ContextWeight = 1.0;

    // Not the vocative: news text hardly ever addresses a name, and vocative readings of foreign names ("Galileo" as
    // the vocative of "Galilea") would otherwise be taken.
    private static readonly GrammaticalCase[] _cases =
    [
        GrammaticalCase.Nominative, GrammaticalCase.Genitive, GrammaticalCase.Dative, GrammaticalCase.Accusative,
        GrammaticalCase.Instrumental, GrammaticalCase.Locative,
    ];

    // Lower-case parts of foreign personal names, which Polish leaves as they are: "Marga von Teubern", "Nuri al-Maliki".
    private static readonly HashSet<string> _particles = new(StringComparer.Ordinal)
    {
        "von", "van", "der", "den", "de", "du", "des", "da", "di", "del", "della", "dos", "das", "la", "le", "al", "el", "bin", "ibn", "ben", "ter", "zu", "y",
    };

    // Words that mark a phrase as English, whose words Polish does not inflect: "University of California", "Salt Lake and Co".
    private static readonly HashSet<string> _englishWords = new(StringComparer.Ordinal) { "of", "the", "and", "for", "&" };

    // Polish endings written after an apostrophe on foreign names ("Steve'a", "Chomsky'ego"), with the cases they mark.
    private static readonly Dictionary<string, GrammaticalCase> _apostropheEndings = new(StringComparer.Ordinal)
    {
        ["a"] = GrammaticalCase.Genitive | GrammaticalCase.Accusative,
        ["em"] = GrammaticalCase.Instrumental,
        ["owi"] = GrammaticalCase.Dative,
        ["u"] = GrammaticalCase.Dative | GrammaticalCase.Locative,
        ["ie"] = GrammaticalCase.Locative,
        ["ego"] = GrammaticalCase.Genitive | GrammaticalCase.Accusative,
        ["emu"] = GrammaticalCase.Dative,
        ["m"] = GrammaticalCase.Instrumental | GrammaticalCase.Locative,
        ["im"] = GrammaticalCase.Instrumental | GrammaticalCase.Locative,
        ["y"] = GrammaticalCase.Genitive,
        ["i"] = GrammaticalCase.Genitive | GrammaticalCase.Dative | GrammaticalCase.Locative,
        ["owie"] = GrammaticalCase.Nominative,
        ["ów"] = GrammaticalCase.Genitive | GrammaticalCase.Accusative,
    };

    private readonly PolishAnalyzer _analyzer;
    private readonly NominativeInflector _inflector;
    private readonly CasePrior _prior;
    private readonly LemmaFrequencies _frequencies;
    private readonly Func<string, bool>? _isForeignWord;

    /// <summary>Creates the lemmatizer over <paramref name="analyzer"/>.</summary>
    /// <param name="analyzer">The Polish dictionary and guessers.</param>
    /// <param name="isForeignWord">Says whether a lower-cased word is a word of another language (English WordNet's
    /// <see cref="English.WordNetLexicon.Knows"/>): a capitalised word Polish does not know but English does ("Villa",
    /// "Tony", "Salt Lake City") is a foreign name part and is not inflected. Null: no such check.</param>
    public NameBaseForms(PolishAnalyzer analyzer, Func<string, bool>? isForeignWord = null)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        _analyzer = analyzer;
        _isForeignWord = isForeignWord;
        _inflector = new NominativeInflector(analyzer.Lexicon);
        _prior = CasePrior.Load();
        _frequencies = LemmaFrequencies.Load();
    }

    /// <summary>The base form of <paramref name="phrase"/>.</summary>
    /// <param name="phrase">The name as the text writes it.</param>
    /// <param name="kind">What the name names, when known.</param>
    /// <param name="context">Cases the context allows (those a preceding preposition governs, a tagger's choice);
    /// <see cref="GrammaticalCase.None"/> when unknown.</param>
    public string BaseForm(string phrase, NameKind kind = NameKind.Unknown, GrammaticalCase context = GrammaticalCase.None)
    {
        IReadOnlyList<BaseFormCandidate> candidates = Candidates(phrase, kind, context);
        return candidates.Count == 0 ? phrase : candidates[0].BaseForm;
    }

    /// <summary>Every reading of <paramref name="phrase"/> as a name in some case, best first, with its score; empty when
    /// the phrase stays as written (no word inflects, it opens with a preposition, it is English).</summary>
    public IReadOnlyList<BaseFormCandidate> Candidates(string phrase, NameKind kind = NameKind.Unknown, GrammaticalCase context = GrammaticalCase.None)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        List<Piece> pieces = Split(phrase);
        var words = new List<Word>();
        for (int p = 0; p < pieces.Count; p++)
        {
            Piece piece = pieces[p];
            if (piece.IsWord)
            {
                if (_englishWords.Contains(piece.Text))
                {
                    return [];
                }

                Word word = Read(piece.Text, kind, initial: p + 1 < pieces.Count && pieces[p + 1].Text.StartsWith('.'));
                words.Add(p + 1 < pieces.Count && pieces[p + 1].Text == "-" ? word with { BeforeHyphen = true } : word);
            }
        }

        // A dotted name ("Leave.EU", "mam.media.pl") is written as its owner writes it.
        if (words.Count > 1 && DottedName(phrase))
        {
            return [];
        }

        // A name the dictionary knows no word of, none of which ends as an inflected Polish word does ("Air France",
        // "East European Resource Centre"), is a foreign name Polish leaves as it is.
        if (words.Count > 1 && words.TrueForAll(word => word.Transparent || (word.Readings.TrueForAll(reading => reading.Source == AnalysisSource.Guesser) && !HasObliqueEnding(word.Text))))
        {
            return [];
        }

        // A name that opens with a preposition ("Przy Agorze", "W sieci", "Bez Tytułu") is a fixed phrase: it stays as written.
        if (words.Count == 0 || words[0].IsPreposition)
        {
            return [];
        }

        if (kind == NameKind.Adjective && words.Count == 1 && words[0].Readings.Find(reading => reading.Tag.PartOfSpeech == PartOfSpeech.Adjective) is { } adjective)
        {
            return [new BaseFormCandidate(adjective.Lemma, adjective.Tag.Case, 1)];
        }

        var candidates = new List<BaseFormCandidate>();
        foreach (GrammaticalCase grammaticalCase in _cases)
        {
            if (Follow(words, grammaticalCase, kind) is not { } choice)
            {
                continue;
            }

            double score = choice.Score + (PriorWeight * _prior.Share(kind, grammaticalCase)) + ((context & grammaticalCase) != 0 ? ContextWeight : 0);
            var output = new StringBuilder(phrase.Length);
            int index = 0;
            foreach (Piece piece in pieces)
            {
                string? replacement = piece.IsWord ? choice.Nominatives[index++] : null;
                output.Append(replacement is null ? piece.Text : Recase(replacement, piece.Text));
            }

            candidates.Add(new BaseFormCandidate(output.ToString(), grammaticalCase, score));
        }

        // Stable: on equal scores the earlier case (nominative, then genitive...) stays first.
        return [.. candidates.OrderByDescending(candidate => Math.Round(candidate.Score, 9))];
    }

    /// <summary>The readings a word gets as part of a name of <paramref name="kind"/>: the analyzer's, those the kind rules
    /// out dropped, the guesser's added for capitalised words the dictionary knows only as other words.</summary>
    public IReadOnlyList<Analysis> NameReadings(string word, NameKind kind = NameKind.Unknown)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Read(word, kind).Readings;
    }

    /// <summary>Follows the agreeing words from the start in <paramref name="grammaticalCase"/>; null when the first
    /// inflecting word cannot be in it.</summary>
    private Choice? Follow(List<Word> words, GrammaticalCase grammaticalCase, NameKind kind)
    {
        var picked = new Analysis?[words.Count];
        Analysis? head = null;
        int headIndex = -1;
        int groupStart = 0;
        double score = 0;
        bool any = false;
        int end = words.Count;
        for (int i = 0; i < words.Count; i++)
        {
            Word word = words[i];
            if (word.Transparent)
            {
                continue;
            }

            if (word.IsConjunction && head is not null)
            {
                // "Bośni i Hercegowiny": a coordinated name starts a new head in the same case.
                CheckAdjectivesBefore(words, picked, groupStart, headIndex, head);
                head = null;
                groupStart = i + 1;
                continue;
            }

            Analysis? reading = head is null ? AdjectiveBeforeNoun(words, i, grammaticalCase) : null;
            reading ??= Pick(word, grammaticalCase, head, headIndex >= 0 && i > headIndex);
            if (reading is null && kind == NameKind.Person && Uninflected(words, i, head))
            {
                continue;
            }

            if (reading is null)
            {
                if (!any)
                {
                    return null;
                }

                end = i;
                break;
            }

            any = true;
            picked[i] = reading;
            score += Weight(reading);

            // A word read as not inflecting although it ends as inflected words do ("Theresy") is left unexplained.
            if (ReferenceEquals(reading.Tag, SuffixGuesser.Uninflected) && reading.Confidence < SuffixGuesser.UninflectedConfidence)
            {
                score -= UnexplainedPenalty;
            }

            // A man's surname that ends in a consonant inflects ("Angeli Merkel" no, "Angeli Merkela" yes): read as not
            // inflecting after a man's first name in another case than the nominative, it is a poor reading.
            if (head is not null && head.Tag.Gender == GrammaticalGender.MasculinePersonal && grammaticalCase != GrammaticalCase.Nominative
                && ReferenceEquals(reading.Tag, SuffixGuesser.Uninflected) && !IsVowel(word.Text[^1]))
            {
                score -= ConsonantSurnamePenalty;
            }
            if (head is null && reading.Tag.PartOfSpeech == PartOfSpeech.Noun)
            {
                head = reading;
                headIndex = i;
            }
        }

        if (!any)
        {
            return null;
        }

        if (head is not null)
        {
            CheckAdjectivesBefore(words, picked, groupStart, headIndex, head);
        }
        else if (kind != NameKind.Adjective)
        {
            // A name is headed by a noun; adjectives alone ("Janowi" as the plural of "janowy") explain it badly.
            score -= HeadlessPenalty;
        }

        // Men are named in the news several times as often as women: "Krzysztofa" is more often Krzysztof's genitive
        // than the woman's name Krzysztofa.
        if (kind == NameKind.Person && headIndex >= 0 && picked[headIndex]!.Tag.Gender == GrammaticalGender.Feminine)
        {
            score -= FemininePenalty;
        }

        var nominatives = new string?[words.Count];
        Analysis? currentHead = null;
        for (int i = 0; i < end; i++)
        {
            if (picked[i] is not { } reading)
            {
                continue;
            }

            if (reading.Tag.PartOfSpeech == PartOfSpeech.Noun && (currentHead is null || words[i].IsConjunction))
            {
                currentHead = reading;
            }

            nominatives[i] = Nominative(words[i], reading, currentHead ?? head);
        }

        return new Choice(score, nominatives);
    }

    /// <summary>True for parts of a personal name that Polish leaves uninflected: a woman's surname that cannot be
    /// feminine ("Theresy May"), the first half of a hyphenated first name ("Jean-Claude'a").</summary>
    private static bool Uninflected(List<Word> words, int index, Analysis? head)
    {
        Word word = words[index];
        if (!char.IsUpper(word.Text[0]))
        {
            return false;
        }

        bool womansName = head is not null && head.Tag.Gender == GrammaticalGender.Feminine && IsProper(head)
            && !word.Readings.Exists(reading => reading.Tag.PartOfSpeech == PartOfSpeech.Noun && (reading.Tag.Gender & GrammaticalGender.Feminine) != 0);
        return womansName || (word.BeforeHyphen && index + 1 < words.Count);
    }

    /// <summary>The adjective reading of a word that could also be a noun, when the next word is a noun it agrees with:
    /// "Lubelskiego Rynku" is the Lublin market, not the region Lubelskie's market.</summary>
    private Analysis? AdjectiveBeforeNoun(List<Word> words, int index, GrammaticalCase grammaticalCase)
    {
        int next = index + 1;
        while (next < words.Count && words[next].Transparent)
        {
            next++;
        }

        if (next == words.Count)
        {
            return null;
        }

        Analysis? best = null;
        foreach (Analysis reading in words[index].Readings)
        {
            if (reading.Tag.PartOfSpeech == PartOfSpeech.Adjective && reading.Tag.AllowsCase(grammaticalCase)
                && words[next].Readings.Exists(noun => noun.Tag.PartOfSpeech == PartOfSpeech.Noun && noun.Tag.AllowsCase(grammaticalCase) && Agrees(reading.Tag, noun.Tag))
                && (best is null || Weight(reading) > Weight(best)))
            {
                best = reading;
            }
        }

        return best;
    }

    /// <summary>Un-picks adjectives before the head that cannot agree with it ("Czarni Kutno": the team's name, not an adjective of Kutno).</summary>
    private static void CheckAdjectivesBefore(List<Word> words, Analysis?[] picked, int start, int headIndex, Analysis head)
    {
        for (int i = start; i < headIndex; i++)
        {
            if (picked[i] is { } reading && reading.Tag.PartOfSpeech != PartOfSpeech.Noun
                && !words[i].Readings.Exists(candidate => candidate.Tag.PartOfSpeech == reading.Tag.PartOfSpeech
                    && candidate.Tag.AllowsCase(head.Tag.Case) && Agrees(candidate.Tag, head.Tag)))
            {
                picked[i] = null;
            }
        }
    }

    private string? Nominative(Word word, Analysis reading, Analysis? head)
    {
        if (word.ApostropheStem is { } stem)
        {
            return stem;
        }

        if (reading.Source == AnalysisSource.Guesser)
        {
            return reading.Lemma == word.Text ? null : reading.Lemma;
        }

        MorphTag tag = reading.Tag;
        if (tag.PartOfSpeech == PartOfSpeech.Noun)
        {
            if (tag.Number != GrammaticalNumber.Plural || IsPluralOnly(tag))
            {
                return reading.Lemma;
            }

            return _inflector.Nominative(word.Text, reading, GrammaticalNumber.Plural, tag.Gender);
        }

        GrammaticalNumber number = head is null ? Narrow(tag.Number) : Narrow(head.Tag.Number);
        GrammaticalGender gender = head is null ? Narrow(tag.Gender) : head.Tag.Gender;
        return _inflector.Nominative(word.Text, reading, number, gender) ?? (tag.PartOfSpeech == PartOfSpeech.Adjective ? null : reading.Lemma);
    }

    private static GrammaticalNumber Narrow(GrammaticalNumber number) =>
        number == GrammaticalNumber.Plural ? GrammaticalNumber.Plural : GrammaticalNumber.Singular;

    private static GrammaticalGender Narrow(GrammaticalGender gender)
    {
        // Any one gender the form allows; masculine first, as dictionaries cite adjectives.
        foreach (GrammaticalGender one in (GrammaticalGender[])[GrammaticalGender.MasculineInanimate, GrammaticalGender.MasculinePersonal,
            GrammaticalGender.MasculineAnimate, GrammaticalGender.Feminine, GrammaticalGender.Neuter])
        {
            if ((gender & one) != 0)
            {
                return one;
            }
        }

        return GrammaticalGender.None;
    }

    private Analysis? Pick(Word word, GrammaticalCase grammaticalCase, Analysis? head, bool afterHead)
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
                bool namePart = tag.PartOfSpeech == PartOfSpeech.Noun && IsProper(head) && IsProper(reading);
                if ((tag.PartOfSpeech == PartOfSpeech.Noun && afterHead && !namePart) || (tag.PartOfSpeech == PartOfSpeech.Numeral && afterHead))
                {
                    continue;
                }

                if (tag.Number != GrammaticalNumber.None && head.Tag.Number != GrammaticalNumber.None && (tag.Number & head.Tag.Number) == 0)
                {
                    continue;
                }

                // Parts of a personal name need not share a gender ("Kim Dzong Un"), except a woman's: "Theresy May", not "Theresy Maya".
                bool agrees = namePart
                    ? head.Tag.Gender != GrammaticalGender.Feminine || NominativeInflector.Agrees(tag.Gender, GrammaticalGender.Feminine)
                    : NominativeInflector.Agrees(tag.Gender, head.Tag.Gender);
                if (!agrees)
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

    private static bool Agrees(MorphTag tag, MorphTag head) =>
        (tag.Number == GrammaticalNumber.None || head.Number == GrammaticalNumber.None || (tag.Number & head.Number) != 0)
        && NominativeInflector.Agrees(tag.Gender, head.Gender);

    /// <summary>How much a reading explains its word: dictionary over recased over guessed; a plural reading of a noun
    /// that has a singular loses a little, since names are mostly singular ("Wisły" is Wisła's genitive, rarely its plural).</summary>
    private double Weight(Analysis reading)
    {
        double weight = reading.Source switch
        {
            AnalysisSource.Dictionary or AnalysisSource.Rules => 1.0,
            AnalysisSource.DictionaryRecased => reading.Tag.PartOfSpeech == PartOfSpeech.Adjective ? 0.95 : 0.8,
            _ => 0.6 * reading.Confidence,
        };

        // Of two base forms a word could have ("Jacka": Jacek or Jack), the one running text uses more.
        weight += FrequencyWeight * Math.Log10(1 + _frequencies.Of(reading.Lemma));
        bool plural = reading.Tag.Number == GrammaticalNumber.Plural && !IsPluralOnly(reading.Tag);
        return plural ? weight - 0.1 : weight;
    }

    /// <summary>True for nouns that exist only in the plural (PoliMorf's p1, p2, p3 genders: "Niemcy", "Stany", "drzwi").</summary>
    private static bool IsPluralOnly(MorphTag tag) =>
        tag.Text.Contains(":p1", StringComparison.Ordinal) || tag.Text.Contains(":p2", StringComparison.Ordinal) || tag.Text.Contains(":p3", StringComparison.Ordinal);

    private static bool IsProper(Analysis reading) => reading.Lemma.Length > 0 && char.IsUpper(reading.Lemma[0]);

    private Word Read(string text, NameKind kind, bool initial = false)
    {
        if (_particles.Contains(text) || IsRomanNumeral(text) || (text.Length == 1 && char.IsUpper(text[0])))
        {
            // An initial ("J. A. Marinsky") passes; a capitalised one-letter preposition ("W sieci") opens a fixed phrase.
            bool opensPhrase = text.Length == 1 && !initial && _analyzer.Analyze(text.ToLowerInvariant()).Exists(reading => reading.Tag.PartOfSpeech == PartOfSpeech.Preposition);
            return new Word(text, [], Transparent: !opensPhrase, IsPreposition: opensPhrase);
        }

        if (ApostropheSplit(text) is { } split)
        {
            MorphTag tag = PolishTags.Parse("subst:sg:" + CaseNames(_apostropheEndings[split.Ending]) + ":m1");
            return new Word(text, [new Analysis(split.Stem, tag, AnalysisSource.Rules)], ApostropheStem: split.Stem);
        }

        List<Analysis> readings = _analyzer.Analyze(text);

        // The analyzer's own guesses know nothing of the kind of name; they are made again below, for the kind.
        readings.RemoveAll(reading => reading.Source == AnalysisSource.Guesser && char.IsUpper(text[0]));
        if (readings.Exists(reading => reading.Tag.Flexeme == "adja"))
        {
            // The first half of a compound adjective ("Szkolno-Wychowawczy") does not inflect.
            return new Word(text, readings, Transparent: true);
        }

        bool preposition = readings.Count > 0 && readings.TrueForAll(reading => reading.Tag.PartOfSpeech is PartOfSpeech.Preposition or PartOfSpeech.Particle or PartOfSpeech.Conjunction)
            && readings.Exists(reading => reading.Tag.PartOfSpeech == PartOfSpeech.Preposition);
        KeepKind(readings, kind);
        bool nominal = readings.Exists(reading => reading.Tag.PartOfSpeech is PartOfSpeech.Noun or PartOfSpeech.Adjective);
        bool properNoun = readings.Exists(reading => reading.Tag.PartOfSpeech == PartOfSpeech.Noun && IsProper(reading));
        WordCase shape = PolishAnalyzer.ShapeOf(text);
        if (shape == WordCase.Upper && (text.Length <= MaxAcronymLength || !readings.Exists(reading => reading.Source == AnalysisSource.Dictionary || IsProper(reading))))
        {
            // An acronym ("UEFA", "SSC") is not inflected in writing; it stays as it is and ends nothing.
            return new Word(text, [], Transparent: true);
        }

        // A capitalised word Polish does not know at all but English does is a foreign name part ("Villa", "Second
        // Life"): it stays as it is. (Allowing words Polish knows only in lower case as well measured worse.)
        if (readings.Count == 0 && shape is WordCase.Capitalised or WordCase.Mixed && _isForeignWord is not null && _isForeignWord(text.ToLowerInvariant()))
        {
            return new Word(text, [], Transparent: true);
        }

        // A capitalised word read only as some other lower-case word ("Kim" as the pronoun "kto"), or a person's name part
        // the dictionary knows only as a common word, may be a name the dictionary lacks.
        if ((!nominal || (kind == NameKind.Person && !properNoun)) && shape == WordCase.Capitalised)
        {
            // That such a word does not inflect at all is likelier when it does not end as inflected Polish words do.
            float uninflected = HasObliqueEnding(text, kind) ? SuffixGuesser.UninflectedConfidence / 6 : SuffixGuesser.UninflectedConfidence;
            _analyzer.Guesser.Guess(text, readings, tag => Allowed(tag, AnalysisSource.Guesser, kind), uninflected);
            KeepKind(readings, kind);
        }

        return new Word(text, readings, IsConjunction: text is "i" or "oraz" or "lub", IsPreposition: preposition);
    }

    /// <summary>Drops noun readings the kind of name rules out: a person's name is a man's or a woman's, and singular
    /// ("Binder" is no genitive of the village "Bindry"); a place's is not a man's ("Woroszyłowo", not "Woroszyłow").</summary>
    private static void KeepKind(List<Analysis> readings, NameKind kind) =>
        readings.RemoveAll(reading => !Allowed(reading.Tag, reading.Source, kind));

    private static bool Allowed(MorphTag tag, AnalysisSource source, NameKind kind)
    {
        if (tag.PartOfSpeech != PartOfSpeech.Noun || tag.Gender == GrammaticalGender.None)
        {
            return true;
        }

        return kind switch
        {
            NameKind.Person => (tag.Gender & (GrammaticalGender.MasculinePersonal | GrammaticalGender.Feminine)) != 0 && !IsPluralOnly(tag)
                && (source != AnalysisSource.Guesser || tag.Number != GrammaticalNumber.Plural),
            NameKind.Place => tag.Gender != GrammaticalGender.MasculinePersonal,

            // "Banku Anglii" is the Bank of England, not Mr Banek's England.
            NameKind.Organisation => tag.Gender != GrammaticalGender.MasculinePersonal || source != AnalysisSource.Dictionary,
            _ => true,
        };
    }

    private static (string Stem, string Ending)? ApostropheSplit(string text)
    {
        int apostrophe = text.IndexOfAny(['\'', '’']);
        if (apostrophe <= 0 || apostrophe == text.Length - 1)
        {
            return null;
        }

        string ending = text[(apostrophe + 1)..];
        return _apostropheEndings.ContainsKey(ending) ? (text[..apostrophe], ending) : null;
    }

    private static bool IsVowel(char c) => "aeiouyąęóAEIOUYĄĘÓ".Contains(c, StringComparison.Ordinal);

    private static bool DottedName(string phrase)
    {
        for (int i = 1; i + 1 < phrase.Length; i++)
        {
            if (phrase[i] == '.' && char.IsLetter(phrase[i - 1]) && char.IsLetter(phrase[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a word ends as Polish nouns and adjectives do outside the nominative. For people, only endings
    /// no first name or surname has in the nominative count: "Bibi", "Tony", "Kim", "Obama", "Szojgu" may be nominatives.</summary>
    private static bool HasObliqueEnding(string word, NameKind kind = NameKind.Unknown)
    {
        ReadOnlySpan<string> endings = kind == NameKind.Person
            ? ["em", "owi", "ego", "emu", "ą", "ę", "ów", "om", "ami", "ach"]
            : ["em", "owi", "a", "u", "ie", "ego", "emu", "y", "i", "ą", "ę", "ów", "om", "ami", "ach", "ym", "im", "ej"];
        foreach (string ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string CaseNames(GrammaticalCase cases)
    {
        var names = new List<string>();
        foreach ((GrammaticalCase one, string name) in (ReadOnlySpan<(GrammaticalCase, string)>)[(GrammaticalCase.Nominative, "nom"), (GrammaticalCase.Genitive, "gen"),
            (GrammaticalCase.Dative, "dat"), (GrammaticalCase.Accusative, "acc"), (GrammaticalCase.Instrumental, "inst"), (GrammaticalCase.Locative, "loc")])
        {
            if ((cases & one) != 0)
            {
                names.Add(name);
            }
        }

        return string.Join('.', names);
    }

    private static bool IsRomanNumeral(string text)
    {
        foreach (char c in text)
        {
            if (c is not ('I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M'))
            {
                return false;
            }
        }

        return text.Length > 0 && text != "C" && text != "D" && text != "M" && text != "L";
    }

    /// <summary>Gives <paramref name="form"/> the capitalisation of <paramref name="surface"/>.</summary>
    private static string Recase(string form, string surface)
    {
        CultureInfo polish = CultureInfo.GetCultureInfo("pl-PL");
        return PolishAnalyzer.ShapeOf(surface) switch
        {
            WordCase.Upper when surface.Length > 1 => form.ToUpper(polish),
            WordCase.Capitalised or WordCase.Upper when form.Length > 0 && char.IsLower(form[0]) =>
                string.Concat(char.ToUpper(form[0], polish).ToString(), form.AsSpan(1)),
            WordCase.Lower when form.Length > 0 && PolishAnalyzer.ShapeOf(form) == WordCase.Capitalised =>
                string.Concat(char.ToLower(form[0], polish).ToString(), form.AsSpan(1)),
            _ => form,
        };
    }

    /// <summary>Words (letters, with an apostrophe ending glued on) and what lies between them.</summary>
    private static List<Piece> Split(string phrase)
    {
        var pieces = new List<Piece>();
        int start = 0;
        while (start < phrase.Length)
        {
            bool word = char.IsLetter(phrase[start]);
            int end = start + 1;
            while (end < phrase.Length && (char.IsLetter(phrase[end]) == word
                || (word && phrase[end] is '\'' or '’' && end + 1 < phrase.Length && char.IsLetter(phrase[end + 1]))))
            {
                end++;
            }

            pieces.Add(new Piece(phrase[start..end], word));
            start = end;
        }

        return pieces;
    }

    private readonly record struct Piece(string Text, bool IsWord);

    private sealed record Word(string Text, List<Analysis> Readings, bool Transparent = false, bool IsConjunction = false,
        bool IsPreposition = false, string? ApostropheStem = null, bool BeforeHyphen = false);

    private sealed record Choice(double Score, string?[] Nominatives);
}
