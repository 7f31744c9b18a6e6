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
        while (index < tokens.Length)
        {
            if ((index & (CancellationCheckInterval - 1)) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int end = index + 1;
            bool breaks;
            Terminal terminal = TerminalOf(text, tokens[index], lexicon);
            if (terminal != Terminal.None)
            {
                end = AbsorbClosers(text, tokens, hardBreakBefore, index) + 1;
                breaks = StartsSentence(text, tokens, hardBreakBefore, end, terminal);
            }
            else
            {
                breaks = end == tokens.Length || hardBreakBefore[end];
            }

            if (breaks || end - first >= _maxSentenceTokens)
            {
                sentences.Add(new Sentence(new TextSpan(tokens[first].Span.Start, tokens[end - 1].Span.End), first, end));
                first = end;
            }

            index = end;
        }

        return document with { Sentences = sentences.DrainToImmutable() };
    }

    /// <summary>What kind of sentence end a token may be.</summary>
    private enum Terminal
    {
        None,

        /// <summary>". ! ? …" and runs of them.</summary>
        Punctuation,

        /// <summary>An abbreviation whose list says it may close a sentence ("r.", "itd.", "U.S.").</summary>
        Abbreviation,
    }

    private static Terminal TerminalOf(string text, Token token, AbbreviationLexicon lexicon)
    {
        if (token.Kind == TokenKind.Punctuation)
        {
            return text[token.Span.Start] is '.' or '!' or '?' or '…' ? Terminal.Punctuation : Terminal.None;
        }

        if (token.Kind == TokenKind.Abbreviation && lexicon.TryMatch(token.Span.Slice(text), out bool canEnd) && canEnd)
        {
            return Terminal.Abbreviation;
        }

        return Terminal.None;
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

            if (IsDash(c))
            {
                bool speech = next + 1 < tokens.Length && !hardBreakBefore[next + 1] && StartsLowercase(text, tokens[next + 1]);
                return !speech;
            }

            return terminal == Terminal.Punctuation || c is '„' or '"' or '«' or '»' or '“' or '‚' or '‘';
        }

        Rune rune = FirstRune(text, token);
        if (Rune.IsLower(rune))
        {
            return false;
        }

        return Rune.IsUpper(rune) || terminal == Terminal.Punctuation;
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
