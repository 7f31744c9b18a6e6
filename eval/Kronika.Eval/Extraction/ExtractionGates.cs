using System.Diagnostics;
using System.Globalization;
using Kronika.Evaluation.Extraction;
using Kronika.Ingest;
using Kronika.Testing;

namespace Kronika.Eval.Extraction;

/// <summary>Main text and metadata Kronika's input reader extracts from real web pages, held above the floors in
/// eval/floors.json: the Zyte article-extraction benchmark and the WCXB dev articles (text by the Zyte benchmark's own
/// shingle measure, <see cref="MainTextScore"/>; WCXB titles, authors and dates too), and Mozilla Readability's test
/// pages (metadata only: their expected text is Readability's own output).</summary>
public sealed class ExtractionGates
{
    private const string Zyte = "data/extract-zyte";
    private const string Wcxb = "data/extract-wcxb/dev";
    private const string Readability = "data/extract-readability";

    private static readonly InputReader _reader = new();

    // Each set is read once for all the gates on it (xunit runs them in parallel; Lazy reads it once).
    private static readonly Lazy<SetRun> _zyte = new(() => SetRun.Of(ZyteCorpus.Read(SharedData.Require(Zyte))));
    private static readonly Lazy<SetRun> _wcxb = new(() => SetRun.Of(WcxbCorpus.Read(SharedData.Require(Wcxb))));
    private static readonly Lazy<SetRun> _readability = new(() => SetRun.Of(ReadabilityCorpus.Read(SharedData.Require(Readability))));

    [Theory]
    [InlineData("zyte_main_text")]
    public void Main_text_of_Zyte_benchmark_pages_stays_above_the_floors(string floorKey)
    {
        SharedData.Require(Zyte);
        MainTextScore score = _zyte.Value.MainText();

        Report($"Zyte main text: {score}; {_zyte.Value.Speed}");
        AssertMainText(floorKey, score);
    }

    [Theory]
    [InlineData("wcxb_main_text")]
    public void Main_text_of_WCXB_articles_stays_above_the_floors(string floorKey)
    {
        SharedData.Require(Wcxb);
        MainTextScore score = _wcxb.Value.MainText();

        Report($"WCXB dev main text: {score}; {_wcxb.Value.Speed}");
        AssertMainText(floorKey, score);
    }

    [Theory]
    [InlineData("wcxb_metadata")]
    public void Metadata_of_WCXB_articles_stays_above_the_floors(string floorKey)
    {
        SharedData.Require(Wcxb);
        MetadataScore score = MetadataScore.Measure(_wcxb.Value.Pages);

        Report($"WCXB dev metadata: {score}");
        AssertMetadata(floorKey, score);
    }

    [Theory]
    [InlineData("readability_metadata")]
    public void Metadata_of_Readability_test_pages_stays_above_the_floors(string floorKey)
    {
        SharedData.Require(Readability);
        MetadataScore score = MetadataScore.Measure(_readability.Value.Pages);

        Report($"Readability test pages metadata: {score}");
        AssertMetadata(floorKey, score);
    }

    private static void AssertMainText(string floorKey, MainTextScore score)
    {
        Floors.AssertAtLeast(floorKey, "f1", score.F1);
        Floors.AssertAtLeast(floorKey, "precision", score.Precision);
        Floors.AssertAtLeast(floorKey, "recall", score.Recall);
    }

    private static void AssertMetadata(string floorKey, MetadataScore score)
    {
        Floors.AssertAtLeast(floorKey, "title", score.Title.Accuracy);
        Floors.AssertAtLeast(floorKey, "author", score.Author.Accuracy);
        Floors.AssertAtLeast(floorKey, "published", score.Published.Accuracy);
    }

    private static void Report(string line)
    {
        TestContext.Current.SendDiagnosticMessage(line);
        TestContext.Current.TestOutputHelper?.WriteLine(line);
    }

    /// <summary>Every page of a set read by Kronika, with what it extracted and the time spent reading.</summary>
    private sealed record SetRun(IReadOnlyList<(BenchmarkPage Page, ExtractedPage Extracted)> Pages, TimeSpan Reading, long Bytes)
    {
        public static SetRun Of(IReadOnlyList<BenchmarkPage> pages)
        {
            var extracted = new List<(BenchmarkPage, ExtractedPage)>(pages.Count);
            TimeSpan reading = TimeSpan.Zero;
            long bytes = 0;
            foreach (BenchmarkPage page in pages)
            {
                byte[] html = page.ReadHtml();
                long started = Stopwatch.GetTimestamp();
                ExtractedPage result = DocumentExtraction.Of(_reader.Read(html, page.HtmlPath, new InputHints { Url = page.Url }));
                reading += Stopwatch.GetElapsedTime(started);
                bytes += html.Length;
                extracted.Add((page, result));
            }

            return new SetRun(extracted, reading, bytes);
        }

        /// <summary>Pages whose gold has no main text at all (null) score as an empty gold, as the Zyte benchmark reads a missing articleBody.</summary>
        public MainTextScore MainText() => MainTextScore.Measure(Pages.Select(pair => ShingleMatch.Of(pair.Page.Text ?? string.Empty, pair.Extracted.Text)));

        /// <summary>Pages per second and MB/s of reading, one thread, the first (cold) pages included; the side-by-side run measures warm.</summary>
        public string Speed => string.Create(CultureInfo.InvariantCulture,
            $"{Pages.Count / Reading.TotalSeconds:F0} pages/s, {Bytes / 1e6 / Reading.TotalSeconds:F1} MB/s on one thread");
    }
}
