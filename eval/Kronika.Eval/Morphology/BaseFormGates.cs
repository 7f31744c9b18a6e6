using System.Globalization;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Evaluation.BaseForms;
using Kronika.Nlp;
using Kronika.Nlp.Morphology;
using Kronika.Nlp.Morphology.English;
using Kronika.Nlp.Morphology.Polish;
using Kronika.Testing;

namespace Kronika.Eval.Morphology;

/// <summary>Base forms of names on two corpora nobody here wrote, held above the floors in eval/floors.json:
/// KPWr's named entities (Polem's tune split, names alone, no context) and SlavicNER's gold mentions (in their
/// articles: the pipeline's morphology supplies the case a preceding preposition governs).</summary>
public sealed class BaseFormGates
{
    private const string Polem = "data/pl-ne-lemma-polem/kpwr-1.2-ne-tune-fix.tsv";
    private const string SlavicNer = "data/pl-entities-slavicner";

    private static readonly Lazy<PolishAnalyzer> _analyzer = new(PolishAnalyzer.LoadDefault);
    private static readonly Lazy<WordNetLexicon> _wordNet = new(WordNetLexicon.LoadDefault);

    [Theory]
    [InlineData("polem_base_forms")]
    public void Base_forms_of_KPWr_names_stay_above_the_floors(string floorKey)
    {
        string path = SharedData.Require(Polem);
        var names = new NameBaseForms(_analyzer.Value, _wordNet.Value.Knows);

        BaseFormScore score = BaseFormScore.Measure(PolemCorpus.Read(path), item => names.BaseForm(item.Surface, NameKinds.Of(item.Category)));

        Report("KPWr (Polem tune) name base forms", score);
        Floors.AssertAtLeast(floorKey, "accuracy_ignoring_case", score.AccuracyIgnoringCase);
        Floors.AssertAtLeast(floorKey, "accuracy", score.Accuracy);
    }

    [Theory]
    [InlineData("slavicner_base_forms")]
    public void Base_forms_of_SlavicNER_mentions_stay_above_the_floors(string floorKey)
    {
        string root = SharedData.Require(SlavicNer);
        (IReadOnlyDictionary<string, string> texts, IReadOnlyList<BaseFormItem> mentions) = SlavicNerCorpus.Read(root);
        PolishAnalyzer analyzer = _analyzer.Value;
        var names = new NameBaseForms(analyzer, _wordNet.Value.Knows);
        Pipeline pipeline = MorphologyPipeline(analyzer);
        var documents = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach ((string name, string text) in texts)
        {
            documents[name] = pipeline.Run(Paragraph(name, text), TestContext.Current.CancellationToken);
        }

        string BaseForm(BaseFormItem item) =>
            names.BaseForm(item.Surface, NameKinds.Of(item.Category), GovernedCases.Before(documents[item.Document!], item.Start));

        BaseFormScore all = BaseFormScore.Measure(mentions, BaseForm);
        BaseFormScore unknown = BaseFormScore.Measure(mentions.Where(mention => HasUnknownWord(mention.Surface, analyzer)), BaseForm);

        Report("SlavicNER mention base forms", all);
        Report("SlavicNER mention base forms, mentions with a word the dictionary lacks", unknown);
        Floors.AssertAtLeast(floorKey, "accuracy_ignoring_case", all.AccuracyIgnoringCase);
        Floors.AssertAtLeast(floorKey, "accuracy", all.Accuracy);
        Floors.AssertAtLeast(floorKey, "unknown_words_accuracy_ignoring_case", unknown.AccuracyIgnoringCase);
    }

    /// <summary>The tokenize, sentences and morphology stages of the real pipeline, sharing one loaded analyzer.</summary>
    private static Pipeline MorphologyPipeline(PolishAnalyzer analyzer)
    {
        IEnumerable<IStage> stages = PipelineFactory.Create(PipelineOptions.Default with { PolishAnalyzer = analyzer })
            .Stages.Where(stage => stage.Name is "tokenize" or "sentences" or "morphology");
        return new Pipeline(stages, Layers.Text | Layers.Regions | Layers.Language);
    }

    private static Document Paragraph(string name, string text) => new()
    {
        Id = Document.IdOf(text),
        Input = name,
        Text = text,
        Language = "pl",
        Regions = [new Region(RegionType.Paragraph, new TextSpan(0, text.Length))],
    };

    /// <summary>True when a word of the mention has no dictionary reading, as written or recased.</summary>
    private static bool HasUnknownWord(string surface, PolishAnalyzer analyzer)
    {
        foreach (string word in surface.Split([' ', '-', '\'', '’', '.', ',', '"'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Any(char.IsLetter) && !analyzer.Analyze(word).Exists(reading => reading.Source is AnalysisSource.Dictionary or AnalysisSource.DictionaryRecased))
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(string what, BaseFormScore score)
    {
        string line = $"{what}: {score}";
        foreach ((string category, (int count, int exact, int ignoringCase)) in score.ByCategory.Where(entry => entry.Value.Count >= 100))
        {
            line += string.Create(CultureInfo.InvariantCulture, $"; {category} {(double)ignoringCase / count:F3} of {count}");
        }

        TestContext.Current.SendDiagnosticMessage(line);
        TestContext.Current.TestOutputHelper?.WriteLine(line);
    }
}
