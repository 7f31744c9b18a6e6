using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Kronika.Cli.Composition;
using Kronika.Contract;
using Kronika.Core;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika bench CORPUS [--repeat N]</c>: throughput of reader + pipeline + JSON over a corpus held in memory.</summary>
/// <remarks>Every file is loaded first, so the figures measure the engine, not the disk. One thread: the figure is
/// per core. Peak working set and allocated bytes cover the whole process, the language models included.</remarks>
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
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long started = Stopwatch.GetTimestamp();
        for (int round = 0; round < settings.Repeat; round++)
        {
            foreach ((string input, byte[] content) in corpus)
            {
                Document document = engine.Analyze(content, input, cancellationToken);
                characters += KronikaJson.Serialize(ArticleContract.From(document)).Length;
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
        output.WriteLine(Line("allocated", $"{allocated / (1024.0 * 1024):F1} MB ({allocated / Math.Max(articles, 1) / 1024.0:F1} KB per article)"));
        output.WriteLine(Line("peak memory", $"{peak / (1024.0 * 1024):F1} MB working set"));
        output.Flush();
        return 0;
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
