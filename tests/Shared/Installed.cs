namespace Kronika.Testing;

/// <summary>Files that Debian packages install and tests read (the Polish dictionary, WordNet). scripts/setup.sh
/// installs them; when one is missing, a test skips outside CI and fails with <c>CI=true</c>, as with SharedData.</summary>
internal static class Installed
{
    /// <summary>Skips (or, in CI, fails) the test when <paramref name="path"/> does not exist.</summary>
    /// <param name="path">The file or folder the package installs.</param>
    /// <param name="package">The Debian package that installs it, named in the message.</param>
    public static void Require(string path, string package)
    {
        if (File.Exists(path) || Directory.Exists(path))
        {
            return;
        }

        string message = $"{path} is missing (apt-get install {package}).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message + " scripts/setup.sh installs it.");
        }

        Assert.Skip(message);
    }
}
