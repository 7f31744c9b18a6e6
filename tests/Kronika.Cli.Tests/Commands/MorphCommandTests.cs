namespace Kronika.Cli.Tests.Commands;

/// <summary><c>kronika morph</c> on the real dictionaries (scripts/setup.sh installs them).</summary>
public sealed class MorphCommandTests
{
    [Theory]
    [InlineData("Łukaszence", "Łukaszenka")]
    [InlineData("Zełenskiemu", "Zełenski")]
    public void Prints_every_reading_of_a_word(string word, string lemma)
    {
        CliRun.Result result = CliRun.Run(["morph", word]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(word, result.OutputLines[0]);
        Assert.Contains(result.OutputLines, line => line.TrimStart().StartsWith(lemma + " ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("person", "Władimirowi Putinowi", "Władimirowi Putinowi -> Władimir Putin")]
    [InlineData("place", "Morzu Bałtyckim", "Morzu Bałtyckim -> Morze Bałtyckie")]
    public void Prints_the_base_form_of_a_name_and_the_readings_behind_it(string kind, string name, string first)
    {
        CliRun.Result result = CliRun.Run(["morph", "--name", "--kind", kind, .. name.Split(' ')]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(first, result.OutputLines[0]);
        Assert.Contains(result.OutputLines, line => line.TrimStart().StartsWith("as ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("went", "go")]
    [InlineData("Putin's", "Putin")]
    public void Reads_English_with_WordNet(string word, string lemma)
    {
        CliRun.Result result = CliRun.Run(["morph", "--lang", "en", word]);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(lemma + " ", result.OutputLines[1].TrimStart(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--kind", "alien", "--name", "X")]
    [InlineData("--lang", "de", "Haus", "")]
    public void Refuses_unknown_choices_as_usage_errors(string option, string value, string more, string word)
    {
        string[] args = word.Length == 0 ? ["morph", option, value, more] : ["morph", option, value, more, word];
        CliRun.Result result = CliRun.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("kronika: ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("morph")]
    public void Asks_for_a_word(string command)
    {
        CliRun.Result result = CliRun.Run([command]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("give at least one word", result.Error, StringComparison.Ordinal);
    }
}
