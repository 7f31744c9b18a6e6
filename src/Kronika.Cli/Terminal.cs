using System.Text;
using Spectre.Console;

namespace Kronika.Cli;

/// <summary>The streams a command reads and writes: the process's own, or in tests, memory.</summary>
/// <remarks>Output is UTF-8 without a byte-order mark, LF line ends, buffered and flushed on dispose, so JSON Lines
/// piped into another program are fast and exact. Errors go to <see cref="Error"/> as one line each.</remarks>
internal sealed class Terminal : IDisposable
{
    private readonly Lazy<IAnsiConsole> _outConsole;
    private readonly Lazy<IAnsiConsole> _errorConsole;

    /// <summary>Wraps the given streams; <paramref name="interactive"/> says whether a person watches standard error.</summary>
    public Terminal(Stream input, TextWriter output, TextWriter error, bool interactive)
    {
        Input = input;
        Out = output;
        Error = error;
        Interactive = interactive;
        _outConsole = new(() => CreateConsole(Out, interactive));
        _errorConsole = new(() => CreateConsole(Error, interactive));
    }

    /// <summary>Standard input as bytes ("-" inputs are read from it).</summary>
    public Stream Input { get; }

    /// <summary>Where results go: JSON, tables, reports.</summary>
    public TextWriter Out { get; }

    /// <summary>Where errors and progress go.</summary>
    public TextWriter Error { get; }

    /// <summary>True when standard error is a terminal a person watches: progress bars then, plain lines otherwise.</summary>
    public bool Interactive { get; }

    /// <summary>A Spectre console over <see cref="Out"/>, for tables and help.</summary>
    public IAnsiConsole OutConsole => _outConsole.Value;

    /// <summary>A Spectre console over <see cref="Error"/>, for progress bars.</summary>
    public IAnsiConsole ErrorConsole => _errorConsole.Value;

    /// <summary>The process's own standard streams.</summary>
    public static Terminal FromSystemConsole()
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var output = new StreamWriter(Console.OpenStandardOutput(), encoding, bufferSize: 1 << 16) { NewLine = "\n" };
        var error = new StreamWriter(Console.OpenStandardError(), encoding) { NewLine = "\n", AutoFlush = true };
        return new Terminal(Console.OpenStandardInput(), output, error, interactive: !Console.IsErrorRedirected);
    }

    /// <summary>Writes one error line, <c>kronika: </c> + <paramref name="message"/>, with line breaks folded into spaces.</summary>
    public void Fail(string message)
    {
        Out.Flush();
        Error.WriteLine("kronika: " + message.ReplaceLineEndings(" "));
        Error.Flush();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Out.Flush();
        Error.Flush();
    }

    private static IAnsiConsole CreateConsole(TextWriter writer, bool interactive)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            // A pipe or file has no width; 80 columns would wrap every title of a listing.
            console.Profile.Width = 140;
        }

        return console;
    }
}
