using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Kronika.Cli.Composition;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Evaluation.Mentions;
using Kronika.Evaluation.Ner;
using Kronika.Nlp;
using Kronika.Nlp.Mentions.Tagger;
using Kronika.Nlp.Morphology.Polish;
using Spectre.Console.Cli;

namespace Kronika.Cli.Commands;

/// <summary><c>kronika train mentions</c>: trains the Polish tagger of the mentions stage on SlavicNER's types (PER,
/// ORG, LOC, EVT, PRO): NKJP's classes mapped to them (persName → PER, orgName → ORG, placeName and geogName → LOC;
/// NKJP's held-out tenth left out) and SlavicNER's articles of every topic but the held-out one, tokenised by Kronika.</summary>
/// <remarks>The held-out topic (default covid-19) is what eval/ scores the shipped model on. Deterministic; the model
/// is written beside its target and moved into place.</remarks>
internal sealed class TrainMentionsCommand : Command<TrainMentionsCommand.Settings>
{
    private readonly Terminal _terminal;

    public TrainMentionsCommand(Terminal terminal) => _terminal = terminal;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Nkjp))
        {
            _terminal.Fail($"{settings.Nkjp}: no such file (the NKJP corpus of ../shared/data/pl-ner-nkjp)");
            return 1;
        }

        if (!Directory.Exists(Path.Combine(settings.SlavicNer, "raw")))
        {
            _terminal.Fail($"{settings.SlavicNer}: no raw/ folder (the SlavicNER corpus of ../shared/data/pl-entities-slavicner)");
            return 1;
        }

        long started = Stopwatch.GetTimestamp();
        var training = new List<(IReadOnlyList<string> Words, IReadOnlyList<string> Labels)>();
        IReadOnlyList<NerSentence> nkjp = NkjpNerCorpus.Read(settings.Nkjp);
        HashSet<string> heldOut = NkjpNerCorpus.HeldOut(nkjp);
        training.AddRange(nkjp.Where(sentence => !heldOut.Contains(sentence.Document))
            .Select(sentence => ((IReadOnlyList<string>)sentence.Tokens, (IReadOnlyList<string>)[.. sentence.Labels.Select(MapNkjp)])));
        int nkjpCount = training.Count;

        PolishAnalyzer analyzer = PolishAnalyzer.LoadDefault();
        Pipeline split = Splitter(analyzer);
        int documents = 0;
        foreach (SlavicNerDocument document in SlavicNerDocument.ReadAll(settings.SlavicNer))
        {
            if (document.Topic == settings.HeldOutTopic)
            {
                continue;
            }

            Document tokenised = split.Run(Polish(document.Name, document.Text), cancellationToken);
            training.AddRange(SpanLabels.Sentences(tokenised, document.Mentions.Select(mention => (mention.Start, mention.End, mention.Type))));
            documents++;
        }

        _terminal.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"kronika: training on {nkjpCount} NKJP sentences and {training.Count - nkjpCount} sentences of {documents} SlavicNER articles (topic {settings.HeldOutTopic} held out), {settings.Epochs} epochs"));
        TaggerTraining.TrainAndWrite(_terminal, training, new NerFeatures(analyzer), settings.Epochs, settings.Output, started, cancellationToken);
        return 0;
    }

    /// <summary>The tokenizer and sentence splitter of the default pipeline, nothing else.</summary>
    internal static Pipeline Splitter(PolishAnalyzer analyzer)
    {
        IEnumerable<IStage> stages = PipelineFactory.Create(PipelineOptions.Default with { PolishAnalyzer = analyzer, Morphology = false })
            .Stages.Where(stage => stage.Name is "tokenize" or "sentences");
        return new Pipeline(stages, Layers.Text | Layers.Regions | Layers.Language);
    }

    /// <summary>A raw Polish text as a document of one paragraph, ready for the splitter.</summary>
    internal static Document Polish(string input, string text) => new()
    {
        Id = Document.IdOf(text),
        Input = input,
        Text = text,
        Language = "pl",
        Regions = [new Region(RegionType.Paragraph, new TextSpan(0, text.Length))],
    };

    private static string MapNkjp(string label)
    {
        if (label.Length < 3)
        {
            return "O";
        }

        string type = label[2..] switch
        {
            "persName" => "PER",
            "orgName" => "ORG",
            "placeName" or "geogName" => "LOC",
            _ => "",
        };
        return type.Length == 0 ? "O" : string.Concat(label.AsSpan(0, 2), type);
    }

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--nkjp <FILE>")]
        [Description("The NKJP named-entity corpus (IOB, gzipped)")]
        [DefaultValue("../shared/data/pl-ner-nkjp/nkjp-nested-simplified-v2.iob.gz")]
        public string Nkjp { get; init; } = "../shared/data/pl-ner-nkjp/nkjp-nested-simplified-v2.iob.gz";

        [CommandOption("--slavicner <DIR>")]
        [Description("The SlavicNER corpus folder (raw/ and ner/)")]
        [DefaultValue("../shared/data/pl-entities-slavicner")]
        public string SlavicNer { get; init; } = "../shared/data/pl-entities-slavicner";

        [CommandOption("--held-out-topic <TOPIC>")]
        [Description("The SlavicNER topic left out of training, for evaluation")]
        [DefaultValue("covid-19")]
        public string HeldOutTopic { get; init; } = "covid-19";

        [CommandOption("--epochs <N>")]
        [Description("Training epochs")]
        [DefaultValue(10)]
        public int Epochs { get; init; } = 10;

        [CommandOption("--output <FILE>")]
        [Description("Where to write the model (the repository's copy is src/Kronika.Nlp/Mentions/Data/mentions-pl.bin)")]
        [DefaultValue("src/Kronika.Nlp/Mentions/Data/mentions-pl.bin")]
        public string Output { get; init; } = "src/Kronika.Nlp/Mentions/Data/mentions-pl.bin";
    }
}
