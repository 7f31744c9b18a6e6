namespace Kronika.Cli.Tests.Commands;

public sealed class BenchCommandTests
{
    [Theory]
    [InlineData(2, "articles     12 in ")]
    public void Bench_prints_its_figures(int repeat, string articles)
    {
        CliRun.Result result = CliRun.Run(["bench", CliRun.Samples, "--repeat", repeat.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.OutputLines, line => line.StartsWith(articles, StringComparison.Ordinal));
        foreach (string label in new[] { "corpus", "pipeline", "articles/s", "MB/s", "allocated", "peak memory" })
        {
            string line = Assert.Single(result.OutputLines, line => line.StartsWith(label + " ", StringComparison.Ordinal));
            Assert.Matches("[0-9]", line);
        }
    }

    [Theory]
    [InlineData("no-such-corpus")]
    public void A_missing_corpus_exits_one(string corpus)
    {
        CliRun.Result result = CliRun.Run(["bench", corpus]);

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }
}
