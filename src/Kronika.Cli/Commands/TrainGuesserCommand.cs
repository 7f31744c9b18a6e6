using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Kronika.Cli.Composition;
using Kronika.Nlp.Morphology.Polish;
using Spectre.Console.Cli;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika train guesser [--output DIR]</c>: learns the Polish guesser's suffix rules from the configured
/// dictionary and writes <c>guesser-proper.tsv</c> and <c>guesser-common.tsv</c>, the files embedded in Kronika.Nlp.</summary>
/// <remarks>Deterministic: the same dictionary gives byte-identical files. Each file is written beside its target and
/// moved into place, so an interrupted run leaves the old files whole.</remarks>
internal sealed class TrainGuesserCommand : Command<TrainGuesserCommand.Settings>
{
    private readonly Terminal _terminal;

    public TrainGuesserCommand(Terminal terminal) => _terminal = terminal;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(settings.Output))
        {
            _terminal.Fail($"{settings.Output}: no such directory");
            return 1;
        }

        MorfologikLexicon lexicon = MorfologikLexicon.LoadDefault();
        foreach ((string file, bool properNouns) in (ReadOnlySpan<(string, bool)>)[
            (Path.GetFileName(SuffixGuesser.ProperNounsFile), true), (Path.GetFileName(SuffixGuesser.CommonNounsFile), false)])
        {
            cancellationToken.ThrowIfCancellationRequested();
            string target = Path.Combine(settings.Output, file);
            long started = Stopwatch.GetTimestamp();
            int rules = ModelFile.WriteText(target, writer => SuffixGuesserTrainer.Train(lexicon, writer, properNouns));
            _terminal.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"kronika: {target}: {rules} rules from {lexicon.Source} in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s"));
        }

        return 0;
    }

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--output <DIR>")]
        [Description("Where to write the two rule files (the repository's copy is src/Kronika.Nlp/Morphology/Polish/Data)")]
        [DefaultValue("src/Kronika.Nlp/Morphology/Polish/Data")]
        public string Output { get; init; } = "src/Kronika.Nlp/Morphology/Polish/Data";
    }
}
