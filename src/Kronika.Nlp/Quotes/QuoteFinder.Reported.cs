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
        "night", "morning", "afternoon", "evening", "year", "month",
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
                    : Complement(c, sentence) ?? Trailing(c, cue, sentence) ?? AsClause(c, sentence) ?? BareClause(c, cue, sentence);
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
            (int First, int End) subject = PhraseBefore(c);
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
        if (separator <= sentence.FirstToken + 1 || !(_lower[separator] == "," || IsDash(separator)) || sentence.EndToken - c > MaxTail)
        {
            return null;
        }

        (int First, int End) subject = before;
        if (subject.First >= subject.End && (cue.Inversion || _polish))
        {
            subject = PhraseAfter(c + 1);
            if (subject.First > c + 1 + (_polish ? 2 : 0))
            {
                subject = (c, c);
            }
        }

        int from = _tokens[sentence.FirstToken].Span.Start;
        if (IsQuoteMark(sentence.FirstToken) || IsDash(sentence.FirstToken))
        {
            from = _tokens[sentence.FirstToken].Span.End;
        }

        TextSpan content = TrimContent(from, _tokens[separator].Span.Start, punctuation: true);
        return Reported(content, c, _tokens[c].Span, SpeakerOf(c, subject));
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

    /// <summary>English "X said Y would ...": a cue followed straight by the subject of a clause.</summary>
    private Found? BareClause(int c, Cue cue, Sentence sentence)
    {
        if (_polish || cue.Family is "tell" or "according" or "ask" or "deny" or "confirm" or "announce")
        {
            return null;
        }

        int n = c + 1;
        while (n < sentence.EndToken && n <= c + 2 && _englishTimeWords.Contains(_lower[n]))
        {
            n++;
        }

        if (n >= sentence.EndToken || !IsWord(n) || !(_englishSubjects.Contains(_lower[n]) || (IsCapitalised(n) && !_englishFunctionWords.Contains(_lower[n]))))
        {
            return null;
        }

        (int First, int End) subject = PhraseBefore(c);
        if (subject.First >= subject.End)
        {
            return null;
        }

        int from = _tokens[n].Span.Start;
        return Reported(TrimContent(from, ContentEnd(sentence, from), punctuation: true), c, _tokens[c].Span, SpeakerOf(c, subject));
    }
}
