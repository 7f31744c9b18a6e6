using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Kronika.Core;
using Kronika.Ingest;
using Kronika.Nlp;

namespace Kronika.Benchmarks;

/// <summary>Reader + pipeline over the bundled samples (three Polish, three English news texts), one article per call.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private InputReader _reader = null!;
    private Pipeline _pipeline = null!;
    private byte[] _bytes = [];

    /// <summary>The sample file, by name, under samples/.</summary>
    [ParamsSource(nameof(Samples))]
    public string Sample { get; set; } = string.Empty;

    public static IEnumerable<string> Samples() =>
        Directory.EnumerateFiles(SamplesFolder(), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [GlobalSetup]
    public void Setup()
    {
        _reader = new InputReader();
        _pipeline = PipelineFactory.Create();
        _bytes = File.ReadAllBytes(Path.Combine(SamplesFolder(), Sample));
        // Load the language models outside the measurement.
        _pipeline.Run(_reader.Read(_bytes, Sample));
    }

    [Benchmark]
    public Document Read() => _reader.Read(_bytes, Sample);

    [Benchmark]
    public Document ReadAndAnalyze() => _pipeline.Run(_reader.Read(_bytes, Sample));

    // BenchmarkDotNet runs a generated copy in a folder of its own, so the path comes from this source file's place:
    // benchmarks/Kronika.Benchmarks/PipelineBenchmarks.cs -> ../../samples.
    private static string SamplesFolder([CallerFilePath] string thisFile = "")
    {
        string folder = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile) ?? ".", "..", "..", "samples"));
        return Directory.Exists(folder) ? folder : throw new DirectoryNotFoundException("samples/ not found at " + folder);
    }
}
