using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Nlp.Tokenization;

namespace Kronika.Nlp.Sentences;

/// <summary>Groups tokens into sentences (stage <c>sentences</c>).</summary>
/// <remarks>
/// A sentence ends after ". ! ? …" (with the closing quotes and brackets attached to it) when the next token can
/// start a sentence; it always ends at a region boundary or a blank line, so a title or a caption is a sentence
/// of its own without final punctuation. Abbreviations never end a sentence unless their list marks them as able
/// to ("w 2023 r.", "etc.") and a capital letter, a quote or a dash follows. The rules in full are in README.md
/// beside this file. Immutable; safe from many threads.
/// </remarks>
public sealed class SentenceSplitter : IStage
{
    private const int CancellationCheckInterval = 4096;

    private readonly AbbreviationLexicons _lexicons;
    private readonly int _maxSentenceTokens;

    /// <summary>Makes the stage.</summary>
    /// <param name="lexicons">The same abbreviation lists the tokenizer used.</param>
    /// <param name="maxSentenceTokens">A sentence is cut after this many tokens, so that a text without punctuation
    /// cannot make one sentence of unbounded length for later stages.</param>
    public SentenceSplitter(AbbreviationLexicons lexicons, int maxSentenceTokens)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSentenceTokens, 1);
        _lexicons = lexicons;
        _maxSentenceTokens = maxSentenceTokens;
    }

    /// <inheritdoc/>
    public string Name => "sentences";

    /// <inheritdoc/>
    public Layers Requires => Layers.Tokens | Layers.Regions;

    /// <inheritdoc/>
    public Layers Produces => Layers.Sentences;

    /// <inheritdoc/>
    public Document Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ImmutableArray<Token> tokens = document.Tokens;
        if (tokens.IsEmpty)
        {
            return document with { Sentences = [] };
        }

        string text = document.Text;
        bool[] hardBreakBefore = HardBreaks(text, tokens, document.Regions);
        AbbreviationLexicon lexicon = _lexicons.For(document.Language);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        int first = 0;
        int index = 0;
        var brackets = new BracketTracker();
        while (index < tokens.Length)
        {
            if ((index & (CancellationCheckInterval - 1)) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int end = index + 1;
            bool breaks;
            brackets.See(text, tokens[index], index);
            Terminal terminal = TerminalOf(text, tokens, index, first, lexicon);
            if (terminal != Terminal.None)
            {
                int last = AbsorbClosers(text, tokens, hardBreakBefore, index);
                for (int closer = index + 1; closer <= last; closer++)
                {
                    brackets.See(text, tokens[closer], closer);
                }

                end = last + 1;
                breaks = (end == tokens.Length || hardBreakBefore[end] || !brackets.IsOpen(end))
                    && StartsSentence(text, tokens, hardBreakBefore, end, terminal);
            }
            else
            {
                breaks = end == tokens.Length || hardBreakBefore[end];
            }

            if (breaks || end - first >= _maxSentenceTokens)
            {
                sentences.Add(new Sentence(new TextSpan(tokens[first].Span.Start, tokens[end - 1].Span.End), first, end));
                first = end;
                brackets = new BracketTracker();
            }

            index = end;
        }

        return document with { Sentences = sentences.DrainToImmutable() };
    }

    /// <summary>What kind of sentence end a token may be.</summary>
    private enum Terminal
    {
        None,

        /// <summary>A period (or two: "..").</summary>
        Period,

        /// <summary>"! ? …", "..." and runs of them.</summary>
        Punctuation,

        /// <summary>An abbreviation whose list says it may close a sentence ("r.", "itd.", "U.S.").</summary>
        Abbreviation,
    }

    private static Terminal TerminalOf(string text, ImmutableArray<Token> tokens, int index, int first, AbbreviationLexicon lexicon)
    {
        Token token = tokens[index];
        if (token.Kind == TokenKind.Punctuation)
        {
            char c = text[token.Span.Start];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                return Terminal.None;
            }

            // "1. Wstęp", "IV. Wnioski": the period of a list number that opens the sentence ends nothing.
            bool enumeration = c == '.' && token.Span.Length == 1 && index == first + 1 && IsListNumber(text, tokens[first]);
            // ".." is a period typed twice, not an ellipsis ("..." or "…").
            bool period = c == '.' && token.Span.Length <= 2;
            return enumeration ? Terminal.None : period ? Terminal.Period : Terminal.Punctuation;
        }

        if (token.Kind == TokenKind.Abbreviation && lexicon.TryMatch(token.Span.Slice(text), out bool canEnd) && canEnd)
        {
            return Terminal.Abbreviation;
        }

        return Terminal.None;
    }

    private static bool IsListNumber(string text, Token token)
    {
        if (token.Kind == TokenKind.Number)
        {
            return token.Span.Length <= 3;
        }

        ReadOnlySpan<char> word = token.Span.Slice(text);
        return token.Kind == TokenKind.Word && word.Length <= 6 && !word.ContainsAnyExcept("IVXLC");
    }

    /// <summary>The last of the closing quotes and brackets written right after the terminal at <paramref name="index"/> ("tak.”", "(sic!)").</summary>
    private static int AbsorbClosers(string text, ImmutableArray<Token> tokens, bool[] hardBreakBefore, int index)
    {
        while (index + 1 < tokens.Length && !hardBreakBefore[index + 1])
        {
            Token next = tokens[index + 1];
            bool attached = next.Span.Start == tokens[index].Span.End;
            if (!attached || next.Kind != TokenKind.Punctuation || next.Span.Length != 1 || !IsCloser(text[next.Span.Start]))
            {
                break;
            }

            index++;
        }

        return index;
    }

    private static bool IsCloser(char c) => c is '”' or '“' or '»' or '«' or '’' or '‘' or '"' or '\'' or ')' or ']' or '}';

    private static bool IsDash(char c) => c is '–' or '—' or '-' or '‒' or '―' or '\u2212';

    /// <summary>Whether the token at <paramref name="next"/> can open a sentence after a terminal.</summary>
    /// <remarks>Sentences start with a capital letter, a quote, a bracket or a dash. A lowercase word continues the
    /// sentence ("15. rocznica", "ale... nie"), and so does a dash followed by a lowercase word: the attribution after
    /// a quoted question in Polish dialogue ("– Czy to prawda? – zapytał"). After an abbreviation only a capital
    /// letter, a quote or a dash opens a sentence ("w 2023 r. 15 osób" is one).</remarks>
    private static bool StartsSentence(string text, ImmutableArray<Token> tokens, bool[] hardBreakBefore, int next, Terminal terminal)
    {
        if (next >= tokens.Length || hardBreakBefore[next])
        {
            return true;
        }

        Token token = tokens[next];
        char c = text[token.Span.Start];
        if (token.Kind == TokenKind.Punctuation)
        {
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '…' or ')' or ']' or '}')
            {
                return false;
            }

            // Polish drops the period before a speech attribution ("– Tak – powiedział."); after a period a dash opens a new utterance.
            if (IsDash(c) && terminal != Terminal.Period)
            {
                bool speech = next + 1 < tokens.Length && !hardBreakBefore[next + 1] && StartsLowercase(text, tokens[next + 1]);
                return !speech;
            }

            if (IsDash(c))
            {
                return true;
            }

            return terminal != Terminal.Abbreviation || c is '„' or '"' or '«' or '»' or '“' or '‚' or '‘';
        }

        Rune rune = FirstRune(text, token);
        if (Rune.IsLower(rune))
        {
            return false;
        }

        return Rune.IsUpper(rune) || terminal != Terminal.Abbreviation;
    }

    private static bool StartsLowercase(string text, Token token) => Rune.IsLower(FirstRune(text, token));

    private static Rune FirstRune(string text, Token token) =>
        Rune.DecodeFromUtf16(token.Span.Slice(text), out Rune rune, out _) == OperationStatus.Done ? rune : Rune.ReplacementChar;

    /// <summary>For each token, whether a region boundary or a blank line lies between it and the token before.</summary>
    private static bool[] HardBreaks(string text, ImmutableArray<Token> tokens, ImmutableArray<Region> regions)
    {
        var hard = new bool[tokens.Length];
        var boundaries = new List<int>(regions.Length * 2);
        foreach (Region region in regions)
        {
            boundaries.Add(region.Span.Start);
            boundaries.Add(region.Span.End);
        }

        boundaries.Sort();
        int tokenIndex = 1;
        foreach (int boundary in boundaries)
        {
            while (tokenIndex < tokens.Length && tokens[tokenIndex].Span.Start < boundary)
            {
                tokenIndex++;
            }

            // A boundary inside a token (possible only in a hand-made document) cannot be honoured.
            if (tokenIndex < tokens.Length && tokens[tokenIndex - 1].Span.End <= boundary)
            {
                hard[tokenIndex] = true;
            }
        }

        for (int index = 1; index < tokens.Length; index++)
        {
            hard[index] |= IsBlankLine(text.AsSpan(tokens[index - 1].Span.End, tokens[index].Span.Start - tokens[index - 1].Span.End));
        }

        return hard;
    }

    /// <summary>Round brackets opened and not yet closed in the current sentence; a terminal inside them ends no sentence
    /// ("(dowódca 12. Brygady)", "(rys. 5)"), unless the bracket has stayed open so long that it was likely never closed.</summary>
    private struct BracketTracker
    {
        private const int MaxOpenTokens = 40;

        private int _depth;
        private int _openedAt;

        public void See(string text, Token token, int index)
        {
            if (token.Kind != TokenKind.Punctuation || token.Span.Length != 1)
            {
                return;
            }

            char c = text[token.Span.Start];
            if (c is '(' or '[')
            {
                _openedAt = _depth == 0 ? index : _openedAt;
                _depth++;
            }
            else if (c is ')' or ']' && _depth > 0)
            {
                _depth--;
            }
        }

        public readonly bool IsOpen(int index) => _depth > 0 && index - _openedAt <= MaxOpenTokens;
    }

    private static bool IsBlankLine(ReadOnlySpan<char> gap)
    {
        if (gap.Length < 2)
        {
            return false;
        }

        int lineFeeds = gap.Count('\n');
        return lineFeeds >= 2 || (lineFeeds == 0 && gap.Count('\r') >= 2) || gap.Contains('\u2029');
    }
}
