using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Quotes;

internal sealed partial class QuoteFinder
{
    /// <summary>Fewer words than this is no reported content ("said so", "powiedział, że tak").</summary>
    private const int MinReportedWords = 3;

    /// <summary>Tokens a trailing attribution may run to after its cue ("..., poinformował Pieskow, nie wchodząc w szczegóły.").</summary>
    private const int MaxTail = 12;

    private static readonly HashSet<string> _englishClauseStops = new(StringComparer.Ordinal)
    {
        "and", "but", "which", "who", "when", "if", "because", "while", "whether", "what", "how", "why", "where",
    };

    private static readonly HashSet<string> _englishTimeWords = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "earlier", "recently", "privately", "publicly", "repeatedly", "again", "later", "previously", "last", "this", "week",
        "night", "morning", "afternoon", "evening", "year", "month", "also", "frequently", "often", "separately", "flatly",
        "bluntly", "simply", "openly",
    };

    private static readonly HashSet<string> _englishMonths = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    private static readonly HashSet<string> _englishSubjects = new(StringComparer.Ordinal)
    {
        "he", "she", "they", "it", "we", "i", "you", "there", "the", "a", "an", "his", "her", "their", "its", "our", "this",
        "these", "those", "some", "many", "no", "every", "both", "all", "most", "nobody", "everyone", "someone", "that",
    };

    private void FindReported()
    {
        foreach (Sentence sentence in _document.Sentences)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            for (int c = sentence.FirstToken; c < sentence.EndToken; c++)
            {
                if (_cues[c] is not { } cue || _usedCue[c] || InsideFound(_tokens[c].Span.Start))
                {
                    continue;
                }

                Found? found = cue.Family == "according"
                    ? According(c, sentence)
                    : Complement(c, sentence) ?? Trailing(c, cue, sentence) ?? AsClause(c, sentence) ?? ClauseAfter(c, cue, sentence);
                if (found is not null && !OverlapsFound(found.Content) && WordCount(found.Content) >= MinReportedWords)
                {
                    _usedCue[c] = true;
                    _found.Add(found);
                }
            }
        }
    }

    /// <summary>The end of the reported content that starts in <paramref name="sentence"/>: its end, or the first quotation
    /// mark of a direct quote found inside it.</summary>
    private int ContentEnd(Sentence sentence, int from)
    {
        int end = sentence.Span.End;
        if (!_polish)
        {
            for (int k = TokenAtOrAfter(from) + 1; k + 1 < sentence.EndToken; k++)
            {
                // "said X, adding that ..." / "said X and insisted that ...": another attribution of the same speaker ends it.
                bool participle = _lower[k] == "," && IsWord(k + 1) && _lower[k + 1].EndsWith("ing", StringComparison.Ordinal)
                    && (_cues[k + 1] is not null || _lower[k + 1] is "referring" or "citing" or "calling" or "describing" or "pointing" or "urging" or "accusing" or "blaming");
                bool coordinated = _lower[k] == "and" && _cues[k + 1] is not null;
                if (participle || coordinated)
                {
                    end = _tokens[k].Span.Start;
                    break;
                }
            }
        }

        foreach (Found found in _found)
        {
            if (found.Content.Start > from && found.Content.Start < end)
            {
                end = found.Content.Start - 1;
            }
        }

        return Math.Max(from, end);
    }

    private Found Reported(TextSpan content, int cue, TextSpan cueSpan, SpeakerFound speaker) => new()
    {
        Kind = QuoteKind.Reported,
        Content = content,
        Cue = cueSpan,
        CueToken = cue,
        Speaker = speaker.Speaker,
        Via = speaker.Via,
        Reference = speaker.Reference,
        Paragraph = _paragraphOf[cue],
    };

    /// <summary>"Putin zauważył, że ...", "zapewnił Pieskow, iż ...", "the Kremlin said that ...", "told reporters that ...".</summary>
    private Found? Complement(int c, Sentence sentence)
    {
        int limit = Math.Min(sentence.EndToken, c + 9);
        for (int k = c + 1; k < limit; k++)
        {
            if (IsSentenceEnd(k) || IsQuoteMark(k) || IsDash(k) || (k > c + 1 && _cues[k] is not null))
            {
                return null;
            }

            bool complementiser = _polish ? _lower[k] is "że" or "iż" or "jakoby" : _lower[k] == "that";
            if (!complementiser)
            {
                if (!_polish && _englishClauseStops.Contains(_lower[k]))
                {
                    return null;
                }

                continue;
            }

            int from = _tokens[k].Span.End;
            TextSpan content = TrimContent(from, ContentEnd(sentence, from), punctuation: true);
            (int First, int End) subject = SubjectBefore(c);
            if (subject.First >= subject.End && _polish)
            {
                subject = PhraseAfter(c + 1);
                subject = subject.End <= k ? subject : (subject.End, subject.End);
            }

            return Reported(content, c, _tokens[c].Span, SpeakerOf(c, subject));
        }

        return null;
    }

    /// <summary>"Content, X said." / "Content, said X." / "Treść – poinformował Pieskow, ..." / "Treść, dodał."</summary>
    private Found? Trailing(int c, Cue cue, Sentence sentence)
    {
        (int First, int End) before = PhraseBefore(c);
        int j = before.First < before.End ? before.First : c;
        while (j > sentence.FirstToken && SkippableBefore(j - 1) > 0 && j - 1 >= before.End)
        {
            j--;
        }

        int separator = j - 1;
        if (separator <= sentence.FirstToken + 1 || !(_lower[separator] == "," || IsDash(separator)))
        {
            return null;
        }

        (int First, int End) subject = before;
        if (subject.First >= subject.End && (cue.Inversion || _polish))
        {
            subject = PhraseAfter(c + 1);
            if (subject.First > c + 1 + (_polish ? 2 : 0) || (!_polish && subject.First < subject.End && !EndsAttribution(subject.End, sentence)))
            {
                // "..., said he did not know": a clause follows the verb, so this is no inverted attribution.
                subject = (c, c);
            }
        }

        int from = _tokens[sentence.FirstToken].Span.Start;
        if (IsQuoteMark(sentence.FirstToken) || IsDash(sentence.FirstToken))
        {
            from = _tokens[sentence.FirstToken].Span.End;
        }

        int after = SkipAdjuncts(Math.Max(c + 1, subject.End), sentence, tell: false);
        if (!_polish && after < sentence.EndToken && !IsSentenceEnd(after) && !IsQuoteMark(after))
        {
            if (_lower[after] != "," || after + 1 >= sentence.EndToken || IsSentenceEnd(after + 1))
            {
                // "After the vote, she said he had won": a clause follows the verb; the words before the comma are no content.
                return null;
            }

            // "The plan, he said, will cost more.": the content runs on past the attribution, to the sentence's end.
            return Reported(TrimContent(from, ContentEnd(sentence, from), punctuation: true), c, _tokens[c].Span, SpeakerOf(c, subject));
        }

        if (sentence.EndToken - c > MaxTail)
        {
            return null;
        }

        TextSpan content = TrimContent(from, _tokens[separator].Span.Start, punctuation: true);
        return Reported(content, c, _tokens[c].Span, SpeakerOf(c, subject));
    }

    /// <summary>True when token <paramref name="k"/> may follow a complete attribution: the sentence's end, a comma or a
    /// time or place adjunct ("said Smith on Monday."), not a verb that starts a clause.</summary>
    private bool EndsAttribution(int k, Sentence sentence)
    {
        k = SkipAdjuncts(k, sentence, tell: false);
        return k >= sentence.EndToken || _tokens[k].Kind == TokenKind.Punctuation || IsQuoteMark(k);
    }

    /// <summary>"Jak poinformował Pieskow, ..." / "As Trump said, ...": the content follows the comma after the attribution.</summary>
    private Found? AsClause(int c, Sentence sentence)
    {
        (int First, int End) before = PhraseBefore(c);
        int j = before.First < before.End ? before.First : c;
        if (j - 1 < sentence.FirstToken || !Is(j - 1, _polish ? "jak" : "as") || j - 1 > sentence.FirstToken + 1)
        {
            return null;
        }

        int comma = c + 1;
        while (comma < sentence.EndToken && comma <= c + MaxNounPhrase && _lower[comma] != ",")
        {
            comma++;
        }

        if (comma >= sentence.EndToken || _lower[comma] != ",")
        {
            return null;
        }

        (int First, int End) subject = before.First < before.End ? before : PhraseAfter(c + 1);
        subject = subject.End <= comma ? subject : (c, c);
        int from = _tokens[comma].Span.End;
        return Reported(TrimContent(from, ContentEnd(sentence, from), punctuation: true), c, _tokens[c].Span, SpeakerOf(c, subject));
    }

    /// <summary>"According to X, content." / "Content, according to X." / "Według X, treść." / "Zdaniem X treść."</summary>
    private Found? According(int c, Sentence sentence)
    {
        int after = _polish ? c + 1 : c + 2;
        int end = after;
        while (end < sentence.EndToken && end - after < MaxNounPhrase && IsPhraseToken(end))
        {
            end++;
        }

        (int First, int End) source = Headed(after, end);
        if (source.First >= source.End)
        {
            return null;
        }

        TextSpan cueSpan = _polish ? _tokens[c].Span : SpanOf(c, c + 2);
        SpeakerFound speaker = SpeakerOf(c, source);
        bool initial = c == sentence.FirstToken || (c == sentence.FirstToken + 1 && (IsQuoteMark(sentence.FirstToken) || IsDash(sentence.FirstToken)));
        if (initial)
        {
            int from = end < sentence.EndToken && _lower[end] == "," ? _tokens[end].Span.End : _tokens[end - 1].Span.End;
            return Reported(TrimContent(from, ContentEnd(sentence, from), punctuation: true), c, cueSpan, speaker);
        }

        if (c - 1 > sentence.FirstToken && _lower[c - 1] == ",")
        {
            return Reported(TrimContent(_tokens[sentence.FirstToken].Span.Start, _tokens[c - 1].Span.Start, punctuation: true), c, cueSpan, speaker);
        }

        return null;
    }

    /// <summary>English "X said Y would ...", "X told reporters on Monday the plan ...", "Y, who said the ...": a cue
    /// followed, past its adjuncts and object, by the subject of a clause; the content runs to the sentence's end.</summary>
    private Found? ClauseAfter(int c, Cue cue, Sentence sentence)
    {
        if (_polish || cue.Family is "according" or "deny" or "confirm" or "evidence" || IsPassive(c))
        {
            return null;
        }

        int n = SkipAdjuncts(c + 1, sentence, tell: cue.Family == "tell");
        n = Is(n, "that") ? n + 1 : n;
        bool infinitive = Is(n, "to") && cue.Family is "intend" or "think" or "warn";
        bool objectOnly = cue.Family is "evaluate" or "ask";
        if (n >= sentence.EndToken || !(infinitive || StartsClause(n) || (cue.Family == "ask" && _lower[n] is "whether" or "if" or "about")))
        {
            return null;
        }

        if (cue.Family == "intend" && !infinitive)
        {
            return null;
        }

        (int First, int End) subject = SubjectBefore(c);
        if (subject.First >= subject.End && !_lower[c].EndsWith("ing", StringComparison.Ordinal) && !Is(c - 1, "who") && !Is(c - 1, "and"))
        {
            return null;
        }

        int from = _tokens[n].Span.Start;
        int end = objectOnly ? ObjectEnd(n, sentence) : ContentEnd(sentence, from);
        return Reported(TrimContent(from, end, punctuation: true), c, _tokens[c].Span, SpeakerOf(c, subject));
    }

    private static readonly HashSet<string> _englishObjectStops = new(StringComparer.Ordinal)
    {
        "when", "because", "while", "after", "before", "since", "although", "though", "but", "during", "despite", "amid", "whose",
    };

    /// <summary>Where the object of an evaluating cue ends ("criticized his handling of the crisis, saying ..."): at a comma,
    /// a dash, a bracket, a conjunction that starts another clause, or the sentence's end.</summary>
    private int ObjectEnd(int n, Sentence sentence)
    {
        for (int k = n + 1; k < sentence.EndToken; k++)
        {
            if (_lower[k] is "," or ";" or "(" or ":" || IsDash(k) || _englishObjectStops.Contains(_lower[k]) || IsSentenceEnd(k))
            {
                return _tokens[k].Span.Start;
            }
        }

        return ContentEnd(sentence, _tokens[n].Span.Start);
    }

    /// <summary>True for an English cue in the passive or after "to be" ("was told", "is said to"), which reports no speech
    /// of its subject.</summary>
    private bool IsPassive(int c)
    {
        int k = c - 1;
        while (k >= 0 && SkippableBefore(k) > 0 && !_englishBe.Contains(_lower[k]))
        {
            k--;
        }

        return k >= 0 && _englishBe.Contains(_lower[k]);
    }

    private static readonly HashSet<string> _englishBe = new(StringComparer.Ordinal) { "is", "was", "were", "are", "be", "been", "being", "'s", "’s" };

    private static readonly HashSet<string> _englishAdjunctPrepositions = new(StringComparer.Ordinal)
    {
        "on", "in", "at", "during", "after", "before", "from", "via", "through", "with", "to", "for", "of", "about", "over", "late", "early",
    };

    /// <summary>The first token from <paramref name="k"/> past English adjuncts of a cue: time words ("Monday", "last
    /// week"), prepositional phrases ("in a statement", "at a rally in Ohio", "of the deal"), and for "tell" its object
    /// ("reporters", "CNN", "him"); <paramref name="k"/> itself when none.</summary>
    private int SkipAdjuncts(int k, Sentence sentence, bool tell)
    {
        if (_polish)
        {
            return k;
        }

        if (tell && k < sentence.EndToken && IsWord(k) && !Is(k, "that"))
        {
            k = _lower[k] is "him" or "her" or "them" or "us" or "me" or "reporters" or "supporters" ? k + 1 : NounPhraseEnd(k, sentence);
        }

        while (k < sentence.EndToken && IsWord(k))
        {
            if (_lower[k] is "this" or "last" or "next")
            {
                // "said last week", not "said this is".
                k = k + 1 < sentence.EndToken && _englishTimeWords.Contains(_lower[k + 1]) ? k + 2 : k;
                if (k < sentence.EndToken && _lower[k] is "this" or "last" or "next")
                {
                    break;
                }
            }
            else if (_englishTimeWords.Contains(_lower[k]) || _englishMonths.Contains(_lower[k]))
            {
                k++;
            }
            else if (_englishAdjunctPrepositions.Contains(_lower[k]) && k + 1 < sentence.EndToken && IsWord(k + 1) && !Is(k + 1, "that"))
            {
                int end = NounPhraseEnd(k + 1, sentence);
                if (end == k + 1)
                {
                    break;
                }

                k = end;
            }
            else
            {
                break;
            }
        }

        return k;
    }

    /// <summary>The end of an English noun phrase starting at <paramref name="k"/>: an optional determiner, then names,
    /// nouns, adjectives and numbers, stopping before a word that begins a new subject.</summary>
    private int NounPhraseEnd(int k, Sentence sentence)
    {
        int start = k;
        if (k < sentence.EndToken && (_englishDeterminers.Contains(_lower[k]) || _lower[k] is "his" or "her" or "their"))
        {
            k++;
        }

        while (k < sentence.EndToken && k - start < MaxNounPhrase && (IsWord(k) || _tokens[k].Kind == TokenKind.Number)
            && !_englishSubjects.Contains(_lower[k]) && !_englishFunctionWords.Contains(_lower[k]) && _cues[k] is null
            && (IsCapitalised(k) || _tokens[k].Kind == TokenKind.Number || Best(k)?.Tag.PartOfSpeech is PartOfSpeech.Noun or PartOfSpeech.Adjective or PartOfSpeech.Numeral))
        {
            k++;
        }

        return k == start + 1 && _englishDeterminers.Contains(_lower[start]) ? start : k;
    }

    /// <summary>True when an English clause may start at token <paramref name="n"/>: a pronoun, a determiner, a name, a noun,
    /// an adjective or a number, not a preposition, a conjunction or "to".</summary>
    private bool StartsClause(int n)
    {
        if (_tokens[n].Kind == TokenKind.Number)
        {
            return true;
        }

        if (!IsWord(n) || _lower[n] is "to" or "so" or "nothing" or "yes" or "no" or "something" or "anything" or "goodbye" or "hello" or "thanks")
        {
            return false;
        }

        int apostrophe = _lower[n].IndexOfAny(['\'', '’']);
        if (_englishSubjects.Contains(_lower[n]) || (apostrophe > 0 && _englishSubjects.Contains(_lower[n][..apostrophe])))
        {
            // "he’s", "there's", "they’re": a subject with its verb.
            return true;
        }

        if (_englishFunctionWords.Contains(_lower[n]) || _cues[n] is not null)
        {
            return false;
        }

        return IsCapitalised(n) || Best(n)?.Tag.PartOfSpeech is PartOfSpeech.Noun or PartOfSpeech.Adjective or PartOfSpeech.Numeral or PartOfSpeech.Pronoun;
    }
}
