using System.Runtime.CompilerServices;

namespace Kronika.Testing;

/// <summary>Finds the real evaluation data in <c>../shared</c> beside the repository.</summary>
/// <remarks>Outside CI a missing folder skips the test with a clear message; with <c>CI=true</c> it fails,
/// so a path typo cannot turn a quality gate green.</remarks>
internal static class SharedData
{
    /// <summary>The repository root (the folder holding Kronika.slnx).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The absolute path of <paramref name="relative"/> under <c>../shared</c>; skips or fails when it is missing.</summary>
    public static string Require(string relative)
    {
        string path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", relative));
        if (File.Exists(path) || Directory.Exists(path))
        {
            return path;
        }

        string message = $"Shared data '{path}' is missing.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message + " CI must have ../shared beside the clone.");
        }

        Assert.Skip(message + " Skipped outside CI.");
        return path;
    }

    private static string FindRoot([CallerFilePath] string thisFile = "")
    {
        // Prefer walking up from the test binary; fall back to this source file's location.
        foreach (string start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(thisFile) ?? "." })
        {
            for (DirectoryInfo? directory = new(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Kronika.slnx")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("Kronika.slnx not found above " + AppContext.BaseDirectory);
    }
}
