using System.ComponentModel;
using System.Globalization;
using Kronika.Cli.Composition;
using Kronika.Contract;
using Kronika.Core;
using Kronika.Ingest.Bulk;
using Kronika.Storage;
using Kronika.Storage.Duplicates;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika ingest FILE|DIR ... [--db PATH|CONNECTION]</c>: analyses inputs and stores each once, refused ones included.</summary>
internal sealed class IngestCommand : Command<IngestCommand.Settings>
{
    /// <summary>How often a plain progress line is written when nobody watches a progress bar.</summary>
    private const int ProgressEvery = 100;

    private readonly Terminal _terminal;
    private readonly Lazy<Engine> _engine;
    private readonly TimeProvider _time;

    public IngestCommand(Terminal terminal, Lazy<Engine> engine, TimeProvider time)
    {
        _terminal = terminal;
        _engine = engine;
        _time = time;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using IArticleStore store = StoreFactory.Open(DatabasePath.Resolve(settings.Database));
        var tally = new Tally();
        var batch = new InputBatch(_terminal, _engine.Value) { Divert = document => LinkedAsNearDuplicate(document, store, tally) };
        List<string> inputs = batch.Expand(settings.Paths);

        // A WARC or JSON Lines file is many inputs: progress counts its records as it goes, not just the file.
        bool bulk = inputs.Exists(BulkFiles.IsBulk);
        if (_terminal.Interactive && (inputs.Count > 1 || bulk))
        {
            _terminal.ErrorConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(progress =>
                {
                    ProgressTask task = progress.AddTask("ingest", maxValue: inputs.Count);
                    foreach (string input in inputs)
                    {
                        string name = Markup.Escape(Path.GetFileName(input));
                        IngestOne(input, batch, store, tally, () => task.Description = bulk ? $"ingest {name}: {tally.Inputs} inputs" : "ingest", cancellationToken);
                        task.Increment(1);
                    }
                });
        }
        else
        {
            for (int index = 0; index < inputs.Count; index++)
            {
                int file = index + 1;
                IngestOne(inputs[index], batch, store, tally, () =>
                {
                    if (tally.Inputs % ProgressEvery == 0)
                    {
                        _terminal.Error.WriteLine(bulk
                            ? $"kronika: ingested {tally.Inputs} inputs (file {file}/{inputs.Count})"
                            : $"kronika: ingested {tally.Inputs}/{inputs.Count}");
                    }
                }, cancellationToken);
            }
        }

        TextWriter output = _terminal.Out;
        output.WriteLine($"added: {tally.Added}");
        // A near-duplicate linked by an earlier run is already stored (as its link), not linked again.
        output.WriteLine($"already stored: {tally.AlreadyStored + tally.LinkedBefore}");
        output.WriteLine($"near-duplicates linked: {batch.Diverted - tally.LinkedBefore}");
        output.WriteLine($"rejected: {batch.Rejected}{Reasons(tally)}");
        output.WriteLine($"failed: {batch.Failed + batch.StageFailures}");
        output.WriteLine($"database: {store.Location} ({store.Count(ArticleQuery.All).ToString(CultureInfo.InvariantCulture)} articles)");
        output.Flush();
        return batch.ExitCode;
    }

    /// <summary>Stores the input at <paramref name="path"/>, or each record of a bulk file, calling
    /// <paramref name="progress"/> after each input (one record, or the file).</summary>
    private void IngestOne(string path, InputBatch batch, IArticleStore store, Tally tally, Action progress, CancellationToken cancellationToken)
    {
        foreach ((_, Document? document) in batch.AnalyzeEach(path, cancellationToken))
        {
            if (document is not null)
            {
                StoreOne(document, store, tally);
            }

            tally.Inputs++;
            progress();
        }
    }

    /// <summary>Links <paramref name="document"/> to the stored article it nearly repeats (the same agency story on
    /// another site) instead of analysing and storing it as a report of its own; false when it repeats none, or is an
    /// exact copy (storing records its input against the article).</summary>
    private bool LinkedAsNearDuplicate(Document document, IArticleStore store, Tally tally)
    {
        if (NearDuplicateLinker.Link(document, store, _time.GetUtcNow(), out bool linked) is not { } original)
        {
            return false;
        }

        if (!linked)
        {
            tally.LinkedBefore++;
        }

        _terminal.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"kronika: {document.Input}: near-duplicate of {original.ArticleId} (shingle similarity {original.Similarity:0.00}); {(linked ? "linked" : "linked before")}, not analysed"));
        return true;
    }

    private void StoreOne(Document document, IArticleStore store, Tally tally)
    {
        string json = KronikaJson.Serialize(ArticleContract.From(document));
        StoreOutcome outcome = AnalysedArticles.Store(store, document, json, _engine.Value.Pipeline.Description, _time.GetUtcNow());
        if (document.Rejection is { } rejection)
        {
            string reason = InputBatch.ReasonCode(rejection.Reason);
            tally.Reasons[reason] = tally.Reasons.GetValueOrDefault(reason) + 1;
        }
        else if (outcome == StoreOutcome.Added)
        {
            tally.Added++;
        }
        else
        {
            tally.AlreadyStored++;
        }
    }

    private static string Reasons(Tally tally) => tally.Reasons.Count == 0
        ? string.Empty
        : " (" + string.Join(", ", tally.Reasons.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} {pair.Value}")) + ")";

    /// <summary>Counts of one run.</summary>
    private sealed class Tally
    {
        public int Added { get; set; }

        public int AlreadyStored { get; set; }

        /// <summary>Near-duplicates whose link an earlier run made.</summary>
        public int LinkedBefore { get; set; }

        /// <summary>Inputs handled so far, a bulk file's records each counted.</summary>
        public int Inputs { get; set; }

        public SortedDictionary<string, int> Reasons { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Arguments of <c>ingest</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<PATHS>")]
        [Description("Files or folders (every *.txt, *.html, *.htm, *.warc, *.warc.gz, *.jsonl, *.jsonl.gz and extensionless file, recursively); a WARC or JSON Lines file is read record by record")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--db <PATH|CONNECTION>")]
        [Description("The store: a SQLite file, created on first use, or a PostgreSQL database (postgres://user:password@host/db or Host=...;Database=...) (default: $KRONIKA_DB, else ./kronika.db)")]
        public string? Database { get; init; }
    }
}
