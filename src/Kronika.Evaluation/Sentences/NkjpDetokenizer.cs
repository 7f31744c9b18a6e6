using System.Collections.Immutable;
using System.Text;
using Kronika.Core;

namespace Kronika.Evaluation.Sentences;

/// <summary>A text rebuilt from NKJP tokens, which carry no spacing, with the span of each token in it.</summary>
/// <param name="Text">The rebuilt text.</param>
/// <param name="Spans">The span of each corpus token in <paramref name="Text"/>, in corpus order.</param>
public sealed record DetokenizedText(string Text, ImmutableArray<TextSpan> Spans);

/// <summary>Rebuilds running text from NKJP tokens by one fixed rule, so that a sentence splitter can read it.</summary>
/// <remarks>
/// The rule: one space between tokens, except none before closing punctuation <c>. , ; : ! ? ) ] ” » …</c>, none after
/// opening punctuation <c>( [ „ «</c>, and none before an agglutinate ("był" + "em" = "byłem"). A straight double quote
/// <c>"</c> alternates within a document: the first opens (no space after it), the second closes (no space before it),
/// and so on, since the corpus does not say which is which. A period, comma or colon between two all-digit tokens is
/// glued on both sides: the corpus splits "15.30", "3,5" and "11:00" into three tokens each, and a reader sees one number. Paragraphs are not marked in the corpus, so a document
/// is one paragraph: headings without final punctuation are breaks no splitter can see in this text.
/// </remarks>
public static class NkjpDetokenizer
{
    /// <summary>Rebuilds <paramref name="document"/>'s text.</summary>
    public static DetokenizedText Rebuild(NkjpDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        var spans = ImmutableArray.CreateBuilder<TextSpan>(document.Tokens.Length);
        bool glueNext = true;
        bool quoteOpen = false;
        ImmutableArray<NkjpToken> tokens = document.Tokens;
        for (int index = 0; index < tokens.Length; index++)
        {
            NkjpToken token = tokens[index];
            string orth = token.Orth;
            bool straightQuote = orth == "\"";
            bool closing = IsClosing(orth) || (straightQuote && quoteOpen);
            bool opening = IsOpening(orth) || (straightQuote && !quoteOpen);
            if (!glueNext && !closing && !token.Agglutinate)
            {
                text.Append(' ');
            }

            spans.Add(new TextSpan(text.Length, text.Length + orth.Length));
            text.Append(orth);
            glueNext = opening || IsInnerNumberSeparator(tokens, index);
            if (straightQuote)
            {
                quoteOpen = !quoteOpen;
            }
        }

        return new DetokenizedText(text.ToString(), spans.MoveToImmutable());
    }

    /// <summary>A period, comma or colon between two all-digit tokens: the corpus split "15.30", "3,5", "11:00".</summary>
    private static bool IsInnerNumberSeparator(ImmutableArray<NkjpToken> tokens, int index) =>
        tokens[index].Orth is "." or "," or ":" && index > 0 && index + 1 < tokens.Length
        && IsDigits(tokens[index - 1].Orth) && IsDigits(tokens[index + 1].Orth);

    private static bool IsDigits(string orth) => orth.Length > 0 && orth.All(char.IsAsciiDigit);

    private static bool IsClosing(string orth) => orth is "." or "," or ";" or ":" or "!" or "?" or ")" or "]" or "”" or "»" or "…";

    private static bool IsOpening(string orth) => orth is "(" or "[" or "„" or "«";
}
