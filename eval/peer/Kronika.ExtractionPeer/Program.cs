using System.Globalization;
using Kronika.Evaluation.Extraction;
using Kronika.ExtractionPeer;

// Kronika and Mozilla Readability side by side on the same Zyte and WCXB pages: main-text P, R and F1 by the Zyte
// benchmark's measure (MainTextScore), metadata accuracy on WCXB, and pages per second of each, one thread or one
// process each, warm. Run through eval/extraction-side-by-side.sh, which installs the node peer first.
const string Usage = "usage: Kronika.ExtractionPeer [--data DIR] [--sets zyte,wcxb] [--systems readability,kronika] [--warmup SECONDS] [--limit N] [--node PATH]";

string root = RepositoryRoot();
string data = Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
string[] sets = ["zyte", "wcxb"];
string[] systems = ["readability", "kronika"];
double warmup = 5;
int limit = int.MaxValue;
string node = "node";
for (int i = 0; i < args.Length; i++)
{
    string value = i + 1 < args.Length ? args[i + 1] : "";
    switch (args[i])
    {
        case "--data": data = Path.GetFullPath(value); i++; break;
        case "--sets": sets = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries); i++; break;
        case "--systems": systems = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries); i++; break;
        case "--warmup": warmup = double.Parse(value, CultureInfo.InvariantCulture); i++; break;
        case "--limit": limit = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
        case "--node": node = value; i++; break;
        default: Console.Error.WriteLine(Usage); return 2;
    }
}

string peer = Path.Combine(root, "eval", "readability-peer");
if (systems.Contains("readability") && !Directory.Exists(Path.Combine(peer, "node_modules")))
{
    Console.Error.WriteLine($"{peer}/node_modules is missing: run npm ci --no-audit --no-fund there (eval/extraction-side-by-side.sh does).");
    return 2;
}

var rows = new List<string>();
var metadataRows = new List<string>();
foreach (string set in sets)
{
    (string folder, Func<string, IReadOnlyList<BenchmarkPage>> read) = set switch
    {
        "zyte" => ("extract-zyte", ZyteCorpus.Read),
        "wcxb" => ("extract-wcxb/dev", (Func<string, IReadOnlyList<BenchmarkPage>>)WcxbCorpus.Read),
        _ => throw new ArgumentException($"unknown set {set} (zyte, wcxb)"),
    };
    string path = Path.Combine(data, folder);
    if (!Directory.Exists(path))
    {
        Console.Error.WriteLine($"{path} is missing; the data lives in ../shared/data beside the repository.");
        return 2;
    }

    IReadOnlyList<BenchmarkPage> pages = [.. read(path).Take(limit)];
    Console.Error.WriteLine($"{set}: {pages.Count} pages");
    foreach (string system in systems)
    {
        SystemRun run = system switch
        {
            "readability" => ReadabilityRunner.Run(pages, node, peer, warmup),
            "kronika" => KronikaRunner.Run(pages, warmup),
            _ => throw new ArgumentException($"unknown system {system} (readability, kronika)"),
        };
        MainTextScore text = MainTextScore.Measure(pages.Select((page, i) => ShingleMatch.Of(page.Text ?? "", run.Extracted[i].Text)));
        rows.Add(string.Create(CultureInfo.InvariantCulture,
            $"| {set} | {run.System} | {text.Precision:F4} | {text.Recall:F4} | {text.F1:F4} | {text.Accuracy:F4} | {run.PagesPerSecond:F1} | {pages.Count} |"));
        if (set == "wcxb")
        {
            MetadataScore metadata = MetadataScore.Measure(pages.Select((page, i) => (page, run.Extracted[i])));
            metadataRows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {set} | {run.System} | {metadata.Title} | {metadata.Author} | {metadata.Published} |"));
        }

        foreach (string failure in run.Failures)
        {
            Console.Error.WriteLine($"{set}: {run.System} failed on {failure}");
        }

        foreach (string retry in run.Retried)
        {
            Console.Error.WriteLine($"{set}: {run.System} read {retry}");
        }
    }
}

Console.WriteLine("| set | system | P | R | F1 | exact | pages/s | pages |");
Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
rows.ForEach(Console.WriteLine);
if (metadataRows.Count > 0)
{
    Console.WriteLine();
    Console.WriteLine("| set | system | title | author | published |");
    Console.WriteLine("| --- | --- | --- | --- | --- |");
    metadataRows.ForEach(Console.WriteLine);
}

return 0;

static string RepositoryRoot()
{
    foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
    {
        for (DirectoryInfo? directory = new(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Kronika.slnx")))
            {
                return directory.FullName;
            }
        }
    }

    throw new InvalidOperationException("Kronika.slnx not found above " + Environment.CurrentDirectory);
}
