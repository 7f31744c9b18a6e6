using System.Globalization;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Evaluation.Mentions;
using Kronika.Nlp;
using Kronika.Testing;

namespace Kronika.Eval.Mentions;

/// <summary>The mentions stage on SlavicNER's held-out topic (covid-19, which <c>kronika train mentions</c> leaves out):
/// exact-span typed F1 over PER, ORG and LOC (Kronika's GPE, LOC and FAC all count as LOC, as SlavicNER has no GPE),
/// F1 per type for all five (role phrases left out: SlavicNER does not mark them), base-form accuracy of the mentions found, and within-document B³ of their entities.</summary>
public sealed class SlavicNerMentionGate
{
    private const string Corpus = "data/pl-entities-slavicner";
    private const string HeldOutTopic = "covid-19";
    private static readonly string[] _main = ["PER", "ORG", "LOC"];
    private static readonly string[] _all = ["PER", "ORG", "LOC", "EVT", "PRO"];

    [Theory]
    [InlineData("slavicner_mentions")]
    public void Mentions_of_the_held_out_topic_stay_above_the_floors(string floorKey)
    {
        string root = SharedData.Require(Corpus);
        IEnumerable<IStage> stages = PipelineFactory.Create().Stages.Where(stage => stage.Name is "tokenize" or "sentences" or "morphology" or "mentions");
        var pipeline = new Pipeline(stages, Layers.Text | Layers.Regions | Layers.Language);
        var counts = new Dictionary<string, (int TruePositives, int Predicted, int Gold)>(StringComparer.Ordinal);
        int matched = 0, baseExact = 0, baseIgnoringCase = 0, documents = 0;
        double b3Precision = 0, b3Recall = 0;
        foreach (SlavicNerDocument article in SlavicNerDocument.ReadAll(root).Where(article => article.Topic == HeldOutTopic))
        {
            documents++;
            Document document = pipeline.Run(new Document
            {
                Id = Document.IdOf(article.Text),
                Input = article.Name,
                Text = article.Text,
                Language = "pl",
                Regions = [new Region(RegionType.Paragraph, new TextSpan(0, article.Text.Length))],
            }, CancellationToken.None);
            var gold = article.Mentions.GroupBy(mention => (mention.Start, mention.End, mention.Type)).ToDictionary(group => group.Key, group => group.First());
            // SlavicNER marks names (demonyms among them, as PER), never role phrases ("prezydent Rosji"): those are
            // outside what it scores, and the names inside them still count.
            var predicted = document.Mentions.Where(mention => mention.Via != MentionVia.Role).Select(mention => (Key: (mention.Span.Start, mention.Span.End, TypeOf(mention.Type)), Mention: mention)).ToList();
            foreach (string type in _all)
            {
                (int tp, int p, int g) = counts.GetValueOrDefault(type);
                counts[type] = (tp + predicted.Count(item => item.Key.Item3 == type && gold.ContainsKey(item.Key)),
                    p + predicted.Count(item => item.Key.Item3 == type), g + gold.Keys.Count(key => key.Type == type));
            }

            var pairs = predicted.Where(item => gold.ContainsKey(item.Key)).Select(item => (Gold: gold[item.Key], item.Mention)).ToList();
            foreach ((GoldMention goldMention, Mention mention) in pairs)
            {
                matched++;
                baseExact += mention.Base == goldMention.Lemma ? 1 : 0;
                baseIgnoringCase += string.Equals(mention.Base, goldMention.Lemma, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                // B³ over the mentions found: the share of this mention's entity (as Kronika joined it) that gold joins too, and back.
                int same = pairs.Count(other => other.Mention.Entity == mention.Entity && other.Gold.Id == goldMention.Id);
                b3Precision += (double)same / pairs.Count(other => other.Mention.Entity == mention.Entity);
                b3Recall += (double)same / pairs.Count(other => other.Gold.Id == goldMention.Id);
            }
        }

        (int mainTp, int mainPredicted, int mainGold) = _main.Select(type => counts[type]).Aggregate((0, 0, 0), (sum, next) => (sum.Item1 + next.TruePositives, sum.Item2 + next.Predicted, sum.Item3 + next.Gold));
        double precision = (double)mainTp / Math.Max(1, mainPredicted);
        double recall = (double)mainTp / Math.Max(1, mainGold);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double b3P = b3Precision / Math.Max(1, matched), b3R = b3Recall / Math.Max(1, matched);
        double b3F1 = b3P + b3R == 0 ? 0 : 2 * b3P * b3R / (b3P + b3R);
        double baseForms = (double)baseExact / Math.Max(1, matched);
        string line = string.Create(CultureInfo.InvariantCulture,
            $"SlavicNER {HeldOutTopic} ({documents} articles): PER/ORG/LOC P {precision:F4} R {recall:F4} F1 {f1:F4}; ")
            + string.Join(", ", _all.Select(type => string.Create(CultureInfo.InvariantCulture, $"{type} {F1(counts[type]):F4}")))
            + string.Create(CultureInfo.InvariantCulture,
                $"; base forms {baseForms:F4} ({baseIgnoringCase / (double)Math.Max(1, matched):F4} ignoring case) of {matched} found; within-document B³ P {b3P:F4} R {b3R:F4} F1 {b3F1:F4}");
        TestContext.Current.SendDiagnosticMessage(line);
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        Floors.AssertAtLeast(floorKey, "f1", f1);
        Floors.AssertAtLeast(floorKey, "precision", precision);
        Floors.AssertAtLeast(floorKey, "recall", recall);
        Floors.AssertAtLeast(floorKey, "base_forms", baseForms);
        Floors.AssertAtLeast(floorKey, "b3_f1", b3F1);
    }

    private static string TypeOf(EntityType type) => type switch
    {
        EntityType.Per => "PER",
        EntityType.Org => "ORG",
        EntityType.Evt => "EVT",
        EntityType.Pro => "PRO",
        _ => "LOC",
    };

    private static double F1((int TruePositives, int Predicted, int Gold) count) =>
        count.Predicted + count.Gold == 0 ? 0 : 2.0 * count.TruePositives / (count.Predicted + count.Gold);
}
