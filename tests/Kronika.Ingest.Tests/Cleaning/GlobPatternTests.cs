using Kronika.Ingest.Cleaning;

namespace Kronika.Ingest.Tests.Cleaning;

public sealed class GlobPatternTests
{
    [Theory]
    [InlineData("polecamy", "polecamy", true)]
    [InlineData("polecamy", "polecamy!", false)]
    [InlineData("czytaj tez*", "czytaj tez: cos", true)]
    [InlineData("czytaj tez*", "czytaj", false)]
    [InlineData("*cookie*", "ta strona uzywa cookie.", true)]
    [InlineData("# komentarz*", "15 komentarzy", true)]
    [InlineData("# komentarz*", "komentarzy", false)]
    [InlineData("komentarze (#)", "komentarze (12)", true)]
    [InlineData("komentarze (#)", "komentarze ()", false)]
    [InlineData("*a*b*c*", "xaxxbxxxcx", true)]
    [InlineData("*a*b*c*", "xaxxcxxxbx", false)]
    public void Patterns_match_whole_lines(string pattern, string text, bool expected)
    {
        Assert.Equal(expected, GlobPattern.IsMatch(pattern, text));
    }

    [Theory]
    [InlineData("*a*a*a*a*a*b", 200)]
    public void A_hostile_line_does_not_blow_up(string pattern, int length)
    {
        Assert.False(GlobPattern.IsMatch(pattern, new string('a', length)));
    }
}
