using System.Collections.Immutable;
using System.Text;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Evaluation.Quotes;
using Kronika.Nlp;
using Kronika.Testing;

namespace Kronika.Eval.Quotes;

/// <summary>Quotes on PolNeAR's dev articles (English political news with source, cue and content gold): content-span F1
/// and speaker accuracy, separately for direct speech (content in quotation marks) and reported speech, held above the
/// floors in eval/floors.json. train/ is for looking at errors (<c>POLNEAR_SPLIT=train</c>); the floors hold on dev.</summary>
public sealed class PolnearQuoteGate
{
    private const string FloorKey = "polnear_quotes";

    [Fact]
    public void Quotes_on_PolNeAR_dev_stay_above_the_floors()
    {
        string split = Environment.GetEnvironmentVariable("POLNEAR_SPLIT") ?? "dev";
        string folder = SharedData.Require("data/en-quotes-polnear/" + split);
        IReadOnlyList<PolnearArticle> articles = PolnearCorpus.Read(folder);
        Pipeline pipeline = PipelineFactory.Create();
        var scorer = new QuoteScorer();
        var dump = Environment.GetEnvironmentVariable("POLNEAR_DUMP") is { Length: > 0 } ? new StringBuilder() : null;
        foreach (PolnearArticle article in articles)
        {
            Document document = pipeline.Run(Of(article), TestContext.Current.CancellationToken);
            Assert.Empty(DocumentInvariants.Check(document));
            scorer.Add(article, document.Quotes);
            dump?.Append(Dump(article, document.Quotes));
        }

        if (dump is not null)
        {
            File.WriteAllText(Environment.GetEnvironmentVariable("POLNEAR_DUMP")!, dump.ToString());
        }

        string line = $"PolNeAR {split} ({articles.Count} articles) quotes: direct {scorer.Direct}; reported {scorer.Reported}";
        TestContext.Current.SendDiagnosticMessage(line);
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        Assert.NotEmpty(articles);
        if (split == "dev")
        {
            Floors.AssertAtLeast(FloorKey, "direct_f1", scorer.Direct.F1);
            Floors.AssertAtLeast(FloorKey, "direct_speaker_accuracy", scorer.Direct.SpeakerAccuracy);
            Floors.AssertAtLeast(FloorKey, "reported_f1", scorer.Reported.F1);
            Floors.AssertAtLeast(FloorKey, "reported_speaker_accuracy", scorer.Reported.SpeakerAccuracy);
        }
    }

    /// <summary>The article as the pipeline sees a plain-text input: its text unchanged (the gold offsets point into it),
    /// blank-line separated blocks as regions, the first the title.</summary>
    private static Document Of(PolnearArticle article)
    {
        var regions = new List<Region>();
        string text = article.Text;
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            end = end < 0 ? text.Length : end;
            int first = start;
            while (first < end && char.IsWhiteSpace(text[first]))
            {
                first++;
            }

            int last = end;
            while (last > first && char.IsWhiteSpace(text[last - 1]))
            {
                last--;
            }

            if (last > first)
            {
                regions.Add(new Region(regions.Count == 0 ? RegionType.Title : RegionType.Paragraph, new TextSpan(first, last)));
            }

            start = end + 2;
        }

        return new Document { Id = Document.IdOf(text), Input = article.Name, Text = text, Regions = [.. regions] };
    }

    /// <summary>Gold and output side by side, for reading errors on train.</summary>
    private static string Dump(PolnearArticle article, ImmutableArray<Quote> quotes)
    {
        var builder = new StringBuilder().Append("## ").AppendLine(article.Name);
        string text = article.Text;
        foreach (PolnearAttribution gold in article.Attributions)
        {
            bool found = quotes.Any(quote => QuoteScorer.ContentMatches(quote.Content, gold.Content));
            builder.Append(found ? "  G+ " : "  G- ").Append(gold.Direct ? "D " : "R ")
                .Append('@').Append(string.Join(",", gold.Content.Select(span => $"{span.Start}-{span.End}"))).Append(' ')
                .Append('[').Append(string.Join(" | ", gold.Source.Select(span => span.ToString(text)))).Append(" / ")
                .Append(string.Join(" ", gold.Cue.Select(span => span.ToString(text)))).Append("] ")
                .AppendLine(Short(string.Join(" ... ", gold.Content.Select(span => span.ToString(text)))));
        }

        foreach (Quote quote in quotes)
        {
            bool found = article.Attributions.Any(gold => QuoteScorer.ContentMatches(quote.Content, gold.Content));
            builder.Append(found ? "  O+ " : "  O- ").Append(quote.Kind == QuoteKind.Direct ? "D " : "R ")
                .Append('@').Append(quote.Content.Start).Append('-').Append(quote.Content.End).Append(' ')
                .Append('[').Append(quote.Speaker?.ToString(text)).Append(" / ").Append(quote.SpeakerVia).Append(" / ")
                .Append(quote.Cue?.ToString(text)).Append("] ").AppendLine(Short(quote.Content.ToString(text)));
        }

        return builder.ToString();
    }

    private static string Short(string text) => (text.Length <= 160 ? text : text[..160] + "…").ReplaceLineEndings(" ");
}
