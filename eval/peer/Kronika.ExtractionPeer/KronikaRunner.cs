using System.Diagnostics;
using Kronika.Evaluation.Extraction;
using Kronika.Ingest;

namespace Kronika.ExtractionPeer;

/// <summary>Kronika's input reader over a set's pages, on one thread, timed per page around
/// <see cref="InputReader.Read(ReadOnlySpan{byte}, string, InputHints)"/> only (the file is read and gunzipped before).</summary>
internal static class KronikaRunner
{
    public static SystemRun Run(IReadOnlyList<BenchmarkPage> pages, int warmup)
    {
        var reader = new InputReader();
        byte[][] html = [.. pages.Select(page => page.ReadHtml())];
        for (int i = 0; i < Math.Min(warmup, pages.Count); i++)
        {
            reader.Read(html[i], pages[i].HtmlPath, Hints(pages[i]));
        }

        var extracted = new List<ExtractedPage>(pages.Count);
        TimeSpan total = TimeSpan.Zero;
        for (int i = 0; i < pages.Count; i++)
        {
            long started = Stopwatch.GetTimestamp();
            var document = reader.Read(html[i], pages[i].HtmlPath, Hints(pages[i]));
            total += Stopwatch.GetElapsedTime(started);
            extracted.Add(DocumentExtraction.Of(document));
        }

        return new SystemRun("Kronika", extracted, total.TotalMilliseconds, [], []);
    }

    private static InputHints Hints(BenchmarkPage page) => new() { Url = page.Url };
}
