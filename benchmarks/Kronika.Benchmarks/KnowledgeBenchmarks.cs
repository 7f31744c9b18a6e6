using BenchmarkDotNet.Attributes;
using Kronika.Knowledge;

namespace Kronika.Benchmarks;

/// <summary>The knowledge base: loading it from the embedded data files (allocated bytes are about the memory it then
/// holds) and looking names up, as the mentions stage does once per new base form. Run:
/// <c>dotnet run -c Release --project benchmarks/Kronika.Benchmarks -- --filter '*Knowledge*'</c>.</summary>
[MemoryDiagnoser]
public class KnowledgeBenchmarks
{
    private static readonly string[] _names = ["Rosja", "Federacja Rosyjska", "Władimir Putin", "Mińsk", "NATO", "Lodz", "Nieznany Człowiek", "Waszyngton"];

    private readonly Func<KnowledgeBase> _load = KnowledgeBase.LoadEmbedded;
    private KnowledgeBase _base = null!;

    [GlobalSetup]
    public void Setup() => _base = KnowledgeBase.LoadDefault();

    /// <summary>Every data file parsed and indexed into a new base.</summary>
    [Benchmark]
    public KnowledgeBase Load() => _load();

    /// <summary>One operation is one name looked up (exact, then without diacritics).</summary>
    [Benchmark(OperationsPerInvoke = 8)]
    public int Find()
    {
        int found = 0;
        foreach (string name in _names)
        {
            found += _base.Find(name).Count;
        }

        return found;
    }
}
