using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Nlp;
using Kronika.Nlp.Events;
using Kronika.Nlp.Time;

namespace Kronika.Benchmarks;

/// <summary>Date finding over every sentence of the SlavicNER raw texts (tokens, sentences and morphology done in setup):
/// finding the expressions alone, and the events stage's whole date step (find, pick by clause, resolve) with the
/// sentence's first token as the trigger. Time per 1,000 sentences is the mean times 1,000 over the sentence count
/// printed at setup.</summary>
/// <remarks>Reads ../shared/data/pl-entities-slavicner/raw in place; without it, the Nlp golden fixtures stand in. One
/// thread. Run: <c>dotnet run -c Release --project benchmarks/Kronika.Benchmarks -- --filter '*DateBenchmarks*' --job short</c>.</remarks>
[MemoryDiagnoser]
public class DateBenchmarks
{
    private Document[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        IEnumerable<IStage> stages = PipelineFactory.Create(PipelineOptions.Default with { Mentions = false, Quotes = false, Events = false })
            .Stages.Where(stage => stage.Name is "tokenize" or "sentences" or "morphology");
        var pipeline = new Pipeline(stages, Layers.Text | Layers.Regions | Layers.Language);
        _documents = [.. Texts().Select(text => pipeline.Run(Paragraph(text), CancellationToken.None))];
        int sentences = _documents.Sum(document => document.Sentences.Length);
        int found = FindAll();
        Console.WriteLine($"// {_documents.Length} texts, {sentences:N0} sentences, {found:N0} date expressions, {DateOfAll():N0} sentences with a date");
    }

    /// <summary>Every sentence's date expressions.</summary>
    [Benchmark]
    public int FindAll()
    {
        int found = 0;
        foreach (Document document in _documents)
        {
            for (int sentence = 0; sentence < document.Sentences.Length; sentence++)
            {
                found += DateFinder.Default.Find(document, sentence).Count;
            }
        }

        return found;
    }

    /// <summary>The events stage's date step for one event per sentence.</summary>
    [Benchmark]
    public int DateOfAll()
    {
        int dated = 0;
        foreach (Document document in _documents)
        {
            for (int sentence = 0; sentence < document.Sentences.Length; sentence++)
            {
                TextSpan trigger = document.Tokens[document.Sentences[sentence].FirstToken].Span;
                dated += EventDating.DateOf(document, sentence, trigger, Modality.Asserted) is null ? 0 : 1;
            }
        }

        return dated;
    }

    private static Document Paragraph(string text) => new()
    {
        Id = Document.IdOf(text),
        Input = "benchmark",
        Text = text,
        Language = "pl",
        Metadata = ArticleMetadata.None with { Published = "2020-03-15" },
        Regions = [new Region(RegionType.Paragraph, new TextSpan(0, text.Length))],
    };

    private static IEnumerable<string> Texts([CallerFilePath] string thisFile = "")
    {
        // BenchmarkDotNet runs a generated copy elsewhere, so the data is found from this source file's place.
        string root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile) ?? ".", "..", ".."));
        string corpus = Path.Combine(root, "..", "shared", "data", "pl-entities-slavicner", "raw");
        if (Directory.Exists(corpus))
        {
            return Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText);
        }

        Console.WriteLine($"// {corpus} is missing: the Nlp golden fixtures stand in.");
        string fixtures = Path.Combine(root, "tests", "Kronika.Nlp.Tests", "Golden");
        return Directory.EnumerateFiles(fixtures, "pl-*.input.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText);
    }
}
