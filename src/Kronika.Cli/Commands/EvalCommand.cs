using System.ComponentModel;
using Kronika.Cli.Composition;
using Kronika.Contract;
using Kronika.Core;
using Kronika.Evaluation;
using Kronika.Ingest;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika eval --gold DIR|FILE ...</c>: runs the pipeline on the articles gold files name and scores it
/// by the matching rules of the kronika-gold/1 format.</summary>
/// <remarks>Scores are reported, not judged: the floors live in eval/. Exit 1 only when a gold file or its article
/// cannot be loaded; 3 when a stage fails.</remarks>
internal sealed class EvalCommand : Command<EvalCommand.Settings>
{
    private readonly Terminal _terminal;
    private readonly Lazy<Engine> _engine;

    public EvalCommand(Terminal terminal, Lazy<Engine> engine)
    {
        _terminal = terminal;
        _engine = engine;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string[] paths = [.. settings.Gold, .. settings.More];
        var missing = paths.Where(path => !File.Exists(path) && !Directory.Exists(path)).ToList();
        int failed = 0;
        foreach (string path in missing)
        {
            failed++;
            _terminal.Fail($"{path}: no such file or directory");
        }

        IReadOnlyList<string> goldFiles = GoldFile.Find(paths.Except(missing, StringComparer.Ordinal));
        if (goldFiles.Count == 0 && missing.Count == 0)
        {
            _terminal.Fail($"no gold files in {string.Join(", ", paths)}");
            return 1;
        }

        var batch = new InputBatch(_terminal, _engine.Value);
        var scores = new List<GoldScore>();
        TextWriter output = _terminal.Out;
        foreach (string goldPath in goldFiles)
        {
            GoldArticle gold;
            string article;
            try
            {
                gold = GoldFile.Load(goldPath);
                article = GoldFile.ResolveArticle(goldPath, gold);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or InvalidDataException or System.Text.Json.JsonException)
            {
                failed++;
                _terminal.Fail($"cannot load gold: {exception.Message}");
                continue;
            }

            // The gold's publication date is the article's own metadata (a feed or page would give it): relative dates
            // and roles ("prezydent USA") are resolved from it as they would be in real use.
            Document? document = batch.Analyze(article, new InputHints { Published = gold.Published }, cancellationToken);
            if (document is null)
            {
                continue;
            }

            GoldScore score = GoldScorer.Score(gold, ArticleContract.From(document));
            scores.Add(score);
            output.WriteLine($"== {goldPath} ({article})");
            output.Write(score.ToReport());
        }

        if (scores.Count > 1)
        {
            output.WriteLine($"== total over {scores.Count} gold files");
            output.Write(GoldScore.Sum(scores).ToReport());
        }

        output.Flush();
        return batch.StageFailures > 0 ? 3 : failed + batch.Failed > 0 ? 1 : 0;
    }

    /// <summary>Arguments of <c>eval</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--gold <PATH>")]
        [Description("A gold file (kronika-gold/1) or a folder of them; repeat the option or list more paths after it")]
        public string[] Gold { get; init; } = [];

        [CommandArgument(0, "[PATHS]")]
        [Description("More gold files or folders")]
        public string[] More { get; init; } = [];

        public override ValidationResult Validate() =>
            Gold.Length + More.Length == 0 ? ValidationResult.Error("--gold needs a gold file or folder") : ValidationResult.Success();
    }
}
