using System.Reflection;
using System.Text;

namespace Kronika.Core;

/// <summary>One entry line of a data file: its 1-based line number and its TAB-separated columns.</summary>
/// <param name="Number">Line number in the file, for error messages.</param>
/// <param name="Columns">The line split on TAB.</param>
/// <param name="Where">"file:line", the prefix of every error about this line.</param>
/// <param name="Text">The whole line, without its line break.</param>
public readonly record struct DataLine(int Number, string[] Columns, string Where, string Text);

/// <summary>Reads the project's data files (UTF-8, one entry per line, TAB between columns, '#' comments),
/// embedded as resources next to the stage that uses them.</summary>
/// <remarks>Loaders validate each line themselves and fail loudly through <see cref="DataLine.Where"/>.</remarks>
public static class DataFiles
{
    /// <summary>The text of embedded resource <paramref name="resourceName"/> of <paramref name="assembly"/>.</summary>
    /// <exception cref="InvalidDataException">When the resource is missing; the message names it and the assembly.</exception>
    public static string ReadEmbedded(Assembly assembly, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using Stream stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidDataException($"Embedded data file '{resourceName}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The entry lines of <paramref name="content"/>: blank lines and lines starting with '#' are skipped.</summary>
    /// <param name="content">The whole file.</param>
    /// <param name="fileName">Named in <see cref="DataLine.Where"/>.</param>
    public static IEnumerable<DataLine> Lines(string content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        string[] lines = content.Split('\n');
        for (int index = 0; index < lines.Length; index++)
        {
            string line = lines[index].TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return new DataLine(index + 1, line.Split('\t'), $"{fileName}:{index + 1}", line);
        }
    }
}
