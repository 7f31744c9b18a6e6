using System.Text;

namespace Kronika.Cli.Composition;

/// <summary>Writes a model or data file the way every <c>kronika train</c> command does: beside its target first, then
/// moved into place, so that an interrupted run leaves the old file whole.</summary>
internal static class ModelFile
{
    /// <summary>Writes <paramref name="target"/> through <paramref name="write"/> and returns what it returns.</summary>
    public static T Write<T>(string target, Func<Stream, T> write)
    {
        string partial = target + ".partial";
        T result;
        using (FileStream stream = File.Create(partial))
        {
            result = write(stream);
        }

        File.Move(partial, target, overwrite: true);
        return result;
    }

    /// <summary>Writes a text file (UTF-8 without a byte-order mark, LF line ends) through <paramref name="write"/>.</summary>
    public static T WriteText<T>(string target, Func<TextWriter, T> write) => Write(target, stream =>
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        return write(writer);
    });
}
