using System.Globalization;
using Kronika.Evaluation.Ner;
using Kronika.Nlp.Mentions.Tagger;
using Kronika.Nlp.Morphology.Polish;
using Kronika.Testing;

namespace Kronika.Eval.Mentions;

/// <summary>Exact-span F1 of the shipped Polish named-entity tagger over NKJP's top-level classes, on the tenth of its
/// documents that <c>kronika train ner</c> holds out, held above the floors in eval/floors.json.</summary>
public sealed class NkjpNerGate
{
    private const string Corpus = "data/pl-ner-nkjp/nkjp-nested-simplified-v2.iob.gz";

    [Theory]
    [InlineData("nkjp_ner_held_out")]
    public void Named_entities_on_held_out_NKJP_stay_above_the_floors(string floorKey)
    {
        string path = SharedData.Require(Corpus);
        IReadOnlyList<NerSentence> sentences = NkjpNerCorpus.Read(path);
        HashSet<string> heldOut = NkjpNerCorpus.HeldOut(sentences);
        var tagger = new NerTagger(NerModel.LoadPolish(), new NerFeatures(PolishAnalyzer.LoadDefault()));

        SpanScore score = SpanScore.Measure(sentences.Where(sentence => heldOut.Contains(sentence.Document))
            .Select(sentence => ((IReadOnlyList<string>)sentence.Labels, (IReadOnlyList<string>)tagger.Tag(sentence.Tokens))));

        string line = $"NKJP held-out named entities: {score}; "
            + string.Join(", ", NkjpNerCorpus.Classes.Select(type => string.Create(CultureInfo.InvariantCulture, $"{type} {score.F1Of(type):F4}")));
        TestContext.Current.SendDiagnosticMessage(line);
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        Floors.AssertAtLeast(floorKey, "f1", score.F1);
        Floors.AssertAtLeast(floorKey, "precision", score.Precision);
        Floors.AssertAtLeast(floorKey, "recall", score.Recall);
    }
}
