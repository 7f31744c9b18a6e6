using System.ComponentModel;
using Kronika.Cli.Composition;
using Kronika.Contract;
using Kronika.Core;
using Spectre.Console.Cli;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika analyze FILE|DIR|- ...</c>: one kronika/1 record per input on standard output.</summary>
internal sealed class AnalyzeCommand : Command<AnalyzeCommand.Settings>
{
    private readonly Terminal _terminal;
    private readonly Lazy<Engine> _engine;

    public AnalyzeCommand(Terminal terminal, Lazy<Engine> engine)
    {
        _terminal = terminal;
        _engine = engine;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var batch = new InputBatch(_terminal, _engine.Value);
        foreach (string path in batch.Expand(settings.Paths))
        {
            foreach ((_, Document? document) in batch.AnalyzeEach(path, cancellationToken))
            {
                if (document is not null)
                {
                    // A refused input still gets its record: the rejection is part of the answer.
                    _terminal.Out.WriteLine(KronikaJson.Serialize(ArticleContract.From(document), settings.Pretty));
                }
            }
        }

        _terminal.Out.Flush();
        return batch.ExitCode;
    }

    /// <summary>Arguments of <c>analyze</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<PATHS>")]
        [Description("Files, folders (every *.txt, *.html, *.htm, *.warc, *.warc.gz, *.jsonl, *.jsonl.gz and extensionless file, recursively) or - for standard input")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--pretty")]
        [Description("Indent the JSON (one object per input; no longer JSON Lines)")]
        public bool Pretty { get; init; }
    }
}
