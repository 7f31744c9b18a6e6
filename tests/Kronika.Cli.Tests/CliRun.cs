using System.Text;
using Kronika.Cli.Composition;
using Kronika.Testing;

namespace Kronika.Cli.Tests;

/// <summary>Runs the kronika command in this process with memory streams, sharing one engine across tests
/// (the language models load once).</summary>
internal static class CliRun
{
    public static readonly Lazy<Engine> SharedEngine = new(Engine.CreateDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Result Run(string[] args, byte[]? standardInput = null, Lazy<Engine>? engine = null)
    {
        using var input = new MemoryStream(standardInput ?? []);
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        using var terminal = new Terminal(input, output, error, interactive: false);
        int code = KronikaApp.Run(args, terminal, engine ?? SharedEngine);
        return new Result(code, output.ToString(), error.ToString());
    }

    public static string Samples => Path.Combine(SharedData.RepositoryRoot, "samples");

    /// <summary>What a run printed and returned.</summary>
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}

/// <summary>A folder under the system temp path, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kronika-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        string path = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
