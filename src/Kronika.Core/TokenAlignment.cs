using System.Collections.Immutable;
using Kronika.Core.Annotations;

namespace Kronika.Core;

/// <summary>How a character span that does not fall on token boundaries is turned into tokens.</summary>
public enum AlignmentMode
{
    /// <summary>Only exact boundaries; anything else has no tokens.</summary>
    Strict,

    /// <summary>Only tokens wholly inside the span.</summary>
    Contract,

    /// <summary>Every token the span touches.</summary>
    Expand,
}

/// <summary>The one place where character offsets become token ranges (after spaCy's <c>Doc.char_span</c>); stages never round offsets ad hoc.</summary>
public static class TokenAlignment
{
    /// <summary>The half-open token range <c>[first, end)</c> for <paramref name="span"/>, or null when the mode finds none.</summary>
    public static (int First, int End)? ToTokens(ImmutableArray<Token> tokens, TextSpan span, AlignmentMode mode)
    {
        int first = FirstEndingAfter(tokens, span.Start);
        int end = first;
        while (end < tokens.Length && tokens[end].Span.Start < span.End)
        {
            end++;
        }

        if (mode == AlignmentMode.Contract)
        {
            while (first < end && tokens[first].Span.Start < span.Start)
            {
                first++;
            }

            while (end > first && tokens[end - 1].Span.End > span.End)
            {
                end--;
            }
        }
        else if (mode == AlignmentMode.Strict && first < end
            && (tokens[first].Span.Start != span.Start || tokens[end - 1].Span.End != span.End))
        {
            return null;
        }

        return first < end ? (first, end) : null;
    }

    private static int FirstEndingAfter(ImmutableArray<Token> tokens, int offset)
    {
        int low = 0;
        int high = tokens.Length;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (tokens[middle].Span.End <= offset)
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
}
