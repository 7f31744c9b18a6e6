using System.Diagnostics;
using Kronika.Evaluation.Extraction;
using Kronika.Ingest;

namespace Kronika.ExtractionPeer;

/// <summary>Kronika's input reader over a set's pages, on one thread, timed per page around
/// <see cref="InputReader.Read(ReadOnlySpan{byte}, string, InputHints)"/> only (the file is read and gunzipped before).</summary>
internal static class KronikaRunner
{
    /// <param name="pages">The set.</param>
    /// <param name="warmup">Seconds of untimed reading first (from the top of the set and round again), so that the
    /// timed pass runs tiered-up code, as the Readability peer's does.</param>
    public static SystemRun Run(IReadOnlyList<BenchmarkPage> pages, double warmup)
    {
        var reader = new InputReader();
        byte[][] html = [.. pages.Select(page => page.ReadHtml())];
        long warming = Stopwatch.GetTimestamp();
        for (int i = 0; pages.Count > 0 && Stopwatch.GetElapsedTime(warming).TotalSeconds < warmup; i = (i + 1) % pages.Count)
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
