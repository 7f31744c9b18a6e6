using System.Collections.Frozen;
using System.Collections.Immutable;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Events.English;

/// <summary>One English sentence read for events without a parser: its words, their readings, and its actors (the
/// outermost mentions) by token, with the clause logic that finds a verb's subject and object.</summary>
/// <remarks>
/// The subject is the nearest actor before the verb group in its clause: a pair of commas before the verb encloses an
/// apposition or relative clause and is stepped over ("Vale, the leader of Arnor, met ..."); a relative pronoun right
/// before the verb takes the actor before it ("Vale, who visited Gondor, ..."); a complementiser or subordinator
/// ("that", "if", "because", ";") ends the clause; a pronoun subject ("it", "they") is the nearest actor before it in
/// the sentence. Coordinated actors ("The United States and Jordan") are all taken.
/// The object is the first actor at most a few words after its anchor, within the clause.
/// </remarks>
internal sealed class EnglishClause
{
    private static readonly FrozenSet<string> _boundaries = FrozenSet.ToFrozenSet(
        [";", ":", "that", "which", "who", "whom", "whose", "because", "if", "unless", "when", "while", "whereas", "although", "though",
         "after", "before", "since", "but", "whether", "where", "as", "\"", "“", "”"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> _auxiliaries = FrozenSet.ToFrozenSet(
        ["be", "is", "are", "was", "were", "been", "being", "am", "'s", "has", "have", "had", "having", "do", "does", "did",
         "will", "would", "could", "may", "might", "shall", "should", "can", "must", "'ll", "'d", "to", "not", "n't", "never",
         "get", "got", "gets", "getting", "also", "reportedly", "allegedly", "already", "again", "then", "now", "formally",
         "officially", "repeatedly", "later", "jointly", "finally", "recently", "just", "still", "no", "longer"], StringComparer.Ordinal);

    private readonly Document _document;
    private readonly int _first;
    private readonly int _end;
    private readonly int[] _mentionAt;
    private readonly int[] _mentionEnd;
    private readonly int[] _endingAt;

    public EnglishClause(Document document, int sentence)
    {
        _document = document;
        Sentence span = document.Sentences[sentence];
        _first = span.FirstToken;
        _end = span.EndToken;
        int count = _end - _first;
        Words = new string[count];
        _mentionAt = new int[count + 1];
        _mentionEnd = new int[count + 1];
        _endingAt = new int[count + 1];
        Array.Fill(_mentionAt, -1);
        Array.Fill(_endingAt, -1);
        for (int token = _first; token < _end; token++)
        {
            Words[token - _first] = document.Tokens[token].Span.ToString(document.Text).ToLowerInvariant();
        }

        foreach (int mention in EventActors.MentionsIn(document, span.Span))
        {
            TextSpan where = document.Mentions[mention].Span;
            int first = -1;
            int last = -1;
            for (int token = _first; token < _end; token++)
            {
                TextSpan tokenSpan = document.Tokens[token].Span;
                if (tokenSpan.Overlaps(where))
                {
                    first = first < 0 ? token : first;
                    last = token;
                }
            }

            if (first >= 0 && _mentionAt[first - _first] < 0)
            {
                _mentionAt[first - _first] = mention;
                _mentionEnd[first - _first] = last + 1;
                _endingAt[last + 1 - _first] = first;
            }
        }

        Question = document.Sentences[sentence].Span.ToString(document.Text).TrimEnd().EndsWith('?');
    }

    /// <summary>The lower-case words of the sentence, from its first token.</summary>
    public string[] Words { get; }

    /// <summary>The first token of the sentence.</summary>
    public int First => _first;

    /// <summary>The token after the sentence.</summary>
    public int End => _end;

    /// <summary>True when the sentence asks.</summary>
    public bool Question { get; }

    /// <summary>The lower-case word at <paramref name="token"/>, or "" outside the sentence.</summary>
    public string Word(int token) => token >= _first && token < _end ? Words[token - _first] : "";

    /// <summary>Whether a reading of <paramref name="token"/> has lemma <paramref name="lemma"/> (any part of speech when
    /// <paramref name="part"/> is null), or the word itself is it.</summary>
    public bool Is(int token, string lemma, PartOfSpeech? part = null)
    {
        if (token < _first || token >= _end)
        {
            return false;
        }

        string word = Words[token - _first];
        if ((part is null && word == lemma) || (part == PartOfSpeech.Noun && word.Length == lemma.Length + 1 && word[^1] == 's' && word.StartsWith(lemma, StringComparison.Ordinal)))
        {
            // A plural the dictionary lacks ("airstrikes") reads as its noun.
            return true;
        }

        if (_document.Morphology.IsEmpty)
        {
            return Words[token - _first] == lemma;
        }

        foreach (Analysis reading in _document.Morphology[token].Analyses)
        {
            if ((part is null || reading.Tag.PartOfSpeech == part) && reading.Tag.Flexeme != "propn" && reading.Tag.Flexeme != "aux"
                && string.Equals(reading.Lemma, lemma, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="token"/> reads as a past form or participle ("attacked", "seen").</summary>
    public bool IsParticiple(int token) => !_document.Morphology.IsEmpty
        && _document.Morphology[token].Analyses.Any(reading => reading.Tag.Text is "verb:past" or "verb:form");

    /// <summary>Whether <paramref name="token"/> is punctuation other than a hyphen or apostrophe.</summary>
    public bool IsBreak(int token) => _document.Tokens[token].Kind == TokenKind.Punctuation && Word(token) is not ("-" or "'" or "’");

    /// <summary>Whether <paramref name="token"/> ends a clause going left (a complementiser, subordinator, ';').</summary>
    public bool IsBoundary(int token) => _boundaries.Contains(Word(token));

    /// <summary>The first token of the verb group ending at <paramref name="head"/>: auxiliaries, modals, negation,
    /// "to" and adverbs before it.</summary>
    public int GroupStart(int head)
    {
        int token = head - 1;
        while (token >= _first && _mentionAt[token - _first] < 0 && (_auxiliaries.Contains(Word(token)) || Word(token).EndsWith("n't", StringComparison.Ordinal) || IsAdverb(token)))
        {
            token--;
        }

        return token + 1;
    }

    /// <summary>The actor mention starting at <paramref name="token"/>, or -1.</summary>
    public int MentionAt(int token) => token >= _first && token < _end ? _mentionAt[token - _first] : -1;

    /// <summary>The token after the mention starting at <paramref name="token"/>.</summary>
    public int MentionEnd(int token) => _mentionEnd[token - _first];

    /// <summary>The subject's mentions for a verb group starting at <paramref name="groupStart"/>: the nearest actor
    /// before it in its clause, with those coordinated with it.</summary>
    public List<int> Subject(int groupStart)
    {
        int token = groupStart - 1;
        if (Word(token) is "who" or "which" or "that")
        {
            token--;
            token -= Word(token) == "," ? 1 : 0;
            return _endingAt[token + 1 - _first] is int start and >= 0 ? Coordinated(start) : [];
        }

        int steps = 0;
        while (token >= _first && steps++ < 25)
        {
            if (_endingAt[token + 1 - _first] is int start and >= 0)
            {
                return Coordinated(start);
            }

            string word = Word(token);
            if (word == ",")
            {
                // "Vale, the leader of Arnor, met": step over the apposition to the actor before it.
                int open = token - 1;
                while (open >= _first && Word(open) != "," && Word(open) is not (";" or ":") && token - open < 14)
                {
                    open--;
                }

                if (open >= _first && Word(open) == "," && open > _first)
                {
                    token = open - 1;
                    continue;
                }

                return [];
            }

            if (IsBoundary(token))
            {
                return [];
            }

            if (word is "it" or "they" or "he" or "she" && Antecedent(token) is int antecedent and >= 0)
            {
                // "Egypt denied that it attacked Sudan": a pronoun subject is the nearest actor before it.
                return Coordinated(antecedent);
            }

            token--;
        }

        return [];
    }

    /// <summary>The object's mentions: the first actor at most <paramref name="gap"/> words from <paramref name="from"/>,
    /// with those coordinated with it.</summary>
    public List<int> Object(int from, int gap)
    {
        for (int token = from; token < _end && token < from + gap + 1; token++)
        {
            if (_mentionAt[token - _first] >= 0)
            {
                var found = new List<int>();
                int at = token;
                while (at < _end && _mentionAt[at - _first] >= 0)
                {
                    found.Add(_mentionAt[at - _first]);
                    int next = _mentionEnd[at - _first];
                    // "X and Y", "X, Y and Z", "X as well as Y".
                    int skip = Word(next) is "and" or "," ? 1 : Word(next) == "as" && Word(next + 1) == "well" && Word(next + 2) == "as" ? 3 : 0;
                    if (skip == 0 || next + skip >= _end || _mentionAt[next + skip - _first] < 0)
                    {
                        break;
                    }

                    at = next + skip;
                }

                return found;
            }

            if (IsBreak(token) || (token > from && IsBoundary(token)))
            {
                break;
            }
        }

        return [];
    }

    /// <summary>The actors (after acts-for) of <paramref name="mentions"/>, each once.</summary>
    public ImmutableArray<int> Actors(IEnumerable<int> mentions) =>
        [.. mentions.Select(mention => EventActors.Of(_document.Mentions[mention])).Distinct()];

    /// <summary>A mention ending right before <paramref name="token"/> (at most <paramref name="gap"/> words earlier,
    /// none of them punctuation): the possessor or modifier of a noun ("Russia's attack", "Israeli air strikes").</summary>
    public int ModifierBefore(int token, int gap)
    {
        for (int end = token; end >= _first && end > token - gap - 1; end--)
        {
            if (_endingAt[end - _first] is int start and >= 0)
            {
                return _mentionAt[start - _first];
            }

            if (end - 1 < _first || IsBreak(end - 1) || IsBoundary(end - 1))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The first token of the nearest actor mention before <paramref name="token"/> in the sentence, or -1.</summary>
    private int Antecedent(int token)
    {
        for (int end = token; end > _first; end--)
        {
            if (_endingAt[end - _first] is int start and >= 0)
            {
                return start;
            }
        }

        return -1;
    }

    private List<int> Coordinated(int start)
    {
        var found = new List<int> { _mentionAt[start - _first] };
        int token = start - 1;
        while (token > _first && Word(token) is "and" or "," && _endingAt[token - _first] is int previous and >= 0)
        {
            found.Insert(0, _mentionAt[previous - _first]);
            token = previous - 1;
        }

        return found;
    }

    private bool IsAdverb(int token) => !_document.Morphology.IsEmpty && _document.Morphology[token].Best is { } best
        && best.Tag.PartOfSpeech == PartOfSpeech.Adverb && Word(token).EndsWith("ly", StringComparison.Ordinal);
}
