namespace Kronika.Cli.Tests.Commands;

public sealed class EvalCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("Minister odwiedził port w Gdańsku", "PAP", "title                     1.000  (1/1)")]
    [InlineData("Zupełnie inny tytuł", "PAP", "title                     0.000  (0/1)")]
    public void A_hand_made_gold_gets_its_known_score(string goldTitle, string goldSource, string expectedLine)
    {
        _folder.Write("articles/port.txt", Articles.Polish);
        string gold = _folder.Write("gold/port.gold.json", $$"""
            {
              "format": "kronika-gold/1",
              "article": "articles/port.txt",
              "language": "pl",
              "title": "{{goldTitle}}",
              "credited_source": "{{goldSource}}",
              "junk": [],
              "captions": [],
              "entities": [],
              "events": [],
              "quotes": [{"speaker": null, "kind": "direct", "text": "Tego zdania nie ma w artykule."}]
            }
            """);

        CliRun.Result result = CliRun.Run(["eval", "--gold", gold]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expectedLine, result.OutputLines);
        // The article credits no agency, so a gold that names one cannot be matched; no quote stage yet finds the quote.
        Assert.Contains("credited source           0.000  (0/1)", result.OutputLines);
        Assert.Contains(result.OutputLines, line => line.StartsWith("quote recall", StringComparison.Ordinal) && line.EndsWith("(0/1)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("{\"format\": \"kronika-gold/9\", \"article\": \"articles/port.txt\"}")]
    public void A_gold_file_that_fails_to_load_exits_one_and_the_others_are_still_scored(string broken)
    {
        _folder.Write("articles/port.txt", Articles.Polish);
        _folder.Write("gold/a.gold.json", """{"format": "kronika-gold/1", "article": "articles/port.txt", "title": "Minister odwiedził port w Gdańsku", "junk": [], "captions": [], "entities": [], "events": [], "quotes": []}""");
        _folder.Write("gold/b.gold.json", broken);

        CliRun.Result result = CliRun.Run(["eval", "--gold", Path.Combine(_folder.Path, "gold")]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("title                     1.000  (1/1)", result.OutputLines);
        Assert.StartsWith("kronika: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nowhere.gold.json")]
    public void A_missing_gold_path_exits_one(string missing)
    {
        CliRun.Result result = CliRun.Run(["eval", "--gold", Path.Combine(_folder.Path, missing)]);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("kronika: ", result.ErrorLines[0], StringComparison.Ordinal);
    }
}
