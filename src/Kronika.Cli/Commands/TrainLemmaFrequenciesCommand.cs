using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Kronika.Cli.Composition;
using Kronika.Evaluation.Sentences;
using Kronika.Nlp.Morphology.Polish;
using Spectre.Console.Cli;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika train lemma-frequencies [--corpus FILE] [--output DIR]</c>: estimates how often each Polish base form
/// occurs from the tokens of the NKJP corpus and writes <c>lemma-frequencies.tsv</c>, the file embedded in Kronika.Nlp.</summary>
/// <remarks>Reads only the corpus's tokens (never its lemma or tag columns). Deterministic. The file is written beside its
/// target and moved into place.</remarks>
internal sealed class TrainLemmaFrequenciesCommand : Command<TrainLemmaFrequenciesCommand.Settings>
{
    private readonly Terminal _terminal;

    public TrainLemmaFrequenciesCommand(Terminal terminal) => _terminal = terminal;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Corpus))
        {
            _terminal.Fail($"{settings.Corpus}: no such file (the NKJP corpus of ../shared/data/pl-ner-nkjp)");
            return 1;
        }

        if (!Directory.Exists(settings.Output))
        {
            _terminal.Fail($"{settings.Output}: no such directory");
            return 1;
        }

        long started = Stopwatch.GetTimestamp();
        IReadOnlyList<NkjpDocument> documents = NkjpCorpus.Read(settings.Corpus);
        PolishAnalyzer analyzer = PolishAnalyzer.LoadDefault();
        string target = Path.Combine(settings.Output, Path.GetFileName(LemmaFrequencies.DataFile));
        int lemmas = ModelFile.WriteText(target, writer =>
            LemmaFrequencyTrainer.Train(analyzer, documents.SelectMany(document => document.Tokens.Select(token => token.Orth)), writer, "the NKJP 1M corpus"));
        _terminal.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"kronika: {target}: {lemmas} base forms from {documents.Count} documents in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s"));
        return 0;
    }

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--corpus <FILE>")]
        [Description("The NKJP named-entity corpus (IOB, gzipped)")]
        [DefaultValue("../shared/data/pl-ner-nkjp/nkjp-nested-simplified-v2.iob.gz")]
        public string Corpus { get; init; } = "../shared/data/pl-ner-nkjp/nkjp-nested-simplified-v2.iob.gz";

        [CommandOption("--output <DIR>")]
        [Description("Where to write lemma-frequencies.tsv (the repository's copy is src/Kronika.Nlp/Morphology/Polish/Data)")]
        [DefaultValue("src/Kronika.Nlp/Morphology/Polish/Data")]
        public string Output { get; init; } = "src/Kronika.Nlp/Morphology/Polish/Data";
    }
}
