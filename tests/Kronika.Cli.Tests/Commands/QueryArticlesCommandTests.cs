using System.Text.Json;

namespace Kronika.Cli.Tests.Commands;

public sealed class QueryArticlesCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public QueryArticlesCommandTests()
    {
        CliRun.Result ingest = CliRun.Run(["ingest", CliRun.Samples, "--db", Database]);
        Assert.Equal(0, ingest.ExitCode);
    }

    private string Database => Path.Combine(_folder.Path, "query.db");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(new string[0], 6)]
    [InlineData(new[] { "--language", "pl" }, 3)]
    [InlineData(new[] { "--language", "en" }, 3)]
    [InlineData(new[] { "--language", "de" }, 0)]
    [InlineData(new[] { "--text", "BRISTOL" }, 1)]
    [InlineData(new[] { "--text", "sankcj" }, 1)]
    [InlineData(new[] { "--language", "en", "--text", "minister" }, 1)]
    [InlineData(new[] { "--from", "1990-01-01" }, 0)]
    [InlineData(new[] { "--limit", "4" }, 4)]
    [InlineData(new[] { "--limit", "4", "--offset", "4" }, 2)]
    public void Json_lines_hold_only_the_articles_the_filters_match(string[] filters, int expected)
    {
        CliRun.Result result = CliRun.Run(["query", "articles", "--db", Database, "--json", .. filters]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.OutputLines.Length);
        foreach (string line in result.OutputLines)
        {
            using JsonDocument row = JsonDocument.Parse(line);
            Assert.StartsWith("sha256:", row.RootElement.GetProperty("id").GetString(), StringComparison.Ordinal);
            if (filters is ["--language", string language, ..])
            {
                Assert.Equal(language, row.RootElement.GetProperty("language").GetString());
            }
        }
    }

    [Theory]
    [InlineData("sankcji", new string[0], 1)]
    [InlineData("sankcje", new string[0], 0)]
    [InlineData("sankcj*", new string[0], 1)]
    // "Ministrowie" is indexed under its base form "minister" too, so "minister" finds three samples, not two.
    [InlineData("MINISTER", new string[0], 3)]
    [InlineData("minister*", new string[0], 4)]
    [InlineData("minister", new[] { "--language", "pl" }, 2)]
    public void Search_finds_articles_by_whole_words(string search, string[] filters, int expected)
    {
        CliRun.Result result = CliRun.Run(["query", "articles", "--db", Database, "--json", "--search", search, .. filters]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.OutputLines.Length);
    }

    [Theory]
    [InlineData("!!!")]
    [InlineData("")]
    public void A_search_without_words_is_a_usage_error(string search)
    {
        CliRun.Result result = CliRun.Run(["query", "articles", "--db", Database, "--search", search]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--search", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Treasury adds shipping firms", "articles 1-6 of 6")]
    public void The_table_lists_titles_and_a_count(string title, string count)
    {
        CliRun.Result result = CliRun.Run(["query", "articles", "--db", Database]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(title, result.Output, StringComparison.Ordinal);
        Assert.Equal(count, result.OutputLines[^1]);
    }

    [Theory]
    [InlineData("--from", "2024-13-01")]
    [InlineData("--to", "yesterday")]
    public void A_malformed_date_is_a_usage_error(string option, string value)
    {
        CliRun.Result result = CliRun.Run(["query", "articles", "--db", Database, option, value]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(value, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("absent.db")]
    public void A_missing_database_exits_one_without_creating_it(string name)
    {
        string path = Path.Combine(_folder.Path, name);

        CliRun.Result result = CliRun.Run(["query", "articles", "--db", path]);

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.False(File.Exists(path));
    }
}
