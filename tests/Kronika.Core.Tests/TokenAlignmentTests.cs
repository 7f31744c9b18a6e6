using System.Collections.Immutable;
using Kronika.Core.Annotations;

namespace Kronika.Core.Tests;

public sealed class TokenAlignmentTests
{
    // "Ala ma kota." -> Ala(0-3) ma(4-6) kota(7-11) .(11-12)
    private static readonly ImmutableArray<Token> _tokens =
    [
        new(new TextSpan(0, 3), TokenKind.Word),
        new(new TextSpan(4, 6), TokenKind.Word),
        new(new TextSpan(7, 11), TokenKind.Word),
        new(new TextSpan(11, 12), TokenKind.Punctuation),
    ];

    [Theory]
    [InlineData(4, 11, AlignmentMode.Strict, 1, 3)]
    [InlineData(5, 11, AlignmentMode.Strict, -1, -1)]
    [InlineData(5, 11, AlignmentMode.Contract, 2, 3)]
    [InlineData(5, 8, AlignmentMode.Expand, 1, 3)]
    [InlineData(3, 4, AlignmentMode.Expand, -1, -1)]
    public void Converts_character_spans_to_token_ranges(int start, int end, AlignmentMode mode, int first, int last)
    {
        (int First, int End)? range = TokenAlignment.ToTokens(_tokens, new TextSpan(start, end), mode);
        Assert.Equal(first < 0 ? null : (first, last), range);
    }
}
