using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Kronika.Evaluation.Extraction;

namespace Kronika.ExtractionPeer;

/// <summary>Mozilla Readability with jsdom over a set's pages: one warm node process running
/// eval/readability-peer/run.mjs, timed by its own clock (jsdom parsing included, reading the file not).</summary>
internal static class ReadabilityRunner
{
    /// <exception cref="InvalidOperationException">When node cannot start, exits with an error, or answers for other pages than asked.</exception>
    public static SystemRun Run(IReadOnlyList<BenchmarkPage> pages, string node, string peerFolder, double warmup)
    {
        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = peerFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        // Both sets are stored in UTF-8; their own runners decode them so (run.mjs explains).
        foreach (string argument in (string[])["run.mjs", "--utf8", "--warmup", warmup.ToString(CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {node}");
        Task<string> errors = process.StandardError.ReadToEndAsync();
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        foreach (BenchmarkPage page in pages)
        {
            process.StandardInput.Write($"{page.Id}\t{page.HtmlPath}\t{page.Url}\n");
        }

        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{node} run.mjs exited with {process.ExitCode}: {errors.Result}");
        }

        string[] lines = output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length != pages.Count)
        {
            throw new InvalidOperationException($"run.mjs answered {lines.Length} lines for {pages.Count} pages: {errors.Result}");
        }

        var extracted = new List<ExtractedPage>(pages.Count);
        var failures = new List<string>();
        var retried = new List<string>();
        double total = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            using JsonDocument line = JsonDocument.Parse(lines[i]);
            JsonElement root = line.RootElement;
            string id = root.GetProperty("id").GetString() ?? "";
            if (!string.Equals(id, pages[i].Id, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"run.mjs answered for page {id} where {pages[i].Id} was asked");
            }

            total += root.GetProperty("ms").GetDouble();
            if (root.TryGetProperty("error", out JsonElement error))
            {
                failures.Add($"{id}: {(error.GetString() ?? "").Split('\n')[0]}");
                extracted.Add(ExtractedPage.Nothing);
                continue;
            }

            if (StringOrNull(root, "retried") is { } how)
            {
                retried.Add($"{id}: {how}");
            }

            extracted.Add(new ExtractedPage(
                root.GetProperty("text").GetString() ?? "",
                StringOrNull(root, "title"),
                StringOrNull(root, "byline"),
                StringOrNull(root, "publishedTime")));
        }

        return new SystemRun("Readability 0.6.0 + jsdom 29.1.1", extracted, total, failures, retried);
    }

    private static string? StringOrNull(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
