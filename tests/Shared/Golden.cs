namespace Kronika.Testing;

/// <summary>Golden files: an expected dump, one annotation per line, compared with what the code makes now.</summary>
/// <remarks><c>UPDATE_GOLDEN=1 dotnet test</c> rewrites the expected files; the reviewer reads the diff.
/// A missing expected file fails (after writing it when updating), so a new golden test cannot pass unseen.</remarks>
internal static class Golden
{
    /// <summary>Compares <paramref name="actual"/> with the file at <paramref name="expectedPath"/> (relative to the repository root).</summary>
    public static void Check(string expectedPath, string actual)
    {
        string path = Path.Combine(SharedData.RepositoryRoot, expectedPath);
        string normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, normalized);
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {expectedPath} is missing; run with UPDATE_GOLDEN=1 and review it.");
        string expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        string[] expectedLines = expected.Split('\n');
        string[] actualLines = normalized.Split('\n');
        for (int line = 0; line < Math.Max(expectedLines.Length, actualLines.Length); line++)
        {
            string want = line < expectedLines.Length ? expectedLines[line] : "<end of file>";
            string got = line < actualLines.Length ? actualLines[line] : "<end of file>";
            Assert.True(want == got, $"{expectedPath}:{line + 1}\n  expected: {want}\n  actual:   {got}\n(UPDATE_GOLDEN=1 rewrites it)");
        }
    }
}
