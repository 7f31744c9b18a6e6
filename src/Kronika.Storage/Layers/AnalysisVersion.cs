using System.Reflection;
using System.Security.Cryptography;
using Kronika.Knowledge;

namespace Kronika.Storage.Layers;

/// <summary>What made an article's analysis: the pipeline's stages, the program build that ran them and the knowledge
/// base it linked against. <c>kronika reanalyze</c> redoes the articles whose stored version differs from the running one.</summary>
/// <param name="Pipeline">The stages in order (<see cref="Core.Pipeline.Description"/>).</param>
/// <param name="Build">The running program's informational version (with its commit), or null when unknown.</param>
/// <param name="KnowledgeBase"><c>sha256:</c> + the first 16 hex digits of the SHA-256 of the knowledge base's data files,
/// or null when unknown (an analysis stored before the version was recorded).</param>
public sealed record AnalysisVersion(string Pipeline, string? Build, string? KnowledgeBase)
{
    private static readonly Lazy<string> _knowledgeBase = new(HashKnowledgeBase);

    /// <summary>The version of an analysis this process makes with the pipeline <paramref name="pipeline"/>.</summary>
    public static AnalysisVersion Current(string pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return new AnalysisVersion(pipeline, CurrentBuild, _knowledgeBase.Value);
    }

    /// <summary>The informational version of the program this process runs (its entry assembly), or null.</summary>
    public static string? CurrentBuild { get; } =
        Assembly.GetEntryAssembly()?.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    // The embedded data files in name order, each name and its bytes; the files, not the loaded objects, so that the
    // hash changes exactly when a reviewed file does.
    private static string HashKnowledgeBase()
    {
        Assembly assembly = typeof(KnowledgeBase).Assembly;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\n"));
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            hash.AppendData(copy.GetBuffer(), 0, (int)copy.Length);
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
