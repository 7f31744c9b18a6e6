using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Quotes;

internal sealed partial class QuoteFinder
{
    /// <summary>Fewer words than this in quotation marks with no attribution is a title or a scare quote, not speech.</summary>
    private const int MinStandaloneWords = 4;

    /// <summary>Fewer words than this in quotation marks, even attributed, is a fragment inside reported speech.</summary>
    private const int MinAttributedWords = 3;

    /// <summary>Tokens a name with its apposition may take between a closing mark and the cue ("”, Jane Roe, a lawyer for the
    /// city who led the case, said").</summary>
    private const int MaxApposition = 30;

    private Found? _previousDirect;

    /// <summary>An attribution found next to a quote: the cue token (or colon), the span of the cue, the speaker, and the
    /// offset where the attribution ends.</summary>
    private readonly record struct Attribution(int CueToken, TextSpan Cue, SpeakerFound Speaker, int End);

    private void FindDirect()
    {
        for (int p = 0; p < _paragraphs.Count; p++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            TextSpan paragraph = _paragraphs[p];
            int first = TokenAtOrAfter(paragraph.Start);
            if (first < _tokens.Length && IsDash(first) && _tokens[first].Span.Start == paragraph.Start
                && first + 1 < _tokens.Length && !IsQuoteMark(first + 1))
            {
                DashParagraph(p, first);
                continue;
            }

            p = QuotedParagraph(p);
        }
    }

    /// <summary>The quotations in marks of paragraph <paramref name="p"/>; returns the last paragraph a quotation running
    /// over several paragraphs reached.</summary>
    private int QuotedParagraph(int p)
    {
        TextSpan paragraph = _paragraphs[p];
        Found? inParagraph = null;
        foreach (QuotedSpan quoted in QuoteMarks.Scan(_text, paragraph.Start, paragraph.End))
        {
            int close = quoted.Close;
            int afterClose = quoted.AfterClose;
            int last = p;
            while (close < 0 && last + 1 < _paragraphs.Count && StartsWithOpener(last + 1))
            {
                last++;
                List<QuotedSpan> next = QuoteMarks.Scan(_text, _paragraphs[last].Start, _paragraphs[last].End);
                if (next.Count > 0 && next[0].Open == _paragraphs[last].Start && next[0].Close >= 0)
                {
                    close = next[0].Close;
                    afterClose = next[0].AfterClose;
                }
            }

            TextSpan content = Trim(quoted.ContentStart, close >= 0 ? close : _paragraphs[last].End);
            if (content.IsEmpty)
            {
                continue;
            }

            Attribution? tail = close >= 0 ? Tail(afterClose, _paragraphs[last].End) : null;
            if (tail is null && inParagraph is { TailEnd: >= 0 } before && last == p && Continues(before.TailEnd, quoted.Open))
            {
                // "“Part one,” he said. “Part two.”": one quote split by its attribution.
                before.Content = new TextSpan(before.Content.Start, content.End);
                continue;
            }

            if (tail is { } mixed && MixedStart(quoted.Open, paragraph.Start) is var from && from >= 0)
            {
                // "Mrs. Smith, with her record, “is seen as the favourite,” he said.": words of the writer's own start the
                // sentence, so the whole sentence is reported speech with a quoted part.
                Found reported = Attributed(QuoteKind.Reported, TrimContent(from, content.End, punctuation: true), mixed, p, -1);
                Add(reported);
                continue;
            }

            Attribution? attribution = tail ?? Head(quoted.Open, paragraph.Start);
            if (attribution is not null && WordCount(content) < MinAttributedWords)
            {
                // "called it “a disaster,” Trump said": a fragment quoted inside reported speech, left to the reported pass.
                continue;
            }

            Found? found = attribution is { } known
                ? Attributed(QuoteKind.Direct, content, known, p, tail is null ? -1 : known.End)
                : Unattributed(content, quoted, afterClose, paragraph, p);
            if (found is not null)
            {
                Add(found);
                inParagraph = found;
                _previousDirect = found;
            }

            if (last > p)
            {
                return last;
            }
        }

        return p;
    }

    /// <summary>A quotation with no attribution: speech when it fills its paragraph (the previous quote's speaker carries
    /// over in a run of paragraphs) or is a long sentence of its own; otherwise a title or a scare quote (null).</summary>
    private Found? Unattributed(TextSpan content, QuotedSpan quoted, int afterClose, TextSpan paragraph, int p)
    {
        int words = WordCount(content);
        bool fills = quoted.Open == paragraph.Start && (afterClose < 0 || OnlyPunctuation(afterClose, paragraph.End));
        if (fills && words >= MinStandaloneWords)
        {
            return Carried(QuoteKind.Direct, content, p);
        }

        return words >= 2 * MinStandaloneWords && char.IsUpper(_text[content.Start]) ? Carried(QuoteKind.Direct, content, p) : null;
    }

    /// <summary>A quote with no cue of its own; the previous quote's speaker when that quote ends in the paragraph before or in this one.</summary>
    private Found Carried(QuoteKind kind, TextSpan content, int p)
    {
        var found = new Found { Kind = kind, Content = content, Paragraph = p };
        if (_previousDirect is { Speaker: { } speaker } previous && previous.Paragraph >= p - 1)
        {
            found.Speaker = speaker;
            found.Via = SpeakerVia.Previous;
        }

        return found;
    }

    private Found Attributed(QuoteKind kind, TextSpan content, Attribution attribution, int p, int tailEnd)
    {
        if (attribution.CueToken >= 0)
        {
            _usedCue[attribution.CueToken] = true;
        }

        return new Found
        {
            Kind = kind,
            Content = content,
            Cue = attribution.Cue,
            CueToken = attribution.CueToken,
            Speaker = attribution.Speaker.Speaker,
            Via = attribution.Speaker.Via,
            Reference = attribution.Speaker.Reference,
            Paragraph = p,
            TailEnd = tailEnd,
        };
    }

    private void Add(Found found)
    {
        if (!OverlapsFound(found.Content))
        {
            _found.Add(found);
        }
    }

    private bool StartsWithOpener(int p)
    {
        char c = _text[_paragraphs[p].Start];
        return QuoteMarks.IsOpener(c) || c is '"' or '”' or '»' || QuoteMarks.IsDoubledApostrophe(_text, _paragraphs[p].Start);
    }

    /// <summary>Where the sentence of an English quotation opening at <paramref name="open"/> starts, when two or more words
    /// with no cue among them stand before the mark in it (the quotation is then part of a sentence of reported speech);
    /// otherwise -1.</summary>
    private int MixedStart(int open, int paragraphStart)
    {
        if (_polish)
        {
            return -1;
        }

        int mark = TokenAtOrAfter(open);
        if (mark >= _tokens.Length)
        {
            return -1;
        }

        int first = Math.Max(_document.Sentences[_sentenceOf[mark]].FirstToken, TokenAtOrAfter(paragraphStart));
        int words = 0;
        for (int i = first; i < mark; i++)
        {
            if (_cues[i] is not null || IsQuoteMark(i) || _lower[i] == ":")
            {
                return -1;
            }

            words += IsWord(i) ? 1 : 0;
        }

        return words >= 2 ? _tokens[first].Span.Start : -1;
    }

    /// <summary>True when a quotation opening at <paramref name="open"/> continues the quote whose attribution ends at
    /// <paramref name="tailEnd"/>: only punctuation lies between, or the rest of the attribution's sentence ("”, said Jane
    /// Roe, a lawyer for the city. “…").</summary>
    private bool Continues(int tailEnd, int open)
    {
        if (OnlyPunctuation(tailEnd, open))
        {
            return true;
        }

        int last = TokenEndingBy(tailEnd);
        if (last < 0)
        {
            return false;
        }

        int mark = TokenAtOrAfter(open);
        for (int i = last + 1; i < mark; i++)
        {
            if (IsQuoteMark(i))
            {
                return false;
            }
        }

        // "”, she told the paper, “…": the attribution's clause goes on and hands back to the quotation.
        Sentence sentence = _document.Sentences[_sentenceOf[last]];
        return sentence.Span.End <= open ? OnlyPunctuation(sentence.Span.End, open) : mark - 1 > last && _lower[mark - 1] is "," or ":";
    }

    private bool OnlyPunctuation(int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(_text[i]) && !char.IsPunctuation(_text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The attribution after a closing mark: "”, said X", "”, X said", "” – stwierdził X", "” – dodał".</summary>
    private Attribution? Tail(int after, int paragraphEnd)
    {
        int k = TokenAtOrAfter(after);
        for (int skipped = 0; skipped < 2 && k < _tokens.Length && _tokens[k].Span.Start < paragraphEnd
            && !IsQuoteMark(k) && (_lower[k] is "," or ";" || IsDash(k) || (_polish && IsSentenceEnd(k))); skipped++)
        {
            k++;
        }

        int start = k;
        bool apposed = false;
        for (; k < _tokens.Length && k <= start + (apposed ? MaxApposition : MaxNounPhrase) && _tokens[k].Span.Start < paragraphEnd; k++)
        {
            if (_cues[k] is { } cue && !_usedCue[k] && cue.Family != "according")
            {
                if (apposed && !_polish && SubjectBefore(k) is var subject && (subject.First >= subject.End || subject.First < start))
                {
                    return null;
                }

                return AttributionAt(k, start, cue);
            }

            if (!IsPhraseToken(k) && !(IsWord(k) && IsPronoun(k)) && SkippableBefore(k) == 0)
            {
                // "”, Jane Roe, a lawyer for the city, said.": an apposition between the name and the verb.
                if (_polish || k == start || IsSentenceEnd(k) || IsQuoteMark(k) || _sentenceOf[k] != _sentenceOf[start])
                {
                    return null;
                }

                apposed = true;
            }
        }

        return null;
    }

    /// <summary>The attribution of cue <paramref name="cue"/>: its subject before it (not before <paramref name="floor"/>),
    /// else after it when the cue allows inversion, else a pronoun or zero subject.</summary>
    private Attribution AttributionAt(int cue, int floor, Cue entry)
    {
        (int First, int End) phrase = SubjectBefore(cue);
        if (phrase.First < floor)
        {
            phrase = phrase.End <= floor ? (cue, cue) : (floor, phrase.End);
        }

        int end = _tokens[cue].Span.End;
        if (phrase.First >= phrase.End && (entry.Inversion || _polish))
        {
            phrase = PhraseAfter(cue + 1);
            if (phrase.First < phrase.End && phrase.First > cue + 1 + (_polish ? 2 : 0))
            {
                phrase = (cue, cue);
            }

            end = phrase.First < phrase.End ? _tokens[phrase.End - 1].Span.End : end;
        }

        return new Attribution(cue, _tokens[cue].Span, SpeakerOf(cue, phrase), end);
    }

    /// <summary>The attribution before an opening mark: "X said: “", "said X: “", "according to X, “", "X: “" (no verb: the
    /// colon is the cue), "Putin powiedział: „".</summary>
    private Attribution? Head(int open, int paragraphStart)
    {
        int b = TokenEndingBy(open);
        if (b < 0 || _tokens[b].Span.Start < paragraphStart)
        {
            return null;
        }

        if (!_polish && IsSentenceEnd(b) && b >= 1 && _cues[b - 1] is { } previous && !_usedCue[b - 1] && previous.Family != "according"
            && _tokens[b - 1].Span.Start >= paragraphStart)
        {
            // "Jane Roe agreed. “…”": the sentence before, ending in its cue, introduces the quotation.
            return new Attribution(b - 1, _tokens[b - 1].Span, SpeakerOf(b - 1, SubjectBefore(b - 1)), _tokens[b - 1].Span.End);
        }

        int colon = _lower[b] == ":" ? b : -1;
        bool separated = _lower[b] is ":" or ",";
        if (separated)
        {
            b--;
        }
        else if (!_polish && _lower[b] == "that")
        {
            b--;
        }
        else if (_cues[b] is null)
        {
            return null;
        }

        if (b < 0 || _tokens[b].Span.Start < paragraphStart)
        {
            return null;
        }

        if (_cues[b] is { } direct && !_usedCue[b] && direct.Family != "according")
        {
            (int First, int End) before = PhraseBefore(b);
            return new Attribution(b, _tokens[b].Span, SpeakerOf(b, before), _tokens[b].Span.End);
        }

        int j = b;
        while (j >= 0 && b - j < MaxNounPhrase && _tokens[j].Span.Start >= paragraphStart && IsPhraseToken(j))
        {
            j--;
        }

        if (j == b)
        {
            return _polish || !separated ? null : EarlierCue(b + 1, colon, paragraphStart);
        }

        (int First, int End) after = (j + 1, b + 1);
        if (j >= 1 && Is(j, "to") && Is(j - 1, "according"))
        {
            return new Attribution(j - 1, SpanOf(j - 1, j + 1), SpeakerOf(j - 1, after), _tokens[b].Span.End);
        }

        if (j >= 0 && _cues[j] is { } cue && !_usedCue[j])
        {
            (int First, int End) subject = cue.Family == "according" ? after : PhraseBefore(j);
            if (subject.First >= subject.End && (cue.Inversion || _polish))
            {
                subject = after;
            }

            return new Attribution(j, _tokens[j].Span, SpeakerOf(j, subject), _tokens[b].Span.End);
        }

        bool atStart = j < 0 || _tokens[j].Span.Start < paragraphStart || IsSentenceEnd(j);
        (int First, int End) named = Headed(after.First, after.End);
        if (colon >= 0 && atStart && named.First < named.End)
        {
            return new Attribution(-1, _tokens[colon].Span, SpeakerOf(-1, named), _tokens[colon].Span.End);
        }

        return _polish || !separated ? null : EarlierCue(b + 1, colon, paragraphStart);
    }

    /// <summary>An English attribution further back in the sentence before a quotation: "X said in an interview with the
    /// paper, “" (the cue and its subject), or "X delivered a blunt message: “" (the colon is the cue, the subject of the
    /// sentence the speaker).</summary>
    private Attribution? EarlierCue(int mark, int colon, int paragraphStart)
    {
        int floor = Math.Max(_document.Sentences[_sentenceOf[Math.Max(0, mark - 1)]].FirstToken, TokenAtOrAfter(paragraphStart));
        for (int k = mark - 1; k >= floor && mark - k <= 25; k--)
        {
            if (IsQuoteMark(k))
            {
                break;
            }

            if (_cues[k] is { } cue && !_usedCue[k] && cue.Family != "according" && !IsPassive(k))
            {
                (int First, int End) subject = SubjectBefore(k);
                if (subject.First < subject.End)
                {
                    return new Attribution(k, _tokens[k].Span, SpeakerOf(k, subject), _tokens[k].Span.End);
                }

                if (!_lower[k].EndsWith("ing", StringComparison.Ordinal))
                {
                    return null;
                }

                // "X endorsed Clinton, saying, “": the participle's subject is the subject of the verb before it.
            }
        }

        if (colon >= 0 && floor < colon)
        {
            (int First, int End) subject = PhraseAfter(floor);
            if (subject.First == floor && subject.First < subject.End && subject.End < colon && subject.End - subject.First <= MaxNounPhrase
                && (IsCapitalised(subject.First) || IsPronoun(subject.First) || IsCapitalised(subject.End - 1)))
            {
                return new Attribution(-1, _tokens[colon].Span, SpeakerOf(-1, subject), _tokens[colon].Span.End);
            }
        }

        return null;
    }

    /// <summary>A Polish speech paragraph: "– Speech – stwierdził X. – More speech.", or a dash paragraph with no attribution
    /// (the previous quote's speaker carries over in a run of them).</summary>
    private void DashParagraph(int p, int dash)
    {
        TextSpan paragraph = _paragraphs[p];
        int end = TokenAtOrAfter(paragraph.End);
        int start = _tokens[dash].Span.End;
        for (int d = dash + 3; d < end - 1; d++)
        {
            int c = Is(d + 1, "jak") ? d + 2 : d + 1;
            if (!IsDash(d) || c >= end || _cues[c] is not { } cue || _usedCue[c] || cue.Family == "according")
            {
                continue;
            }

            Attribution attribution = AttributionAt(c, c, cue);
            int after = c + 1;
            while (after < end && !IsSentenceEnd(after) && !IsDash(after))
            {
                after++;
            }

            bool resumes = after < end && (IsDash(after) || (after + 1 < end && IsDash(after + 1)));
            TextSpan content = resumes ? TrimContent(start, paragraph.End, punctuation: false) : TrimContent(start, _tokens[d].Span.Start, punctuation: false);
            Found found = Attributed(QuoteKind.Direct, content, attribution, p, attribution.End);
            Add(found);
            _previousDirect = found;
            return;
        }

        TextSpan whole = Trim(start, paragraph.End);
        if (WordCount(whole) >= MinStandaloneWords)
        {
            Found found = Carried(QuoteKind.Direct, whole, p);
            Add(found);
            _previousDirect = found;
        }
    }
}
