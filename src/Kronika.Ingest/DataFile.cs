using Kronika.Core;

namespace Kronika.Ingest;

/// <summary>Reads the embedded data files of this assembly: UTF-8, one entry per line, '#' comments.</summary>
internal static class DataFile
{
    /// <summary>The entries of <paramref name="name"/> ("Agencies/Data/agencies.tsv"), each split on tabs, with its 1-based line number.</summary>
    /// <exception cref="InvalidDataException">When the resource is missing or a line has fewer than <paramref name="minColumns"/> columns;
    /// the message names the file and the line.</exception>
    public static List<(int Line, string[] Columns)> Read(string name, int minColumns)
    {
        var entries = new List<(int, string[])>();
        foreach (DataLine line in DataFiles.Lines(DataFiles.ReadEmbedded(typeof(DataFile).Assembly, name), name))
        {
            if (line.Columns.Length < minColumns || string.IsNullOrWhiteSpace(line.Columns[0]))
            {
                throw new InvalidDataException($"{line.Where}: expected {minColumns} tab-separated columns, found {line.Columns.Length}.");
            }

            entries.Add((line.Number, line.Columns));
        }

        return entries;
    }
}
