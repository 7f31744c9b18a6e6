using System.Text;

namespace Kronika.Knowledge;

/// <summary>One data file of the knowledge base: UTF-8 TSV, <c>#</c> comment lines, a header row of column names,
/// then one record per line with exactly as many fields as the header has columns. Immutable.</summary>
internal sealed class TsvTable
{
    private readonly Dictionary<string, int> _columns;

    private TsvTable(string name, string[] header, List<TsvRow> rows)
    {
        Name = name;
        Header = header;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Length; i++)
        {
            _columns[header[i]] = i;
        }
    }

    /// <summary>The file name, used in messages.</summary>
    public string Name { get; }

    /// <summary>The column names, in file order.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The records, in file order.</summary>
    public IReadOnlyList<TsvRow> Rows { get; }

    /// <summary>The index of <paramref name="column"/>.</summary>
    /// <exception cref="InvalidDataException">The header lacks the column.</exception>
    public int Column(string column) => _columns.TryGetValue(column, out int index)
        ? index
        : throw new InvalidDataException($"{Name}: the header lacks the column '{column}'.");

    /// <summary>Reads an embedded data file of this assembly.</summary>
    /// <exception cref="InvalidDataException">The resource is missing or malformed.</exception>
    public static TsvTable ReadResource(string name)
    {
        using Stream stream = typeof(TsvTable).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"The embedded data file '{name}' is missing from {typeof(TsvTable).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd(), name);
    }

    /// <summary>Parses the text of a data file.</summary>
    /// <exception cref="InvalidDataException">No header, or a record whose field count differs from the header's; the
    /// message names the file and the line.</exception>
    public static TsvTable Parse(string text, string name)
    {
        string[]? header = null;
        var rows = new List<TsvRow>();
        int lineNumber = 0;
        foreach (string rawLine in text.Split('\n'))
        {
            lineNumber++;
            string line = rawLine.EndsWith('\r') ? rawLine[..^1] : rawLine;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] fields = line.Split('\t');
            if (header is null)
            {
                header = fields;
                continue;
            }

            if (fields.Length != header.Length)
            {
                throw new InvalidDataException($"{name}:{lineNumber}: {fields.Length} fields, the header has {header.Length}.");
            }

            rows.Add(new TsvRow(name, lineNumber, fields));
        }

        return header is null
            ? throw new InvalidDataException($"{name}: no header row.")
            : new TsvTable(name, header, rows);
    }

    /// <summary>Writes records as a data file with a header comment, LF line ends, no tabs or line breaks inside a field.</summary>
    /// <exception cref="ArgumentException">A field holds a tab or a line break.</exception>
    public static string Write(IEnumerable<string> comments, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var builder = new StringBuilder();
        foreach (string comment in comments)
        {
            builder.Append("# ").Append(comment).Append('\n');
        }

        builder.AppendJoin('\t', header).Append('\n');
        foreach (IReadOnlyList<string> row in rows)
        {
            foreach (string field in row)
            {
                if (field.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0)
                {
                    throw new ArgumentException($"A field holds a tab or a line break: '{field}'.", nameof(rows));
                }
            }

            builder.AppendJoin('\t', row).Append('\n');
        }

        return builder.ToString();
    }
}

/// <summary>One record of a <see cref="TsvTable"/>, with its file and line for messages.</summary>
internal sealed class TsvRow(string file, int line, string[] fields)
{
    /// <summary>The file the record came from.</summary>
    public string File { get; } = file;

    /// <summary>The 1-based line number of the record.</summary>
    public int Line { get; } = line;

    /// <summary>"file:line", for messages.</summary>
    public string Origin => $"{File}:{Line}";

    /// <summary>The field at <paramref name="index"/>, trimmed of surrounding spaces.</summary>
    public string this[int index] => fields[index].Trim();

    /// <summary>The field split on <c>|</c> into non-empty, trimmed parts (the list separator of every data file).</summary>
    public IReadOnlyList<string> List(int index) =>
        this[index].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
