using System.Globalization;
using System.Text;
using Kronika.Contract;
using Kronika.Core;
using Kronika.Evaluation;
using Kronika.Ingest;
using Kronika.Nlp;
using Kronika.Testing;

namespace Kronika.Eval.Events;

/// <summary>Events and quotes on the project's own Polish dev set (eval/gold/pl-dev: 30 SlavicNER articles annotated
/// before the rules they judge), scored by the kronika-gold/1 matching rules (shared/gold/FORMAT.md) exactly as
/// <c>kronika eval --gold eval/gold/pl-dev</c> does, and held above the floors <c>pl_dev_events</c> and
/// <c>pl_dev_quotes</c>. The articles are read in place from shared/data/pl-entities-slavicner.</summary>
public sealed class PolishDevSetGate
{
    [Fact]
    public void Events_and_quotes_on_the_Polish_dev_set_stay_above_the_floors()
    {
        string folder = Path.Combine(SharedData.RepositoryRoot, "eval", "gold", "pl-dev");
        IReadOnlyList<string> goldFiles = GoldFile.Find([folder]);
        Assert.True(goldFiles.Count >= 30, $"{goldFiles.Count} gold files in {folder}; the dev set has 30");
        SharedData.Require("data/pl-entities-slavicner/raw");
        var reader = new InputReader();
        Pipeline pipeline = PipelineFactory.Create();
        var scores = new List<GoldScore>();
        var report = new StringBuilder();
        foreach (string goldPath in goldFiles)
        {
            GoldArticle gold = GoldFile.Load(goldPath);
            string article = GoldFile.ResolveArticle(goldPath, gold);
            Document document = pipeline.Run(reader.Read(File.ReadAllBytes(article), article, new InputHints { Published = gold.Published }), TestContext.Current.CancellationToken);
            Assert.Empty(DocumentInvariants.Check(document));
            GoldScore score = GoldScorer.Score(gold, ArticleContract.From(document));
            scores.Add(score);
            report.AppendLine(CultureInfo.InvariantCulture, $"{Path.GetFileName(goldPath)}: events {score.EventsMatched}/{score.OutputEvents} out, {score.GoldEvents} gold; quotes {score.QuotesMatched}/{score.OutputQuotes} out, {score.GoldQuotes} gold");
        }

        GoldScore total = GoldScore.Sum(scores);
        string line = string.Create(CultureInfo.InvariantCulture, $"Polish dev set ({scores.Count} articles): events P {total.EventPrecision:F4} R {total.EventRecall:F4} ({total.EventsMatched} matched, {total.OutputEvents} output, {total.GoldEvents} gold), modality {total.ModalityAgreement:F4}; quotes P {total.QuotePrecision:F4} R {total.QuoteRecall:F4} ({total.QuotesMatched}/{total.OutputQuotes}/{total.GoldQuotes}); mention recall {total.MentionRecall:F4}");
        TestContext.Current.SendDiagnosticMessage(line);
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Floors.AssertAtLeast("pl_dev_events", "precision", total.EventPrecision);
        Floors.AssertAtLeast("pl_dev_events", "recall", total.EventRecall);
        Floors.AssertAtLeast("pl_dev_quotes", "precision", total.QuotePrecision);
        Floors.AssertAtLeast("pl_dev_quotes", "recall", total.QuoteRecall);
    }
}
