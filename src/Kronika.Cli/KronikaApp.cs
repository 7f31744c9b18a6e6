using System.Reflection;
using Kronika.Cli.Commands;
using Kronika.Cli.Composition;
using Kronika.Core;
using Kronika.Storage;
using Spectre.Console.Cli;

namespace Kronika.Cli;

/// <summary>The <c>kronika</c> command line: the commands, their services and how errors become exit codes.</summary>
/// <remarks>Exit codes: 0 success; 1 bad input (missing, unreadable, refused) or an unusable database; 2 a usage
/// error; 3 a stage failed (a bug, named with the stage and the input).</remarks>
internal static class KronikaApp
{
    /// <summary>Runs <paramref name="args"/> against <paramref name="terminal"/>.</summary>
    /// <param name="args">The command line without the program name.</param>
    /// <param name="terminal">Where input comes from and output goes.</param>
    /// <param name="engine">The reader and pipeline; built lazily (at most once) when null, so <c>--help</c> loads no model.</param>
    public static int Run(string[] args, Terminal terminal, Lazy<Engine>? engine = null)
    {
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(Terminal), terminal);
        registrar.RegisterInstance(typeof(Lazy<Engine>), engine ?? new Lazy<Engine>(Engine.CreateDefault));
        registrar.RegisterInstance(typeof(TimeProvider), TimeProvider.System);

        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("kronika");
            config.SetApplicationVersion(Version);
            config.Settings.Console = terminal.OutConsole;
            config.Settings.StrictParsing = true;
            config.SetExceptionHandler((exception, _) => Report(terminal, exception));

            config.AddCommand<AnalyzeCommand>("analyze")
                .WithDescription("Analyse articles and print one kronika/1 JSON record per input (JSON Lines for several)")
                .WithExample("analyze", "samples/pl-wizyta-ministra.txt", "--pretty")
                .WithExample("analyze", "samples/")
                .WithExample("analyze", "-");
            config.AddCommand<IngestCommand>("ingest")
                .WithDescription("Analyse articles and store each once in the SQLite database")
                .WithExample("ingest", "samples/", "--db", "kronika.db");
            config.AddCommand<WatchCommand>("watch")
                .WithDescription("Poll RSS and Atom feeds in rounds; fetch, analyse and store each new item's page once, across restarts")
                .WithExample("watch", "feeds.txt", "--db", "kronika.db", "--interval", "600");
            config.AddBranch("query", query =>
            {
                query.SetDescription("Look up what the database holds");
                query.AddCommand<QueryArticlesCommand>("articles")
                    .WithDescription("List stored articles, newest first")
                    .WithExample("query", "articles", "--language", "pl", "--from", "2024-01-01", "--text", "sankcje");
                query.AddCommand<QueryEventsCommand>("events")
                    .WithDescription("List stored events, latest day first, with their actors and sentence")
                    .WithExample("query", "events", "--actor-country", "BLR", "--cameo", "04", "--from", "2024-01-01");
                query.AddCommand<QueryEntitiesCommand>("entities")
                    .WithDescription("List entities named in stored articles, with their counts")
                    .WithExample("query", "entities", "--text", "łukaszenka");
                query.AddCommand<QueryQuotesCommand>("quotes")
                    .WithDescription("List stored quotes by speaker and text")
                    .WithExample("query", "quotes", "--speaker", "kb:...");
            });
            config.AddBranch("export", export =>
            {
                export.SetDescription("Write what the database holds to a file (JSON Lines, GDELT-style CSV, Parquet)");
                export.AddCommand<ExportEventsCommand>("events")
                    .WithDescription("Export events as jsonl, gdelt (GDELT-style CSV) or parquet")
                    .WithExample("export", "events", "--format", "gdelt", "--out", "events.csv");
                export.AddCommand<ExportEntitiesCommand>("entities")
                    .WithDescription("Export entities as jsonl or parquet")
                    .WithExample("export", "entities", "--format", "parquet", "--out", "entities.parquet");
                export.AddCommand<ExportQuotesCommand>("quotes")
                    .WithDescription("Export quotes as jsonl or parquet")
                    .WithExample("export", "quotes", "--out", "quotes.jsonl");
            });
            config.AddCommand<ReanalyzeCommand>("reanalyze")
                .WithDescription("Run the current pipeline again over stored articles made by another version, replacing their analyses")
                .WithExample("reanalyze", "--db", "kronika.db");
            config.AddCommand<BenchCommand>("bench")
                .WithDescription("Measure articles/s and MB/s of reader + pipeline + JSON over a corpus held in memory")
                .WithExample("bench", "../shared/data/pl-entities-slavicner/raw", "--repeat", "3");
            config.AddCommand<MorphCommand>("morph")
                .WithDescription("Show every reading of Polish or English words (dictionary, recased, guessed), or the base form of a name")
                .WithExample("morph", "Łukaszence", "Prigożyna")
                .WithExample("morph", "--name", "--kind", "person", "Władimirowi", "Putinowi")
                .WithExample("morph", "--lang", "en", "went", "children", "Putin's");
            config.AddBranch("train", train =>
            {
                train.SetDescription("Rebuild the models Kronika ships from their sources");
                train.AddCommand<TrainGuesserCommand>("guesser")
                    .WithDescription("Learn the Polish guesser's suffix rules from the dictionary (writes guesser-proper.tsv and guesser-common.tsv)")
                    .WithExample("train", "guesser", "--output", "src/Kronika.Nlp/Morphology/Polish/Data");
                train.AddCommand<TrainNerCommand>("ner")
                    .WithDescription("Train the Polish named-entity tagger on NKJP, every tenth document held out (writes ner-pl.bin)")
                    .WithExample("train", "ner", "--corpus", "../shared/data/pl-ner-nkjp/nkjp-nested-simplified-v2.iob.gz");
                train.AddCommand<TrainMentionsCommand>("mentions")
                    .WithDescription("Train the mentions stage's Polish tagger on NKJP and SlavicNER, one SlavicNER topic held out (writes mentions-pl.bin)")
                    .WithExample("train", "mentions", "--held-out-topic", "covid-19");
                train.AddCommand<TrainLemmaFrequenciesCommand>("lemma-frequencies")
                    .WithDescription("Estimate how often each Polish base form occurs from the NKJP corpus's tokens (writes lemma-frequencies.tsv)")
                    .WithExample("train", "lemma-frequencies", "--corpus", "../shared/data/pl-ner-nkjp/nkjp-nested-simplified-v2.iob.gz");
            });
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Serve the HTTP API over the store (loopback by default; OpenAPI at /openapi/v1.json)")
                .WithExample("serve", "--db", "kronika.db", "--api-key", "secret");
            config.AddCommand<EvalCommand>("eval")
                .WithDescription("Score the pipeline against kronika-gold/1 files")
                .WithExample("eval", "--gold", "../shared/gold/seed.gold.json");
        });

        try
        {
            // Spectre.Console.Cli reads a lone "-" as an option without a name; standard input travels under a marker.
            return app.Run(args.Select(argument => argument == InputFiles.StandardInput ? InputFiles.StandardInputMarker : argument));
        }
        finally
        {
            terminal.Out.Flush();
        }
    }

    /// <summary>The version printed by <c>--version</c>: the informational version without the commit suffix.</summary>
    public static string Version { get; } = ReadVersion();

    private static int Report(Terminal terminal, Exception exception)
    {
        switch (exception)
        {
            case StageFailedException failure:
                terminal.Fail($"stage '{failure.Stage}' failed on '{failure.Input}': {failure.InnerException?.Message ?? failure.Message}");
                return 3;
            case StoreException store:
                terminal.Fail(store.Message);
                return 1;
            case CommandAppException usage:
                terminal.Fail(usage.Message + " (see kronika --help)");
                return 2;
            case FileNotFoundException missing:
                // A resource the engine needs is not installed (the Polish dictionary): the message says how to get it.
                terminal.Fail(missing.Message);
                return 1;
            case OperationCanceledException:
                terminal.Fail("cancelled");
                return 130;
            default:
                // Anything else is a bug: one line for the person, the type to search for.
                terminal.Fail($"{exception.GetType().Name}: {exception.Message}");
                if (Environment.GetEnvironmentVariable("KRONIKA_DEBUG") == "1")
                {
                    terminal.Error.WriteLine(exception.ToString());
                }

                return 70;
        }
    }

    private static string ReadVersion()
    {
        string version = typeof(KronikaApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
