using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Nlp;
using Kronika.Nlp.Morphology;
using Kronika.Nlp.Morphology.Polish;

namespace Kronika.Benchmarks;

/// <summary>The Polish dictionary: load time, lookups per second over the word tokens of the SlavicNER dev texts in
/// their order (every reading with its base form, no cache of results), and the morphology stage's tokens per second.</summary>
/// <remarks>Reads ../shared/data/pl-entities-slavicner/raw in place; without it, the Nlp golden fixtures stand in and the
/// figures are not comparable. One thread: figures are per core. Run:
/// <c>dotnet run -c Release --project benchmarks/Kronika.Benchmarks -- --filter '*Morphology*'</c>.</remarks>
[MemoryDiagnoser]
public class MorphologyBenchmarks
{
    private readonly string _path = Environment.GetEnvironmentVariable(MorfologikLexicon.EnvironmentVariable) is { Length: > 0 } configured
        ? configured
        : MorfologikLexicon.DebianJar;

    private MorfologikLexicon _lexicon = null!;
    private ReadingBuffer _buffer = null!;
    private string[] _words = [];
    private Document[] _documents = [];
    private MorphologyStage _stage = null!;

    [GlobalSetup]
    public void Setup()
    {
        _lexicon = MorfologikLexicon.LoadDefault();
        _buffer = new ReadingBuffer();
        var analyzer = new PolishAnalyzer(_lexicon, SuffixGuesser.Load(SuffixGuesser.ProperNounsFile), SuffixGuesser.Load(SuffixGuesser.CommonNounsFile));
        _stage = new MorphologyStage(new Dictionary<string, IWordAnalyzer> { ["pl"] = analyzer });
        IEnumerable<IStage> stages = PipelineFactory.Create(PipelineOptions.Default with { PolishAnalyzer = analyzer })
            .Stages.Where(stage => stage.Name is "tokenize" or "sentences");
        var split = new Pipeline(stages, Layers.Text | Layers.Regions | Layers.Language);
        _documents = [.. Texts().Select(text => split.Run(Paragraph(text), CancellationToken.None))];
        _words = [.. _documents.SelectMany(document => document.Tokens.Where(token => token.Kind == TokenKind.Word).Select(token => token.Span.ToString(document.Text)))];
        Console.WriteLine($"// {_documents.Length} texts, {_words.Length:N0} word tokens, {TokenCount:N0} tokens; automaton {_lexicon.AutomatonBytes:N0} bytes");
    }

    private int TokenCount => _documents.Sum(document => document.Tokens.Length);

    /// <summary>Reading the dictionary out of Debian's jar: allocated bytes are about the memory it then holds.</summary>
    [Benchmark]
    public MorfologikLexicon LoadDictionary() => MorfologikLexicon.Load(_path);

    /// <summary>One operation is one word: every reading with its base form, into a reused buffer.</summary>
    [Benchmark(OperationsPerInvoke = 100_000)]
    public int Lookups()
    {
        int readings = 0;
        string[] words = _words;
        for (int i = 0; i < 100_000; i++)
        {
            _buffer.Clear();
            readings += _lexicon.Analyze(words[i % words.Length], _buffer);
        }

        return readings;
    }

    /// <summary>Every text through the morphology stage (casing policy, guesser, choice in context); tokens per second is the
    /// token count printed at setup over the mean.</summary>
    [Benchmark]
    public int StageOverAllTexts()
    {
        int entries = 0;
        foreach (Document document in _documents)
        {
            ImmutableArray<TokenMorphology> morphology = _stage.Run(document, CancellationToken.None).Morphology;
            entries += morphology.Length;
        }

        return entries;
    }

    private static Document Paragraph(string text) => new()
    {
        Id = Document.IdOf(text),
        Input = "benchmark",
        Text = text,
        Language = "pl",
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

        Console.WriteLine($"// {corpus} is missing: the Nlp golden fixtures stand in; the figures are not the issue's measure.");
        string fixtures = Path.Combine(root, "tests", "Kronika.Nlp.Tests", "Golden");
        return Directory.EnumerateFiles(fixtures, "pl-*.input.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText);
    }
}
