namespace Kronika.Cli.Tests.Commands;

public sealed class AppTests
{
    [Theory]
    [InlineData("--help", "analyze")]
    [InlineData("--help", "ingest")]
    [InlineData("analyze --help", "--pretty")]
    [InlineData("ingest --help", "--db")]
    [InlineData("query articles --help", "--language")]
    [InlineData("bench --help", "--repeat")]
    [InlineData("eval --help", "--gold")]
    public void Help_is_printed_everywhere(string commandLine, string expected)
    {
        CliRun.Result result = CliRun.Run(commandLine.Split(' '));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--version")]
    public void Version_prints_the_version(string option)
    {
        CliRun.Result result = CliRun.Run([option]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(KronikaApp.Version, result.Output.Trim());
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("analyze --no-such-option x.txt")]
    [InlineData("bench samples --repeat 0")]
    public void A_usage_error_exits_two_with_one_line(string commandLine)
    {
        CliRun.Result result = CliRun.Run(commandLine.Split(' '));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("kronika: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
