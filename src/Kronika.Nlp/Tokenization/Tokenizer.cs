using System.Collections.Immutable;
using System.Text;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Tokenization;

/// <summary>Splits the clean text into tokens in one left-to-right pass (stage <c>tokenize</c>).</summary>
/// <remarks>
/// Only white space lies between tokens; every other character, lone surrogates and control characters
/// included, ends up in some token, and a surrogate pair is never split. The rules (README.md beside this file):
/// words keep inner hyphens and apostrophes; numbers keep inner separators between digits ("3,5", "1.000",
/// "15:30", "2023-09-15" are one token each); abbreviations from the language's list and initials keep their
/// period; "..." is one token; URLs and e-mail addresses are one <see cref="TokenKind.Symbol"/> token.
/// Immutable; safe from many threads.
/// </remarks>
public sealed class Tokenizer : IStage
{
    private const int CancellationCheckInterval = 4096;

    private readonly AbbreviationLexicons _lexicons;

    /// <summary>Makes the stage with the abbreviation lists of the analysed languages.</summary>
    public Tokenizer(AbbreviationLexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _lexicons = lexicons;
    }

    /// <inheritdoc/>
    public string Name => "tokenize";

    /// <inheritdoc/>
    public Layers Requires => Layers.Text | Layers.Language;

    /// <inheritdoc/>
    public Layers Produces => Layers.Tokens;

    /// <inheritdoc/>
    public Document Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Tokens = Tokenize(document.Text, _lexicons.For(document.Language), cancellationToken) };
    }

    /// <summary>Tokenizes <paramref name="text"/> with <paramref name="lexicon"/>; spans are offsets into <paramref name="text"/>.</summary>
    public static ImmutableArray<Token> Tokenize(ReadOnlySpan<char> text, AbbreviationLexicon lexicon, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var tokens = ImmutableArray.CreateBuilder<Token>(Math.Max(4, text.Length / 6));
        int position = 0;
        while (position < text.Length)
        {
            char c = text[position];
            if (char.IsWhiteSpace(c))
            {
                position++;
                continue;
            }

            if ((tokens.Count & (CancellationCheckInterval - 1)) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            (int end, TokenKind kind) = Scan(text, position, lexicon);

            // Every rule consumes at least one code unit; this guards the loop against a future rule that does not.
            if (end <= position)
            {
                throw new InvalidOperationException($"Tokenizer made no progress at offset {position}.");
            }

            tokens.Add(new Token(new TextSpan(position, end), kind));
            position = end;
        }

        return tokens.DrainToImmutable();
    }

    private static (int End, TokenKind Kind) Scan(ReadOnlySpan<char> text, int start, AbbreviationLexicon lexicon)
    {
        int url = Characters.MatchUrl(text, start);
        if (url > start)
        {
            return (url, TokenKind.Symbol);
        }

        Rune rune = Characters.RuneAt(text, start, out int length);
        if (Characters.IsWordStart(rune))
        {
            return ScanWordLike(text, start, lexicon);
        }

        if (rune.Value > char.MaxValue || !char.IsPunctuation(text[start]))
        {
            return (Characters.ScanSymbol(text, start, length), TokenKind.Symbol);
        }

        return (Characters.ScanPunctuation(text, start), TokenKind.Punctuation);
    }

    private static (int End, TokenKind Kind) ScanWordLike(ReadOnlySpan<char> text, int start, AbbreviationLexicon lexicon)
    {
        int email = Characters.MatchEmail(text, start);
        if (email > start)
        {
            return (email, TokenKind.Symbol);
        }

        int end = Characters.ScanWord(text, start, out bool hasLetter);
        if (end < text.Length && text[end] == '.' && hasLetter)
        {
            int abbreviation = MatchAbbreviation(text, start, end, lexicon);
            if (abbreviation > end)
            {
                return (abbreviation, TokenKind.Abbreviation);
            }

            int domain = Characters.MatchDomain(text, end);
            if (domain > end)
            {
                return (domain, TokenKind.Word);
            }
        }

        return (end, hasLetter ? TokenKind.Word : TokenKind.Number);
    }

    /// <summary>The end of the longest listed abbreviation or run of initials starting at <paramref name="start"/>
    /// and covering the whole word <c>[start, wordEnd)</c>; or -1.</summary>
    private static int MatchAbbreviation(ReadOnlySpan<char> text, int start, int wordEnd, AbbreviationLexicon lexicon)
    {
        // Candidates are runs of letters and periods ending in a period: "m.", "m.in.".
        int limit = Math.Min(text.Length, start + AbbreviationLexicon.MaxFormLength);
        Span<int> ends = stackalloc int[AbbreviationLexicon.MaxFormLength];
        int count = 0;
        int position = start;
        while (position < limit)
        {
            char c = text[position];
            if (c == '.')
            {
                ends[count++] = position + 1;
                position++;
                continue;
            }

            if (!char.IsLetter(c))
            {
                break;
            }

            position++;
        }

        int initials = MatchInitials(text, start);
        for (int index = count - 1; index >= 0; index--)
        {
            int end = ends[index];
            if (end > wordEnd && lexicon.TryMatch(text[start..end], out _))
            {
                // "W.W." as initials beats the listed "w." (wiek) that its first letter would match.
                return Math.Max(end, initials);
            }
        }

        return initials;
    }

    /// <summary>"J." or "W.W.": single capital letters each followed by a period; the end of the run, or -1.</summary>
    private static int MatchInitials(ReadOnlySpan<char> text, int start)
    {
        int position = start;
        while (position + 1 < text.Length)
        {
            Rune rune = Characters.RuneAt(text, position, out int length);
            if (!Rune.IsUpper(rune) || position + length >= text.Length || text[position + length] != '.')
            {
                break;
            }

            int next = position + length + 1;

            // "A.B" without a closing period is not a run of initials; stop before the bare letter.
            if (next < text.Length && Rune.IsLetter(Characters.RuneAt(text, next, out _)) && !Characters.IsInitialAt(text, next))
            {
                return position == start ? -1 : position;
            }

            position = next;
        }

        return position > start ? position : -1;
    }
}
