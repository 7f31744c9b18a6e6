using System.Text.Json;
using Kronika.Cli.Commands;
using Kronika.Contract;
using Kronika.Knowledge;
using Kronika.Storage;
using Kronika.Storage.Tests;
using Parquet.Serialization;

namespace Kronika.Cli.Tests.Commands;

/// <summary><c>query events|entities|quotes</c> and <c>export</c> over hand-made records stored through the real store.</summary>
public sealed class RecordCommandsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _moscow;

    public RecordCommandsTests()
    {
        // The place is the knowledge base's Moscow, so that the GDELT export has its coordinates.
        _moscow = "kb:" + KnowledgeBase.LoadDefault().Find("Moskwa").Select(match => match.Entity).OfType<City>().First().Id;
        using IArticleStore store = StoreFactory.Open(Database);
        foreach ((int number, string day) in (ReadOnlySpan<(int, string)>)[(1, "2024-03-05"), (2, "2024-03-06"), (3, "2024-03-06")])
        {
            (StoredArticle article, AnalysisRecord record) = TestRecords.Summit(number, day);
            AnalysisRecord placed = record with { Events = [record.Events[0] with { Location = _moscow }, record.Events[1]] };
            store.Store(article with { AnalysisJson = KronikaJson.Serialize(placed) });
        }
    }

    private string Database => Path.Combine(_folder.Path, "records.db");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(new string[0], 6)]
    [InlineData(new[] { "--type", "THREATEN" }, 3)]
    [InlineData(new[] { "--actor-country", "POL", "--from", "2024-03-06" }, 2)]
    [InlineData(new[] { "--cameo", "05" }, 3)]
    [InlineData(new[] { "--actor", TestRecords.Putin, "--actor-role", "target" }, 0)]
    [InlineData(new[] { "--limit", "4", "--offset", "4" }, 2)]
    public void Query_events_prints_the_events_the_filters_match(string[] filters, int expected)
    {
        CliRun.Result result = CliRun.Run(["query", "events", "--db", Database, "--json", .. filters]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.OutputLines.Length);
        Assert.All(result.OutputLines, line => Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(line).RootElement.GetProperty("sentence").GetString())));
    }

    [Fact]
    public void Query_entities_and_quotes_print_their_rows_and_a_table_by_default()
    {
        CliRun.Result entities = CliRun.Run(["query", "entities", "--db", Database, "--text", "łukaszence", "--json"]);
        CliRun.Result quotes = CliRun.Run(["query", "quotes", "--db", Database, "--speaker", TestRecords.Lukashenko]);

        Assert.Equal(3, JsonDocument.Parse(Assert.Single(entities.OutputLines)).RootElement.GetProperty("articles").GetInt64());
        Assert.Equal(0, quotes.ExitCode);
        Assert.Contains("quotes 1-3 of 3", quotes.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gdelt_export_has_one_row_per_actor_pair_with_codes_quad_class_and_the_places_coordinates()
    {
        string file = Path.Combine(_folder.Path, "events.csv");

        CliRun.Result result = CliRun.Run(["export", "events", "--db", Database, "--format", "gdelt", "--out", file]);

        Assert.Equal(0, result.ExitCode);
        string[] lines = File.ReadAllLines(file);
        Assert.Equal(ExportEventsCommand.GdeltHeader, lines[0]);
        Assert.Equal(7, lines.Length);
        string[] support = lines.First(line => line.Contains(",051,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(("Vladimir Putin", "RUS", "Alexander Lukashenko", "05", "1"), (support[1], support[2], support[3], support[6], support[7]));
        Assert.StartsWith("55.75", support[10], StringComparison.Ordinal);
        Assert.Contains("export events: 6 written", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.tmp"));
    }

    [Fact]
    public async Task A_parquet_export_reads_back_with_every_event()
    {
        string file = Path.Combine(_folder.Path, "events.parquet");

        CliRun.Result result = CliRun.Run(["export", "events", "--db", Database, "--format", "parquet", "--out", file, "--type", "SUPPORT"]);

        Assert.Equal(0, result.ExitCode);
        await using FileStream stream = File.OpenRead(file);
        var rows = (await ParquetSerializer.DeserializeAsync<ExportEventRow>(stream, cancellationToken: TestContext.Current.CancellationToken)).Data;
        Assert.Equal(3, rows.Count);
        Assert.All(rows, row => Assert.Equal(("SUPPORT", TestRecords.Putin, _moscow), (row.Type, row.SourceIds, row.PlaceId)));
    }

    [Theory]
    [InlineData("entities", 4)]
    [InlineData("quotes", 3)]
    public void A_jsonl_export_has_one_object_per_line(string what, int expected)
    {
        string file = Path.Combine(_folder.Path, what + ".jsonl");

        CliRun.Result result = CliRun.Run(["export", what, "--db", Database, "--out", file]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, File.ReadAllLines(file).Length);
    }

    [Theory]
    [InlineData("quotes", "gdelt", 2)]
    [InlineData("events", "xml", 2)]
    public void An_unknown_format_is_a_usage_error(string what, string format, int code)
    {
        CliRun.Result result = CliRun.Run(["export", what, "--db", Database, "--format", format, "--out", Path.Combine(_folder.Path, "x")]);

        Assert.Equal(code, result.ExitCode);
        Assert.False(File.Exists(Path.Combine(_folder.Path, "x")));
    }

    [Fact]
    public void An_export_into_a_missing_folder_fails_clearly_and_leaves_an_existing_file_whole()
    {
        string existing = _folder.Write("keep.jsonl", "old\n");

        CliRun.Result missing = CliRun.Run(["export", "events", "--db", Database, "--out", Path.Combine(_folder.Path, "no", "such", "events.jsonl")]);
        CliRun.Result replaced = CliRun.Run(["export", "events", "--db", Database, "--out", existing]);

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("does not exist", missing.Error, StringComparison.Ordinal);
        Assert.Equal(0, replaced.ExitCode);
        Assert.Equal(6, File.ReadAllLines(existing).Length);
    }
}
