using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Kronika.Cli.Composition;
using Kronika.Evaluation.Ner;
using Kronika.Nlp.Mentions.Tagger;
using Kronika.Nlp.Morphology.Polish;
using Spectre.Console.Cli;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika train ner [--corpus FILE] [--output FILE] [--epochs N]</c>: trains the Polish named-entity tagger on
/// the NKJP corpus, every tenth document held out for evaluation (eval/ scores the shipped model on them), and writes
/// the model Kronika.Nlp embeds.</summary>
/// <remarks>Reads the corpus's tokens and entity labels only (never its base or tag columns). Deterministic. The model
/// is written beside its target and moved into place.</remarks>
internal sealed class TrainNerCommand : Command<TrainNerCommand.Settings>
{
    private readonly Terminal _terminal;

    public TrainNerCommand(Terminal terminal) => _terminal = terminal;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Corpus))
        {
            _terminal.Fail($"{settings.Corpus}: no such file (the NKJP corpus of ../shared/data/pl-ner-nkjp)");
            return 1;
        }

        string? folder = Path.GetDirectoryName(Path.GetFullPath(settings.Output));
        if (folder is null || !Directory.Exists(folder))
        {
            _terminal.Fail($"{settings.Output}: its folder does not exist");
            return 1;
        }

        if (settings.Epochs is < 1 or > 100)
        {
            _terminal.Fail("--epochs must be between 1 and 100");
            return 2;
        }

        long started = Stopwatch.GetTimestamp();
        IReadOnlyList<NerSentence> sentences = NkjpNerCorpus.Read(settings.Corpus);
        HashSet<string> heldOut = NkjpNerCorpus.HeldOut(sentences);
        var training = sentences.Where(sentence => !heldOut.Contains(sentence.Document))
            .Select(sentence => ((IReadOnlyList<string>)sentence.Tokens, (IReadOnlyList<string>)sentence.Labels)).ToList();
        _terminal.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"kronika: training on {training.Count} sentences ({heldOut.Count} documents held out), {settings.Epochs} epochs"));
        var features = new NerFeatures(PolishAnalyzer.LoadDefault());
        TaggerTraining.TrainAndWrite(_terminal, training, features, settings.Epochs, settings.Output, started, cancellationToken);
        return 0;
    }

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--corpus <FILE>")]
        [Description("The NKJP named-entity corpus (IOB, gzipped)")]
        [DefaultValue("../shared/data/pl-ner-nkjp/nkjp-nested-simplified-v2.iob.gz")]
        public string Corpus { get; init; } = "../shared/data/pl-ner-nkjp/nkjp-nested-simplified-v2.iob.gz";

        [CommandOption("--output <FILE>")]
        [Description("Where to write the model (the repository's copy is src/Kronika.Nlp/Mentions/Data/ner-pl.bin)")]
        [DefaultValue("src/Kronika.Nlp/Mentions/Data/ner-pl.bin")]
        public string Output { get; init; } = "src/Kronika.Nlp/Mentions/Data/ner-pl.bin";

        [CommandOption("--epochs <N>")]
        [Description("Passes over the training data")]
        [DefaultValue(10)]
        public int Epochs { get; init; } = 10;
    }
}
