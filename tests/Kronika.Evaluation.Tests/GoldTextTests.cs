namespace Kronika.Evaluation.Tests;

public sealed class GoldTextTests
{
    [Theory]
    [InlineData("w\u00a0Soczi", "w Soczi")]
    [InlineData("  Proszę \t czekać\n\n...  ", "Proszę czekać ...")]
    [InlineData("a\u2009b\u202fc\u3000d", "a b c d")]
    [InlineData("", "")]
    public void Every_run_of_white_space_becomes_one_space(string text, string expected)
    {
        Assert.Equal(expected, GoldText.Normalize(text));
    }

    [Theory]
    [InlineData("Łukaszenka", "lukaszenka")]
    [InlineData("Aleksandr\u00a0Łukaszenka", "ALEKSANDR LUKASZENKA")]
    [InlineData("Wołodymyr Zełenski", "wolodymyr zelenski")]
    [InlineData("ŁÓDŹ", "lodz")]
    [InlineData("Søren Kierkegaard", "Soren Kierkegaard")]
    public void Names_compare_without_case_or_diacritics(string name, string other)
    {
        Assert.Equal(GoldText.NameKey(name), GoldText.NameKey(other));
    }

    [Theory]
    [InlineData("Łukaszenka", "Łukaszence")]
    [InlineData("Kim Jong Un", "Kim Jong-un")]
    public void Different_names_stay_different(string name, string other)
    {
        Assert.NotEqual(GoldText.NameKey(name), GoldText.NameKey(other));
    }
}
