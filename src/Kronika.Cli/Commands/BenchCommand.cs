using System.ComponentModel;
using System.Diagnostics;
using System.Collections.Immutable;
using System.Globalization;
using Kronika.Cli.Composition;
using Kronika.Contract;
using Kronika.Core;
using Kronika.Ingest;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika bench CORPUS [--repeat N]</c>: throughput of reader + pipeline + JSON over a corpus held in memory.</summary>
/// <remarks>Every file is loaded first, so the figures measure the engine, not the disk. One thread: the figure is
/// per core. The time of reading, of each stage and of writing JSON is reported apart. Peak working set and allocated bytes cover the whole process, the language models included.</remarks>
internal sealed class BenchCommand : Command<BenchCommand.Settings>
{
    private readonly Terminal _terminal;
    private readonly Lazy<Engine> _engine;

    public BenchCommand(Terminal terminal, Lazy<Engine> engine)
    {
        _terminal = terminal;
        _engine = engine;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var missing = new List<string>();
        List<string> inputs = InputFiles.Expand([settings.Corpus], missing);
        if (missing.Count > 0 || inputs.Count == 0)
        {
            _terminal.Fail($"{settings.Corpus}: no such file or directory, or no article files in it");
            return 1;
        }

        long built = Stopwatch.GetTimestamp();
        Engine engine = _engine.Value;
        TimeSpan buildTime = Stopwatch.GetElapsedTime(built);

        var corpus = new List<(string Input, byte[] Bytes)>(inputs.Count);
        long bytes = 0;
        foreach (string input in inputs)
        {
            byte[] content = InputFiles.Read(input, _terminal.Input, engine.ReaderOptions.MaxBytes);
            corpus.Add((input, content));
            bytes += content.Length;
        }

        // One article first, untimed: models and tables that load on first use are not part of the throughput.
        long warmed = Stopwatch.GetTimestamp();
        KronikaJson.Serialize(ArticleContract.From(engine.Analyze(corpus[0].Bytes, corpus[0].Input, cancellationToken)));
        TimeSpan warmUp = Stopwatch.GetElapsedTime(warmed);

        int rejected = 0;
        long characters = 0;
        ImmutableArray<IStage> stages = engine.Pipeline.Stages;

        // Ticks spent reading, in each stage (same order as the pipeline), and writing JSON: each article runs stage by
        // stage exactly as Pipeline.Run does, so the sum is the whole run and each part is that stage's own cost.
        var ticks = new long[stages.Length + 2];
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long started = Stopwatch.GetTimestamp();
        for (int round = 0; round < settings.Repeat; round++)
        {
            foreach ((string input, byte[] content) in corpus)
            {
                long mark = Stopwatch.GetTimestamp();
                Document document = engine.Read(content, input, InputHints.None);
                mark = Lap(ticks, 0, mark);
                for (int stage = 0; stage < stages.Length && document.Rejection is null; stage++)
                {
                    document = stages[stage].Run(document, cancellationToken);
                    mark = Lap(ticks, stage + 1, mark);
                }

                characters += KronikaJson.Serialize(ArticleContract.From(document)).Length;
                Lap(ticks, stages.Length + 1, mark);
                if (document.Rejection is not null)
                {
                    rejected++;
                }
            }
        }

        TimeSpan elapsed = Stopwatch.GetElapsedTime(started);
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        long peak;
        using (Process process = Process.GetCurrentProcess())
        {
            peak = process.PeakWorkingSet64;
        }

        long articles = (long)corpus.Count * settings.Repeat;
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        double megabytes = bytes * (double)settings.Repeat / (1024 * 1024);
        TextWriter output = _terminal.Out;
        output.WriteLine(Line("corpus", $"{corpus.Count} files, {bytes / (1024.0 * 1024):F2} MB ({settings.Corpus})"));
        output.WriteLine(Line("pipeline", $"{engine.Pipeline.Description} (built in {buildTime.TotalSeconds:F2} s, first article {warmUp.TotalSeconds:F2} s)"));
        output.WriteLine(Line("articles", $"{articles} in {seconds:F2} s ({settings.Repeat} round(s)), {rejected} rejected"));
        output.WriteLine(Line("articles/s", $"{articles / seconds:F1}"));
        output.WriteLine(Line("MB/s", $"{megabytes / seconds:F2}"));
        output.WriteLine(Line("json", $"{characters} characters written"));
        string[] parts = ["read", .. stages.Select(stage => stage.Name), "json"];
        for (int part = 0; part < parts.Length; part++)
        {
            double partSeconds = Math.Max(ticks[part] / (double)Stopwatch.Frequency, 1e-9);
            output.WriteLine(Line("  " + parts[part], $"{partSeconds:F2} s, {100 * partSeconds / seconds,5:F1} %, {articles / partSeconds,10:F1} articles/s alone"));
        }

        double toEvents = Math.Max(ticks.Take(stages.Length + 1).Sum() / (double)Stopwatch.Frequency, 1e-9);
        output.WriteLine(Line("text→layers", $"{articles / toEvents:F1} articles/s (read and every stage, JSON excluded)"));
        output.WriteLine(Line("allocated", $"{allocated / (1024.0 * 1024):F1} MB ({allocated / Math.Max(articles, 1) / 1024.0:F1} KB per article)"));
        output.WriteLine(Line("peak memory", $"{peak / (1024.0 * 1024):F1} MB working set"));
        output.Flush();
        return 0;
    }

    private static long Lap(long[] ticks, int part, long mark)
    {
        long now = Stopwatch.GetTimestamp();
        ticks[part] += now - mark;
        return now;
    }

    private static string Line(string label, FormattableString value) => $"{label,-12} {value.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Arguments of <c>bench</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<CORPUS>")]
        [Description("A folder of article files (every *.txt and extensionless file, recursively) or one file")]
        public string Corpus { get; init; } = string.Empty;

        [CommandOption("--repeat <N>")]
        [Description("Run over the corpus this many times")]
        [DefaultValue(1)]
        public int Repeat { get; init; } = 1;

        public override ValidationResult Validate() =>
            Repeat < 1 ? ValidationResult.Error("--repeat must be at least 1") : ValidationResult.Success();
    }
}
