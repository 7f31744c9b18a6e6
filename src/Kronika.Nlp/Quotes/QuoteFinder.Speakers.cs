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
                : IsCapitalised(i) || Best(i)?.Tag.PartOfSpeech is PartOfSpeech.Noun;
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

    /// <summary>The name an English "he" or "she" stands for, when the window (this sentence up to the pronoun and the two
    /// before it, outside quotes) names exactly one full name (two or more capitalised words, the surname alone counting as
    /// the same person); otherwise null.</summary>
    private TextSpan? ResolvePronoun(int pronoun)
    {
        if (_lower[pronoun] is not ("he" or "she"))
        {
            return null;
        }

        int sentence = _sentenceOf[pronoun];
        int from = _document.Sentences[Math.Max(0, sentence - 2)].FirstToken;
        var names = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        var single = new List<(string Word, TextSpan Span)>();
        for (int i = from; i < pronoun; i++)
        {
            if (!IsCapitalised(i) || InsideFound(_tokens[i].Span.Start) || _englishFunctionWords.Contains(_lower[i]) || _englishDeterminers.Contains(_lower[i]))
            {
                continue;
            }

            int end = i;
            while (end + 1 < pronoun && _sentenceOf[end + 1] == _sentenceOf[i] && IsCapitalised(end + 1) && !_englishFunctionWords.Contains(_lower[end + 1]))
            {
                end++;
            }

            if (end > i && _tokens[end].Kind == TokenKind.Word)
            {
                names[_lower[end]] = SpanOf(i, end + 1);
            }
            else if (end == i && !IsSentenceInitial(i))
            {
                single.Add((_lower[i], SpanOf(i, i + 1)));
            }

            i = end;
        }

        // A lone capitalised word counts when it is a surname of a full name there ("Hill" after "Laura Hill"); places and
        // days alone ("Ohio", "Monday") do not compete.
        foreach ((string word, TextSpan span) in single)
        {
            if (names.ContainsKey(word))
            {
                names[word] = span;
            }
        }

        return names.Count == 1 ? names.Values.Single() : null;
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
