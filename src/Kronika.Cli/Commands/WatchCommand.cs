using System.ComponentModel;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Kronika.Cli.Composition;
using Kronika.Ingest.Web;
using Kronika.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika watch FEEDS.txt [--db PATH] [--interval SECONDS] [--once] [--allow-private] [--state PATH]</c>:
/// polls feeds in rounds and stores every new item's page once, across restarts.</summary>
/// <remarks>
/// Progress and errors go to standard error, one line each; one summary line per round goes to standard output.
/// Exit codes: 0 the last round read every feed and handled every new item (pages the reader refuses are stored with
/// their reason, as <c>ingest</c> stores them, and are not failures); 1 a feed or a page failed in the last round, or the
/// feeds file or state file cannot be read; 2 a usage error; 3 a stage failed (a bug); 130 stopped by Ctrl+C or SIGTERM
/// (after the item in hand, with the state saved).
/// </remarks>
internal sealed class WatchCommand : AsyncCommand<WatchCommand.Settings>
{
    private readonly Terminal _terminal;
    private readonly Lazy<Engine> _engine;
    private readonly TimeProvider _time;

    public WatchCommand(Terminal terminal, Lazy<Engine> engine, TimeProvider time)
    {
        _terminal = terminal;
        _engine = engine;
        _time = time;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        List<FeedSource> feeds;
        try
        {
            feeds = FeedList.Read(settings.Feeds);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _terminal.Fail($"{settings.Feeds}: cannot read the feeds file: {exception.Message}");
            return 1;
        }

        if (feeds.Count == 0)
        {
            _terminal.Fail($"{settings.Feeds}: no feed URLs (one per line; # starts a comment)");
            return 1;
        }

        var stateFile = new WatchStateFile(settings.State ?? settings.Feeds + ".state.json");
        WatchState state;
        try
        {
            state = stateFile.Load();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            _terminal.Fail($"{stateFile.Path}: cannot read the watch state ({exception.Message}); move it away to start afresh");
            return 1;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => Stop(signal, stop));
        using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => Stop(signal, stop));

        using IArticleStore store = StoreFactory.Open(DatabasePath.Resolve(settings.Database));
        Engine engine = _engine.Value;
        var options = FetchOptions.Default with
        {
            AllowPrivateAddresses = settings.AllowPrivate,
            MaxBytes = engine.ReaderOptions.MaxBytes,
            Timeout = TimeSpan.FromSeconds(settings.Timeout),
            HostDelay = TimeSpan.FromSeconds(settings.HostDelay),
            MaxRetries = settings.Retries,
        };
        using var fetcher = new WebFetcher(options, _time);
        var watcher = new FeedWatcher(_terminal, engine, store, fetcher, stateFile, state, _time);
        int exitCode = 0;
        try
        {
            for (int round = 1; ; round++)
            {
                RoundTally tally = await watcher.PollAsync(feeds, stop.Token).ConfigureAwait(false);
                exitCode = tally.ExitCode;
                _terminal.Out.WriteLine(tally.Summary(round));
                _terminal.Out.Flush();
                if (settings.Once)
                {
                    return exitCode;
                }

                await Task.Delay(TimeSpan.FromSeconds(settings.Interval), _time, stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            _terminal.Fail($"watch stopped; state saved in {stateFile.Path}");
            return 130;
        }
    }

    private static void Stop(PosixSignalContext signal, CancellationTokenSource stop)
    {
        // Stop after the item in hand instead of dying mid-write; a second Ctrl+C still kills the process.
        signal.Cancel = !stop.IsCancellationRequested;
        stop.Cancel();
    }

    /// <summary>Arguments of <c>watch</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FEEDS>")]
        [Description("A text file with one feed URL (RSS, RDF, Atom) per line; blank lines and lines starting with # are skipped")]
        public string Feeds { get; init; } = "";

        [CommandOption("--db <PATH|CONNECTION>")]
        [Description("The store, as for ingest: a SQLite file or a PostgreSQL database (default: $KRONIKA_DB, else ./kronika.db)")]
        public string? Database { get; init; }

        [CommandOption("--interval <SECONDS>")]
        [Description("Seconds to wait after a round before the next one")]
        [DefaultValue(900)]
        public int Interval { get; init; } = 900;

        [CommandOption("--once")]
        [Description("Poll every feed once and exit")]
        public bool Once { get; init; }

        [CommandOption("--allow-private")]
        [Description("Also fetch loopback, private and link-local addresses (refused by default)")]
        public bool AllowPrivate { get; init; }

        [CommandOption("--state <PATH>")]
        [Description("The state file: validators and handled items of each feed (default: FEEDS + .state.json)")]
        public string? State { get; init; }

        [CommandOption("--timeout <SECONDS>")]
        [Description("Time limit of one request, body included")]
        [DefaultValue(30)]
        public int Timeout { get; init; } = 30;

        [CommandOption("--retries <COUNT>")]
        [Description("Retries of a request that got 429, 5xx or timed out, after 2, 4, 8... seconds or the server's Retry-After")]
        [DefaultValue(3)]
        public int Retries { get; init; } = 3;

        [CommandOption("--host-delay <SECONDS>")]
        [Description("Least time between two requests to one host (0 for none)")]
        [DefaultValue(1.0)]
        public double HostDelay { get; init; } = 1.0;

        public override ValidationResult Validate() =>
            Interval < 1 ? ValidationResult.Error("--interval must be at least 1 second")
            : Timeout < 1 ? ValidationResult.Error("--timeout must be at least 1 second")
            : Retries is < 0 or > 10 ? ValidationResult.Error("--retries must be between 0 and 10")
            : HostDelay is < 0 or > 3600 || double.IsNaN(HostDelay)
                ? ValidationResult.Error($"--host-delay must be between 0 and 3600 seconds, not {HostDelay.ToString(CultureInfo.InvariantCulture)}")
            : ValidationResult.Success();
    }
}
