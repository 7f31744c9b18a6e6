using System.Reflection;

namespace Kronika.Ingest;

/// <summary>Reads the embedded data files of this assembly: UTF-8, one entry per line, '#' comments.</summary>
internal static class DataFile
{
    /// <summary>The entries of <paramref name="name"/> ("Agencies/Data/agencies.tsv"), each split on tabs, with its 1-based line number.</summary>
    /// <exception cref="InvalidDataException">When the resource is missing or a line has fewer than <paramref name="minColumns"/> columns;
    /// the message names the file and the line.</exception>
    public static List<(int Line, string[] Columns)> Read(string name, int minColumns)
    {
        Assembly assembly = typeof(DataFile).Assembly;
        using Stream stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"Embedded data file '{name}' is missing.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var entries = new List<(int, string[])>();
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] columns = line.Split('\t');
            if (columns.Length < minColumns || string.IsNullOrWhiteSpace(columns[0]))
            {
                throw new InvalidDataException($"{name}:{number}: expected {minColumns} tab-separated columns, found {columns.Length}.");
            }

            entries.Add((number, columns));
        }

        return entries;
    }
}
