using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using BenchmarkDotNet.Attributes;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Nlp;
using Kronika.Nlp.Sentences;
using Kronika.Nlp.Tokenization;

namespace Kronika.Benchmarks;

/// <summary>The tokenizer, and tokenizer + sentence splitter, over Polish news text of growing size.</summary>
/// <remarks>The text repeats the hand-written Polish paragraphs of the Nlp golden tests
/// (tests/Kronika.Nlp.Tests/Golden/pl-*.input.txt) until it reaches <see cref="Length"/> characters.</remarks>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private AbbreviationLexicon _polish = null!;
    private Tokenizer _tokenizer = null!;
    private SentenceSplitter _splitter = null!;
    private Document _document = null!;

    /// <summary>Text length in UTF-16 code units.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        AbbreviationLexicons lexicons = AbbreviationLexicons.Load(["pl", "en"]);
        _polish = lexicons.For("pl");
        _tokenizer = new Tokenizer(lexicons);
        _splitter = new SentenceSplitter(lexicons, PipelineOptions.Default.MaxSentenceTokens);
        string text = PolishText(Length);
        _document = new Document
        {
            Id = Document.IdOf(text),
            Input = "benchmark",
            Text = text,
            Language = "pl",
            Regions = [new Region(RegionType.Paragraph, new TextSpan(0, text.Length))],
        };
    }

    [Benchmark(Baseline = true)]
    public ImmutableArray<Token> Tokenize() => Tokenizer.Tokenize(_document.Text, _polish);

    [Benchmark]
    public Document TokenizeAndSplit() => _splitter.Run(_tokenizer.Run(_document, CancellationToken.None), CancellationToken.None);

    private static string PolishText(int length, [CallerFilePath] string thisFile = "")
    {
        // BenchmarkDotNet runs a generated copy elsewhere, so the fixtures are found from this source file's place.
        string folder = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile) ?? ".", "..", "..", "tests", "Kronika.Nlp.Tests", "Golden"));
        string[] files = [.. Directory.EnumerateFiles(folder, "pl-*.input.txt").Order(StringComparer.Ordinal)];
        if (files.Length == 0)
        {
            throw new FileNotFoundException("No Polish fixtures (pl-*.input.txt) in " + folder);
        }

        var text = new StringBuilder(length + 1024);
        while (text.Length < length)
        {
            foreach (string file in files)
            {
                text.Append(File.ReadAllText(file)).Append('\n');
            }
        }

        // Cut at a space so that no word is broken.
        int cut = text.ToString(0, length).LastIndexOf(' ');
        return text.ToString(0, cut > 0 ? cut : length);
    }
}
