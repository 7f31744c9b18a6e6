using Kronika.Ingest.Cleaning;

namespace Kronika.Ingest.Tests.Cleaning;

public sealed class NormalizedLinesTests
{
    [Theory]
    [InlineData("a\u00A0\u00A0b", "a b")]
    [InlineData("  a \t b  ", "a b")]
    [InlineData("a\u0001b\u200Bc\u00ADd", "abcd")]
    [InlineData("\u2003x\u202Fy\u3000", "x y")]
    public void Lines_are_trimmed_collapsed_and_stripped_of_controls(string raw, string expected)
    {
        NormalizedLines lines = NormalizedLines.Normalize(raw);
        Assert.Equal(expected, lines.Text(0).ToString());
        for (int offset = 0; offset < expected.Length; offset++)
        {
            char mapped = raw[lines.RawOf(0, offset)];
            Assert.True(mapped == expected[offset] || (expected[offset] == ' ' && char.IsWhiteSpace(mapped)));
        }
    }

    [Theory]
    [InlineData("a\nb\r\nc\rd\u2028e", 5)]
    [InlineData("a\n\n", 3)]
    [InlineData("", 1)]
    public void Every_kind_of_line_break_splits_lines(string raw, int count)
    {
        Assert.Equal(count, NormalizedLines.Normalize(raw).Count);
    }
}
