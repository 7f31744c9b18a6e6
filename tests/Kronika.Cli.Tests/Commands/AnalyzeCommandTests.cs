using System.Text;
using Kronika.Cli.Composition;
using Kronika.Contract;
using Kronika.Core;
using Kronika.Ingest;

namespace Kronika.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("pl-wizyta-ministra.txt", "pl")]
    [InlineData("pl-sankcje-rada-ue.txt", "pl")]
    [InlineData("en-sanctions-decision.txt", "en")]
    [InlineData("en-statement-quote.txt", "en")]
    public void One_file_gives_one_record_that_the_schema_accepts(string sample, string language)
    {
        string path = Path.Combine(CliRun.Samples, sample);

        CliRun.Result result = CliRun.Run(["analyze", path]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        string json = Assert.Single(result.OutputLines);
        Assert.Empty(KronikaSchema.Validate(json));
        AnalysisRecord record = KronikaJson.Deserialize(json);
        Assert.Equal(path, record.Input);
        Assert.Equal(language, record.Article.Language);
        Assert.NotEmpty(record.Sentences);
    }

    [Theory]
    [InlineData("--pretty")]
    public void Pretty_output_is_indented_and_still_valid(string option)
    {
        string path = _folder.Write("a.txt", Articles.Polish);

        CliRun.Result result = CliRun.Run(["analyze", path, option]);

        Assert.Equal(0, result.ExitCode);
        Assert.True(result.OutputLines.Length > 10);
        Assert.Empty(KronikaSchema.Validate(result.Output));
    }

    [Theory]
    [InlineData("a.txt", "sub/b.txt", "sub/deeper/c", "notes.md")]
    public void A_folder_gives_json_lines_one_per_article_file_in_ordinal_order(string first, string second, string third, string ignored)
    {
        _folder.Write(first, Articles.Polish);
        _folder.Write(second, Articles.English);
        _folder.Write(third, Articles.PolishNumbered(3));
        _folder.Write(ignored, Articles.English);

        CliRun.Result result = CliRun.Run(["analyze", _folder.Path]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, result.OutputLines.Length);
        Assert.All(result.OutputLines, line => Assert.Empty(KronikaSchema.Validate(line)));
        Assert.Equal(
            [Path.Combine(_folder.Path, first), Path.Combine(_folder.Path, second), Path.Combine(_folder.Path, third)],
            result.OutputLines.Select(line => KronikaJson.Deserialize(line).Input));
    }

    [Theory]
    [InlineData(Articles.English, "en")]
    [InlineData(Articles.Polish, "pl")]
    public void A_dash_reads_standard_input(string text, string language)
    {
        CliRun.Result result = CliRun.Run(["analyze", "-"], Encoding.UTF8.GetBytes(text));

        Assert.Equal(0, result.ExitCode);
        AnalysisRecord record = KronikaJson.Deserialize(Assert.Single(result.OutputLines));
        Assert.Equal("-", record.Input);
        Assert.Equal(language, record.Article.Language);
    }

    [Theory]
    [InlineData("no-such-file.txt")]
    [InlineData("no-such-folder/")]
    public void A_missing_path_exits_non_zero_with_one_error_line(string missing)
    {
        CliRun.Result result = CliRun.Run(["analyze", Path.Combine(_folder.Path, missing)]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        string line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("kronika: ", line, StringComparison.Ordinal);
        Assert.Contains("no such file", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52 }, "binary")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0 }, "binary")]
    [InlineData(new byte[] { }, "empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x0A, 0x09 }, "empty")]
    public void A_refused_file_prints_its_rejection_and_exits_one(byte[] bytes, string reason)
    {
        string path = _folder.Write("bad.txt", bytes);

        CliRun.Result result = CliRun.Run(["analyze", path]);

        Assert.Equal(1, result.ExitCode);
        string json = Assert.Single(result.OutputLines);
        Assert.Empty(KronikaSchema.Validate(json));
        Assert.Equal(reason, KronikaJson.Deserialize(json).Rejection?.Reason);
        string line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("kronika: " + path, line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3)]
    public void A_folder_run_goes_on_past_a_refused_file_and_exits_one(int goodFiles)
    {
        for (int index = 0; index < goodFiles; index++)
        {
            _folder.Write($"good{index}.txt", Articles.PolishNumbered(index));
        }

        _folder.Write("bad.txt", [0, 1, 2, 3, 0, 0, 0, 0]);

        CliRun.Result result = CliRun.Run(["analyze", _folder.Path]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(goodFiles + 1, result.OutputLines.Length);
        Assert.Equal(goodFiles, result.OutputLines.Count(line => KronikaJson.Deserialize(line).Rejection is null));
        Assert.Single(result.ErrorLines);
    }

    [Theory]
    [InlineData("boom")]
    public void A_stage_that_throws_exits_three_naming_the_stage_and_the_input(string stageName)
    {
        string path = _folder.Write("a.txt", Articles.Polish);
        var engine = new Lazy<Engine>(() => new Engine(new InputReader(), new Pipeline([new ThrowingStage(stageName)]), ReaderOptions.Default));

        CliRun.Result result = CliRun.Run(["analyze", path], engine: engine);

        Assert.Equal(3, result.ExitCode);
        string line = Assert.Single(result.ErrorLines);
        Assert.Contains($"'{stageName}'", line, StringComparison.Ordinal);
        Assert.Contains(path, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u0000\u0001\uFFFF\uD800 lone surrogate")]
    [InlineData("ąęśćżźół ĄĘŚĆŻŹÓŁ 🙂 \t\r\n\r\n\u00A0\u2028")]
    public void Hostile_standard_input_never_crashes(string text)
    {
        CliRun.Result result = CliRun.Run(["analyze", "-"], Encoding.UTF8.GetBytes(text));

        Assert.True(result.ExitCode is 0 or 1, result.Error);
        Assert.Empty(KronikaSchema.Validate(Assert.Single(result.OutputLines)));
    }

    private sealed class ThrowingStage(string name) : IStage
    {
        public string Name { get; } = name;

        public Layers Requires => Layers.Text;

        public Layers Produces => Layers.Language;

        public Document Run(Document document, CancellationToken cancellationToken) => throw new InvalidOperationException("deliberate");
    }
}
