using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Quotes;

internal sealed partial class QuoteFinder
{
    /// <summary>The speaker found for a cue: the phrase, how it was found, and the pronoun standing for it.</summary>
    private readonly record struct SpeakerFound(TextSpan? Speaker, SpeakerVia Via, TextSpan? Reference);

    /// <summary>The noun phrase that ends just before <paramref name="end"/> (exclusive token index), within the sentence of
    /// the token before it, skipping adverbs and discourse words next to the cue; (first, end) tokens, empty when none.</summary>
    private (int First, int End) PhraseBefore(int end)
    {
        int i = end - 1;
        int floor = i >= 0 ? _document.Sentences[_sentenceOf[i]].FirstToken : 0;
        for (int skipped = 0; skipped < 3 && i >= floor; skipped++)
        {
            int skip = SkippableBefore(i);
            if (skip == 0)
            {
                break;
            }

            i -= skip;
        }

        if (i >= floor && IsWord(i) && IsPronoun(i))
        {
            return (i, i + 1);
        }

        int last = i;
        while (i >= floor && last - i < MaxNounPhrase && IsPhraseToken(i))
        {
            i--;
        }

        int first = i + 1;
        while (_polish && first < last && !CanBeNominative(first))
        {
            // "w Rosji prasa światowa pisała": the subject is nominative; drop what a preposition left before it.
            first++;
        }

        return Headed(first, last + 1);
    }

    /// <summary>The subject of an English cue: the noun phrase just before it, or, past an appositive or a relative clause
    /// set off by commas ("Jane Roe, a lawyer who ..., said"; "Smith, who said"), the phrase before the appositive.</summary>
    private (int First, int End) SubjectBefore(int cue)
    {
        (int First, int End) phrase = PhraseBefore(cue);
        if (phrase.First < phrase.End || _polish)
        {
            return phrase;
        }

        if (Is(cue - 1, "who"))
        {
            // "Smith, who said" / "the man who said": the phrase before the relative pronoun.
            return PhraseBefore(Is(cue - 2, ",") ? cue - 2 : cue - 1);
        }

        int k = cue - 1;
        while (k >= 0 && SkippableBefore(k) > 0)
        {
            k--;
        }

        int floor = _document.Sentences[_sentenceOf[cue]].FirstToken;
        if (k > floor && _lower[k] == ")")
        {
            // "Sen. Jane Roe (D-Md.) said": the party and state in brackets belong to the name.
            return SubjectBefore(BracketStart(k, floor));
        }

        if (k <= floor || _lower[k] != ",")
        {
            return (cue, cue);
        }

        for (int m = k - 1; m > floor && k - m <= 40; m--)
        {
            if (IsQuoteMark(m) || IsSentenceEnd(m) || (_cues[m] is not null && !Is(m - 1, "who")))
            {
                break;
            }

            if (_lower[m] != ",")
            {
                continue;
            }

            int end = Is(m - 1, ")") ? BracketStart(m - 1, floor) : m;
            (int First, int End) before = PhraseBefore(end);
            if (before.First < before.End && (before.First == floor || !IsWord(before.First - 1) || _lower[before.First - 1] is "and" or "but"))
            {
                return before;
            }
        }

        return (cue, cue);
    }

    /// <summary>The index of the "(" that opens the bracket closed at <paramref name="close"/> (not before <paramref name="floor"/>).</summary>
    private int BracketStart(int close, int floor)
    {
        int k = close;
        while (k > floor && _lower[k] != "(")
        {
            k--;
        }

        return k;
    }

    /// <summary>The noun phrase that starts at <paramref name="start"/> (a token index) and ends at the first token that
    /// cannot belong to it; empty when none starts there.</summary>
    private (int First, int End) PhraseAfter(int start)
    {
        if (start < _tokens.Length && IsWord(start) && IsPronoun(start))
        {
            return (start, start + 1);
        }

        int i = start;
        while (i < _tokens.Length && i - start < MaxNounPhrase && _sentenceOf[i] == _sentenceOf[start] && IsPhraseToken(i))
        {
            i++;
        }

        if (_polish)
        {
            // "powiedział dziennikarzom Pieskow": the subject is nominative; drop the object before it.
            while (start < i && !CanBeNominative(start))
            {
                start++;
            }
        }

        return Headed(start, i);
    }

    /// <summary>The phrase itself when it has a head (a name or a noun), else empty: a lone determiner or adjective is no speaker.</summary>
    private (int First, int End) Headed(int first, int end)
    {
        while (first < end && !_polish && !IsCapitalised(first) && _englishDeterminers.Contains(_lower[first]) && first + 1 == end)
        {
            first++;
        }

        for (int i = first; i < end; i++)
        {
            bool head = _polish
                ? IsCapitalised(i) || Best(i)?.Tag.Flexeme is "subst" or "depr" or "ger" or "brev"
                : IsCapitalised(i) || Best(i)?.Tag.PartOfSpeech is PartOfSpeech.Noun || (i > first && i + 1 == end && _englishDeterminers.Contains(_lower[i - 1]));
            if (head && !(!_polish && _englishDeterminers.Contains(_lower[i]) && !IsCapitalised(i)))
            {
                return (first, end);
            }
        }

        return (end, end);
    }

    private bool CanBeNominative(int i)
    {
        if (Readings(i).IsEmpty)
        {
            return true;
        }

        foreach (Analysis analysis in Readings(i))
        {
            if (analysis.Tag.Case == GrammaticalCase.None || analysis.Tag.AllowsCase(GrammaticalCase.Nominative))
            {
                return true;
            }
        }

        return false;
    }

    private TextSpan SpanOf(int first, int end) => new(_tokens[first].Span.Start, _tokens[end - 1].Span.End);

    /// <summary>Who speaks through cue <paramref name="cue"/>, given the phrase already found next to it (may be empty):
    /// the phrase, a pronoun resolved, a Polish zero subject, or nobody.</summary>
    private SpeakerFound SpeakerOf(int cue, (int First, int End) phrase)
    {
        if (phrase.First < phrase.End)
        {
            if (phrase.End - phrase.First == 1 && IsPronoun(phrase.First))
            {
                TextSpan pronoun = _tokens[phrase.First].Span;
                return ResolvePronoun(phrase.First) is { } name ? new SpeakerFound(name, SpeakerVia.Pronoun, pronoun) : new SpeakerFound(null, SpeakerVia.None, pronoun);
            }

            return new SpeakerFound(SpanOf(phrase.First, phrase.End), SpeakerVia.Name, null);
        }

        if (!_polish && cue >= 0 && _lower[cue].EndsWith("ing", StringComparison.Ordinal) && SpeakerOfSentence(cue) is { } speaking)
        {
            // "The coach said ..., adding that ...": the participle speaks for the subject of the cue before it.
            return new SpeakerFound(speaking, SpeakerVia.Previous, null);
        }

        if (_polish && cue >= 0)
        {
            if (Best(cue) is { } reading && FormOf(reading.Tag) == "pcon" && SpeakerOfSentence(cue) is { } sameSentence)
            {
                return new SpeakerFound(sameSentence, SpeakerVia.Previous, null);
            }

            if (ResolveZeroSubject(cue) is { } subject)
            {
                return new SpeakerFound(subject, SpeakerVia.ZeroSubject, null);
            }
        }

        return new SpeakerFound(null, SpeakerVia.None, null);
    }

    /// <summary>The speaker of a quote whose cue lies earlier in the sentence of <paramref name="cue"/> ("– ... – powiedział
    /// X, dodając, że ...").</summary>
    private TextSpan? SpeakerOfSentence(int cue)
    {
        for (int index = _found.Count - 1; index >= 0; index--)
        {
            Found found = _found[index];
            if (found.CueToken >= 0 && found.CueToken < cue && _sentenceOf[found.CueToken] == _sentenceOf[cue])
            {
                return found.Speaker;
            }
        }

        return null;
    }

    /// <summary>Titles that tell a person's gender: 'm' or 'f'.</summary>
    private static readonly Dictionary<string, char> _englishTitles = new(StringComparer.Ordinal)
    {
        ["mr."] = 'm', ["mr"] = 'm', ["mrs."] = 'f', ["mrs"] = 'f', ["ms."] = 'f', ["ms"] = 'f', ["miss"] = 'f',
        ["sir"] = 'm', ["lady"] = 'f', ["madam"] = 'f',
    };

    /// <summary>Words that make a capitalised run a body, a place or a title rather than a person.</summary>
    private static readonly HashSet<string> _englishNonPersonWords = new(StringComparer.Ordinal)
    {
        "house", "party", "committee", "university", "news", "department", "times", "post", "states", "state", "america",
        "white", "senate", "congress", "court", "county", "city", "campaign", "administration", "council", "association",
        "institute", "center", "centre", "foundation", "agency", "bureau", "office", "commission", "network", "journal",
        "press", "street", "day", "convention", "caucus", "caucuses", "primary", "school", "college", "company", "group",
        "union", "republicans", "democrats", "republican", "democratic", "national", "federal", "fox", "cnn", "nbc", "abc",
        "cbs", "msnbc", "twitter", "facebook", "poll", "island", "river", "valley", "act", "bill", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "ohio", "iowa", "york", "washington",
    };

    /// <summary>The gender each person of the document is known to have (by title, or by a pronoun resolved to them),
    /// keyed by the last word of the name, lower case.</summary>
    private readonly Dictionary<string, char> _genders = new(StringComparer.Ordinal);

    /// <summary>The name an English "he" or "she" stands for, among the people named outside quotation marks or speaking
    /// in the window (this sentence up to the pronoun and the three before it) whose known gender does not clash: the most
    /// recent one that is the subject of its sentence or of a cue, or the last speaker; the most recent one when all of
    /// them are one person; otherwise null.</summary>
    private TextSpan? ResolvePronoun(int pronoun)
    {
        char gender = _lower[pronoun] switch { "he" => 'm', "she" => 'f', _ => ' ' };
        if (gender == ' ')
        {
            return null;
        }

        int from = _document.Sentences[Math.Max(0, _sentenceOf[pronoun] - 3)].FirstToken;
        List<Person> people = PeopleBetween(from, pronoun);
        string? lastSpeaker = null;
        int lastCue = -1;
        foreach (Found found in _found)
        {
            if (found.Speaker is { } speaker && found.CueToken >= from && found.CueToken < pronoun && found.Via is SpeakerVia.Name or SpeakerVia.Pronoun
                && PersonKey(speaker) is { } key)
            {
                people.Add(new Person(key, speaker, found.CueToken, Subject: true, Speaks: true));
                if (found.CueToken > lastCue)
                {
                    (lastSpeaker, lastCue) = (key, found.CueToken);
                }
            }
        }

        people.Sort((a, b) => a.At.CompareTo(b.At));
        var fitting = people.Where(person => !_genders.TryGetValue(person.Key, out char known) || known == gender).ToList();
        if (fitting.Count == 0)
        {
            return null;
        }

        // The one person; else the latest, when the subject of their sentence; else the last to speak, unless another
        // person has since become the subject of a sentence.
        Person? chosen = fitting.TrueForAll(person => person.Key == fitting[^1].Key) || fitting[^1].Subject ? fitting[^1] : null;
        if (chosen is null && fitting.FindLast(person => person.Speaks || person.Key == lastSpeaker) is { } last
            && fitting.TrueForAll(person => person.Key == last.Key || !person.Subject || person.At < last.At))
        {
            chosen = last;
        }

        if (chosen is null)
        {
            return null;
        }

        _genders.TryAdd(chosen.Key, gender);
        return chosen.Span;
    }

    /// <summary>A person named in the text: who (the entity, or the last word of the name), where, and whether the name is
    /// the subject of its sentence or of a cue.</summary>
    private sealed record Person(string Key, TextSpan Span, int At, bool Subject, bool Speaks = false);

    /// <summary>The people named outside quotation marks in tokens [<paramref name="from"/>, <paramref name="to"/>): the
    /// person mentions, and outside any mention runs of two or more capitalised words with no word of a body or place
    /// among them, and a surname alone when the document names the person in full.</summary>
    private List<Person> PeopleBetween(int from, int to)
    {
        var people = new List<Person>();
        if (!_document.Mentions.IsDefaultOrEmpty)
        {
            foreach (Mention mention in _document.Mentions)
            {
                int first = TokenAtOrAfter(mention.Span.Start);
                int last = TokenEndingBy(mention.Span.End);
                if (mention.Type == EntityType.Per && first >= from && last < to && last >= first && !_inQuote[first])
                {
                    // "Senator Laura Hill": capitalised words before the name (a title, a role) belong to the phrase.
                    int start = first;
                    while (start > from && _sentenceOf[start - 1] == _sentenceOf[first] && IsCapitalised(start - 1) && !_englishFunctionWords.Contains(_lower[start - 1])
                        && !_englishDeterminers.Contains(_lower[start - 1]) && !_englishTimeWords.Contains(_lower[start - 1]) && !InMention(start - 1))
                    {
                        start--;
                    }

                    string key = "entity:" + mention.Entity;
                    NoteTitle(start, last, key);
                    people.Add(new Person(key, SpanOf(start, last + 1), first, IsSubject(start, last), IsSubjectOfCue(last)));
                }
            }
        }

        for (int i = from; i < to; i++)
        {
            if (!IsCapitalised(i) || _inQuote[i] || InMention(i) || _englishFunctionWords.Contains(_lower[i]) || _englishDeterminers.Contains(_lower[i]) || _englishTitles.ContainsKey(_lower[i]))
            {
                continue;
            }

            int end = i;
            while (end + 1 < to && _sentenceOf[end + 1] == _sentenceOf[i] && IsCapitalised(end + 1) && !_englishFunctionWords.Contains(_lower[end + 1]))
            {
                end++;
            }

            if (PersonKey(SpanOf(i, end + 1)) is { } key && (end > i || i > 0 && _englishTitles.ContainsKey(_lower[i - 1]) || Surnames.Contains(key)))
            {
                people.Add(new Person(key, SpanOf(i, end + 1), i, IsSubject(i > 0 && _englishTitles.ContainsKey(_lower[i - 1]) ? i - 1 : i, end), IsSubjectOfCue(end)));
            }

            i = end;
        }

        return people;
    }

    /// <summary>Notes the gender a title just before or inside tokens [<paramref name="first"/>, <paramref name="last"/>]
    /// gives the person <paramref name="key"/> ("Mr. Grant", "Ms. Anna Cole").</summary>
    private void NoteTitle(int first, int last, string key)
    {
        for (int k = Math.Max(0, first - 1); k <= last && k < _tokens.Length; k++)
        {
            if (_englishTitles.TryGetValue(_lower[k], out char gender))
            {
                _genders.TryAdd(key, gender);
                return;
            }
        }
    }

    /// <summary>True when token <paramref name="i"/> lies inside an entity mention.</summary>
    private bool InMention(int i)
    {
        foreach (Mention mention in _document.Mentions)
        {
            if (mention.Span.Overlaps(_tokens[i].Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the name over tokens [<paramref name="first"/>, <paramref name="last"/>] starts its sentence or is the
    /// subject of a cue right after it.</summary>
    private bool IsSubject(int first, int last) =>
        first == _document.Sentences[_sentenceOf[first]].FirstToken || IsSubjectOfCue(last) || (first > 0 && IsQuoteMark(first - 1) && IsSentenceInitial(first));

    /// <summary>Who an English speaker phrase names: its entity where a mention covers it, else the last word of its last
    /// run of capitalised words (the surname), when no word of a body or a place is in that run; null for anything else
    /// ("the campaign", "Fox News").</summary>
    private string? PersonKey(TextSpan span)
    {
        foreach (Mention mention in _document.Mentions)
        {
            if (mention.Span.Overlaps(span))
            {
                if (mention.Type != EntityType.Per)
                {
                    return null;
                }

                string key = "entity:" + mention.Entity;
                NoteTitle(TokenAtOrAfter(span.Start), TokenEndingBy(mention.Span.End), key);
                return key;
            }
        }

        int last = TokenEndingBy(span.End);
        if (last < 0 || !IsCapitalised(last) || _tokens[last].Kind != TokenKind.Word)
        {
            return null;
        }

        for (int k = last; k >= 0 && _tokens[k].Span.Start >= span.Start && IsCapitalised(k); k--)
        {
            if (_englishNonPersonWords.Contains(_lower[k]) || _cues[k] is not null)
            {
                return null;
            }

            if (_englishTitles.TryGetValue(_lower[k], out char gender))
            {
                _genders.TryAdd(_lower[last], gender);
            }
        }

        return _lower[last];
    }

    private HashSet<string>? _surnames;

    /// <summary>The last words of the full names (two or more capitalised words, not starting a sentence) in the document.</summary>
    private HashSet<string> Surnames
    {
        get
        {
            if (_surnames is null)
            {
                _surnames = new HashSet<string>(StringComparer.Ordinal);
                for (int i = 0; i + 1 < _tokens.Length; i++)
                {
                    if (IsCapitalised(i) && !IsSentenceInitial(i) && !_englishFunctionWords.Contains(_lower[i]) && IsCapitalised(i + 1) && _sentenceOf[i + 1] == _sentenceOf[i])
                    {
                        int end = i + 1;
                        while (end + 1 < _tokens.Length && IsCapitalised(end + 1) && _sentenceOf[end + 1] == _sentenceOf[i])
                        {
                            end++;
                        }

                        if (PersonKey(SpanOf(i, end + 1)) is { } key)
                        {
                            _surnames.Add(key);
                        }

                        i = end;
                    }
                }
            }

            return _surnames;
        }
    }

    /// <summary>True when the capitalised word <paramref name="i"/> ends the subject of a cue right after it ("Smith said").</summary>
    private bool IsSubjectOfCue(int i)
    {
        int k = i + 1;
        while (k < _tokens.Length && SkippableBefore(k) > 0)
        {
            k++;
        }

        return k < _tokens.Length && _cues[k] is not null;
    }

    /// <summary>The person a Polish verb with no subject refers to: the one person named in this sentence and the two before
    /// it (outside quotes), or speaking in a quote there, whose gender and number fit the verb's; null when none or several fit.</summary>
    private TextSpan? ResolveZeroSubject(int cue)
    {
        MorphTag? tag = Best(cue)?.Tag;
        if (tag is null || FormOf(tag) is not ("praet" or "fin") || tag.Number == GrammaticalNumber.Plural || tag.Person is 1 or 2)
        {
            return null;
        }

        GrammaticalGender gender = FormOf(tag) == "praet" ? tag.Gender : GrammaticalGender.None;
        int sentence = _sentenceOf[cue];
        int from = _tokens[_document.Sentences[Math.Max(0, sentence - 2)].FirstToken].Span.Start;
        int to = _tokens[cue].Span.Start;
        var candidates = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        foreach (Mention mention in _document.Mentions)
        {
            if (mention.Type == EntityType.Per && mention.Span.Start >= from && mention.Span.End <= to && !InsideFound(mention.Span.Start) && Fits(mention.Span, gender))
            {
                candidates["entity:" + mention.Entity] = mention.Span;
            }
        }

        foreach (Found found in _found)
        {
            if (found.Speaker is { } speaker && speaker.Start >= from && speaker.End <= to && Fits(speaker, gender) && EntityOf(speaker) is var entity)
            {
                candidates[entity is { } known ? "entity:" + known : "text:" + speaker.ToString(_text).ToLowerInvariant()] = speaker;
            }
        }

        return candidates.Count == 1 ? candidates.Values.Single() : null;
    }

    /// <summary>True when the first noun of <paramref name="span"/> may be of <paramref name="gender"/> (unknown genders fit).</summary>
    private bool Fits(TextSpan span, GrammaticalGender gender)
    {
        if (gender == GrammaticalGender.None)
        {
            return true;
        }

        GrammaticalGender known = GrammaticalGender.None;
        for (int i = TokenAtOrAfter(span.Start); i < _tokens.Length && _tokens[i].Span.End <= span.End; i++)
        {
            GrammaticalGender word = GrammaticalGender.None;
            foreach (Analysis analysis in Readings(i))
            {
                if (analysis.Tag.Flexeme is "subst" or "depr")
                {
                    word |= analysis.Tag.Gender;
                }
            }

            if (word != GrammaticalGender.None)
            {
                known = word;
                break;
            }
        }

        return known == GrammaticalGender.None || (known & gender) != 0;
    }
}
