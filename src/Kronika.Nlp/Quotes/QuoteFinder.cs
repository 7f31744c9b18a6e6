using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Quotes;

/// <summary>The quotes of one document: the state of one <see cref="QuoteStage.Run"/> (token tables, the quotes found so
/// far), so that the stage itself stays immutable. Direct quotes first, paragraph by paragraph, then reported speech
/// sentence by sentence outside them.</summary>
internal sealed partial class QuoteFinder
{
    private const int MaxNounPhrase = 8;

    private readonly Document _document;
    private readonly string _text;
    private readonly CueLexicon _lexicon;
    private readonly CancellationToken _cancellationToken;
    private readonly bool _polish;
    private readonly ImmutableArray<Token> _tokens;
    private readonly int[] _sentenceOf;
    private readonly int[] _paragraphOf;
    private readonly List<TextSpan> _paragraphs = [];
    private readonly string[] _lower;
    private readonly Cue?[] _cues;
    private readonly bool[] _usedCue;
    private readonly bool[] _inQuote;
    private readonly List<Found> _found = [];

    public QuoteFinder(Document document, CueLexicon lexicon, CancellationToken cancellationToken)
    {
        _document = document;
        _text = document.Text;
        _lexicon = lexicon;
        _cancellationToken = cancellationToken;
        _polish = document.Language == "pl";
        _tokens = document.Tokens;
        _lower = new string[_tokens.Length];
        _sentenceOf = new int[_tokens.Length];
        _paragraphOf = new int[_tokens.Length];
        _cues = new Cue?[_tokens.Length];
        _usedCue = new bool[_tokens.Length];
        _inQuote = new bool[_tokens.Length];
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            for (int i = document.Sentences[s].FirstToken; i < document.Sentences[s].EndToken; i++)
            {
                _sentenceOf[i] = s;
            }
        }

        FindParagraphs();
        int paragraph = 0;
        for (int i = 0; i < _tokens.Length; i++)
        {
            _lower[i] = _tokens[i].Span.ToString(_text).ToLowerInvariant();
            while (paragraph + 1 < _paragraphs.Count && _tokens[i].Span.Start >= _paragraphs[paragraph + 1].Start)
            {
                paragraph++;
            }

            _paragraphOf[i] = paragraph;
        }

        for (int i = 0; i < _tokens.Length; i++)
        {
            _cues[i] = CueAt(i);
        }

        foreach (TextSpan line in _paragraphs)
        {
            foreach (QuotedSpan quoted in QuoteMarks.Scan(_text, line.Start, line.End))
            {
                int end = quoted.Close < 0 ? line.End : quoted.Close;
                for (int i = TokenAtOrAfter(quoted.ContentStart); i < _tokens.Length && _tokens[i].Span.Start < end; i++)
                {
                    _inQuote[i] = true;
                }
            }
        }
    }

    /// <summary>A quote being built: its parts, and where its attribution ends (to join a quote split by it).</summary>
    private sealed class Found
    {
        public required QuoteKind Kind { get; init; }

        public required TextSpan Content { get; set; }

        public TextSpan? Cue { get; init; }

        public int CueToken { get; init; } = -1;

        public TextSpan? Speaker { get; set; }

        public SpeakerVia Via { get; set; }

        public TextSpan? Reference { get; set; }

        public int Paragraph { get; init; }

        /// <summary>Offset just past the attribution that follows the content, or -1 when none follows it.</summary>
        public int TailEnd { get; init; } = -1;
    }

    /// <summary>Every quote, in text order of its content.</summary>
    public ImmutableArray<Quote> Find()
    {
        FindDirect();
        FindReported();
        _found.Sort((a, b) => a.Content.Start != b.Content.Start ? a.Content.Start.CompareTo(b.Content.Start) : a.Content.End.CompareTo(b.Content.End));
        var quotes = ImmutableArray.CreateBuilder<Quote>(_found.Count);
        foreach (Found found in _found)
        {
            quotes.Add(new Quote(found.Kind, found.Content, found.Cue, found.Speaker, found.Speaker is null ? SpeakerVia.None : found.Via,
                found.Reference, found.Speaker is { } speaker ? EntityOf(speaker) : null));
        }

        return quotes.MoveToImmutable();
    }

    /// <summary>Paragraphs: the non-blank lines of the text, trimmed.</summary>
    private void FindParagraphs()
    {
        int start = 0;
        while (start <= _text.Length)
        {
            int end = _text.IndexOf('\n', start);
            end = end < 0 ? _text.Length : end;
            TextSpan line = Trim(start, end);
            if (!line.IsEmpty)
            {
                _paragraphs.Add(line);
            }

            start = end + 1;
        }
    }

    /// <summary>The entity a speaker phrase names: the one person mentioned in it ("samozwańczy prezydent Białorusi" when a
    /// role mention links it to a person); else a body or state named at its start ("Kreml", "the Kremlin said"), as the
    /// actor it stands for; else null: the state in "prezydent Białorusi" is not who speaks.</summary>
    private int? EntityOf(TextSpan speaker)
    {
        int? person = null;
        int? body = null;
        int start = TokenAtOrAfter(speaker.Start);
        int head = start < _tokens.Length && IsWord(start) && (_englishDeterminers.Contains(_lower[start]) || IsPronoun(start)) ? start + 1 : start;
        foreach (Mention mention in _document.Mentions)
        {
            if (!mention.Span.Overlaps(speaker))
            {
                continue;
            }

            if (mention.Type == EntityType.Per)
            {
                if (person is { } other && other != mention.Entity)
                {
                    return null;
                }

                person = mention.Entity;
            }
            else if (mention.Type is EntityType.Org or EntityType.Gpe && mention.Via != MentionVia.Demonym && head < _tokens.Length && mention.Span.Start <= _tokens[head].Span.Start)
            {
                body ??= mention.ActsFor ?? mention.Entity;
            }
        }

        return person ?? body;
    }

    private TextSpan Trim(int start, int end)
    {
        while (start < end && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    /// <summary>Trims white space, and trailing sentence punctuation when <paramref name="punctuation"/> is set.</summary>
    private TextSpan TrimContent(int start, int end, bool punctuation)
    {
        TextSpan span = Trim(start, end);
        int e = span.End;
        while (punctuation && e > span.Start && (_text[e - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '…' or '–' or '—' || char.IsWhiteSpace(_text[e - 1])))
        {
            e--;
        }

        return new TextSpan(span.Start, Math.Max(span.Start, e));
    }

    /// <summary>The index of the first token that starts at or after <paramref name="offset"/> (the token count when none does).</summary>
    private int TokenAtOrAfter(int offset)
    {
        int low = 0;
        int high = _tokens.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (_tokens[middle].Span.Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The index of the last token that ends at or before <paramref name="offset"/> (-1 when none does).</summary>
    private int TokenEndingBy(int offset)
    {
        int index = TokenAtOrAfter(offset) - 1;
        while (index >= 0 && _tokens[index].Span.End > offset)
        {
            index--;
        }

        return index;
    }

    private bool IsWord(int i) => _tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation;

    private bool IsCapitalised(int i) => IsWord(i) && char.IsUpper(_text[_tokens[i].Span.Start]);

    private bool Is(int i, string lower) => i >= 0 && i < _tokens.Length && _lower[i] == lower;

    private bool IsSentenceEnd(int i) => _tokens[i].Kind == TokenKind.Punctuation && _lower[i][0] is '.' or '!' or '?' or '…';

    private bool IsDash(int i) => _tokens[i].Kind == TokenKind.Punctuation && _lower[i] is "–" or "—" or "-";

    private bool IsQuoteMark(int i) => _tokens[i].Span.Length == 1 && (QuoteMarks.IsMark(_text[_tokens[i].Span.Start])
        || QuoteMarks.IsDoubledApostrophe(_text, _tokens[i].Span.Start) || (_tokens[i].Span.Start > 0 && QuoteMarks.IsDoubledApostrophe(_text, _tokens[i].Span.Start - 1)));

    private bool IsSentenceInitial(int i) => i == 0 || _document.Sentences[_sentenceOf[i]].FirstToken == i
        || (i > 0 && (IsQuoteMark(i - 1) || IsDash(i - 1)) && _document.Sentences[_sentenceOf[i]].FirstToken == i - 1);

    private Analysis? Best(int i) => _document.Morphology.IsDefaultOrEmpty ? null : _document.Morphology[i].Best;

    private ImmutableArray<Analysis> Readings(int i) => _document.Morphology.IsDefaultOrEmpty ? [] : _document.Morphology[i].Analyses;

    private int WordCount(TextSpan span)
    {
        int count = 0;
        for (int i = TokenAtOrAfter(span.Start); i < _tokens.Length && _tokens[i].Span.End <= span.End; i++)
        {
            count += IsWord(i) || _tokens[i].Kind == TokenKind.Number ? 1 : 0;
        }

        return count;
    }

    private bool InsideFound(int offset)
    {
        foreach (Found found in _found)
        {
            if (found.Content.Start <= offset && offset < found.Content.End)
            {
                return true;
            }
        }

        return false;
    }

    private bool OverlapsFound(TextSpan span)
    {
        foreach (Found found in _found)
        {
            if (found.Content.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The cue a token is, if any: a listed English form, a Polish finite, past or adverbial-participle form of a
    /// listed lemma, or "according (to)", "według", "zdaniem".</summary>
    private Cue? CueAt(int i)
    {
        if (!IsWord(i))
        {
            return null;
        }

        string word = _lower[i];
        if (!_polish)
        {
            if (word == "according")
            {
                return Is(i + 1, "to") ? new Cue("according", Inversion: false) : null;
            }

            return _lexicon.EnglishForms.TryGetValue(word, out Cue? cue) && !Is(i - 1, "to") && !Is(i - 1, "the") ? cue : null;
        }

        if (word is "według" or "zdaniem")
        {
            return new Cue("according", Inversion: false);
        }

        foreach (Analysis analysis in Readings(i))
        {
            if (FormOf(analysis.Tag) is "praet" or "fin" or "pcon" or "imps"
                && _lexicon.PolishLemmas.TryGetValue(analysis.Lemma.ToLowerInvariant(), out Cue? cue))
            {
                return cue;
            }
        }

        return null;
    }

    private static readonly HashSet<string> _englishDeterminers = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "some", "many", "several",
        "other", "two", "three", "one", "both", "another", "top", "senior", "former", "most",
    };

    private static readonly HashSet<string> _englishPronouns = new(StringComparer.Ordinal) { "he", "she", "they", "it", "we", "i", "you" };

    private static readonly HashSet<string> _englishSkippable = new(StringComparer.Ordinal)
    {
        "also", "later", "then", "previously", "recently", "has", "have", "had", "once", "repeatedly", "often", "reportedly",
        "again", "publicly", "privately", "simply", "flatly", "initially", "first", "even", "just", "still", "frequently",
        "would", "will", "had", "already", "further", "finally", "famously", "allegedly", "earlier", "subsequently",
    };

    private static readonly HashSet<string> _englishFunctionWords = new(StringComparer.Ordinal)
    {
        "and", "but", "or", "so", "if", "when", "while", "as", "in", "on", "at", "of", "to", "for", "with", "from", "by", "that",
        "which", "who", "whom", "whose", "what", "where", "why", "how", "because", "after", "before", "since", "although", "though",
        "not", "no", "yes", "is", "was", "are", "were", "be", "been", "being", "there", "here", "than", "then", "about", "into",
        "during", "over", "under", "against", "between", "through", "without", "within", "upon", "also", "has", "have", "had",
        "do", "does", "did", "can", "could", "will", "would", "should", "may", "might", "must", "said", "says", "told",
    };

    private static readonly HashSet<string> _polishPronouns = new(StringComparer.Ordinal) { "on", "ona", "oni", "one", "ono" };

    /// <summary>True when a token may belong to the noun phrase of a speaker: a name, a noun or adjective, an English
    /// determiner or possessive, an abbreviated title.</summary>
    private bool IsPhraseToken(int i)
    {
        if (!IsWord(i) || _cues[i] is not null)
        {
            return false;
        }

        string word = _lower[i];
        if (_polish)
        {
            Analysis? best = Best(i);
            string flexeme = best is null ? "ign" : FormOf(best.Tag);
            if (flexeme is "prep" or "conj" or "comp" or "qub" or "interj" or "fin" or "praet" or "inf" or "impt" or "pcon" or "pant" or "pred" or "aglt" or "bedzie" or "winien" or "imps")
            {
                return IsCapitalised(i) && !IsSentenceInitial(i) && flexeme is not ("prep" or "conj" or "comp");
            }

            return IsCapitalised(i) || flexeme is "subst" or "depr" or "adj" or "adja" or "ppas" or "pact" or "brev" or "ign" or "ger";
        }

        if (_englishFunctionWords.Contains(word) || _englishPronouns.Contains(word))
        {
            return false;
        }

        if (IsCapitalised(i) || _englishDeterminers.Contains(word) || word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal))
        {
            return true;
        }

        // "the coach": a word right after a determiner belongs to its phrase whatever the tagger guessed for it.
        return Best(i)?.Tag.PartOfSpeech is PartOfSpeech.Noun or PartOfSpeech.Adjective || (i > 0 && _englishDeterminers.Contains(_lower[i - 1]) && _cues[i] is null);
    }

    /// <summary>True for words that may stand between a subject and its cue without ending the subject ("also", "z kolei").</summary>
    private int SkippableBefore(int i)
    {
        if (i < 0 || !IsWord(i))
        {
            return 0;
        }

        if (!_polish)
        {
            return _englishSkippable.Contains(_lower[i]) || (i > 0 && _lower[i] == "not" ) ? 1 : 0;
        }

        if (i > 0 && _lexicon.PolishDiscourse.Contains(_lower[i - 1] + " " + _lower[i]))
        {
            return 2;
        }

        return _lexicon.PolishDiscourse.Contains(_lower[i]) || Best(i)?.Tag.Flexeme is "adv" ? 1 : 0;
    }

    /// <summary>The word class of a Polish tag, with a verb's form in place of "verb" (PoliMorf 2.1 writes
    /// <c>verb:praet:sg:m1...</c>, NKJP <c>praet:sg:m1...</c>): "praet", "fin", "pcon", "subst", "adj"...</summary>
    private static string FormOf(MorphTag tag)
    {
        if (tag.Flexeme != "verb")
        {
            return tag.Flexeme;
        }

        string[] fields = tag.Text.Split(':');
        return fields.Length > 1 ? fields[1] : tag.Flexeme;
    }

    private bool IsPronoun(int i) => _polish ? _polishPronouns.Contains(_lower[i]) : _englishPronouns.Contains(_lower[i]);
}
