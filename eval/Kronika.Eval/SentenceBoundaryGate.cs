using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Evaluation.Sentences;
using Kronika.Nlp;
using Kronika.Testing;

namespace Kronika.Eval;

/// <summary>Sentence-boundary precision, recall and F1 of the sentence splitter on the NKJP corpus, held above the floors in eval/floors.json.</summary>
public sealed class SentenceBoundaryGate
{
    private const string Corpus = "data/pl-ner-nkjp/nkjp-nested-simplified-v2.iob.gz";
    private const string FloorKey = "nkjp_sentence_boundary";

    [Theory]
    [InlineData("pl")]
    public void Sentence_boundaries_on_NKJP_stay_above_the_floors(string language)
    {
        string path = SharedData.Require(Corpus);
        IReadOnlyList<NkjpDocument> documents = NkjpCorpus.Read(path);
        Func<string, IReadOnlyList<int>> splitter = Splitter(language);

        SentenceBoundaryScore score = SentenceBoundaryScorer.Score(documents, splitter);

        TestContext.Current.SendDiagnosticMessage($"NKJP sentence boundaries: {score}");
        TestContext.Current.TestOutputHelper?.WriteLine($"NKJP sentence boundaries: {score}");
        Floors.AssertAtLeast(FloorKey, "f1", score.F1);
        Floors.AssertAtLeast(FloorKey, "precision", score.Precision);
        Floors.AssertAtLeast(FloorKey, "recall", score.Recall);
    }

    /// <summary>The tokenize and sentences stages of the real pipeline, on a document of one paragraph in <paramref name="language"/>.</summary>
    private static Func<string, IReadOnlyList<int>> Splitter(string language)
    {
        IEnumerable<IStage> stages = PipelineFactory.Create().Stages.Where(stage => stage.Name is "tokenize" or "sentences");
        var pipeline = new Pipeline(stages, Layers.Text | Layers.Regions | Layers.Language);
        return text =>
        {
            var document = new Document
            {
                Id = Document.IdOf(text),
                Input = "nkjp",
                Text = text,
                Language = language,
                Regions = [new Region(RegionType.Paragraph, new TextSpan(0, text.Length))],
            };
            return [.. pipeline.Run(document, TestContext.Current.CancellationToken).Sentences.Select(sentence => sentence.Span.End)];
        };
    }
}
