namespace Kronika.Cli.Composition;

/// <summary>Turns the paths on a command line into inputs: a file as given, a folder's article files recursively, "-" for standard input.</summary>
internal static class InputFiles
{
    /// <summary>The input name of standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>What "-" on the command line is replaced with before Spectre.Console.Cli parses it (a name no file has).</summary>
    public const string StandardInputMarker = "\u0001stdin";

    /// <summary>The inputs under <paramref name="paths"/> in command-line order, each folder's files in ordinal order.</summary>
    /// <param name="paths">Files, folders or "-".</param>
    /// <param name="missing">Receives the paths that name nothing.</param>
    public static List<string> Expand(IEnumerable<string> paths, List<string> missing)
    {
        var inputs = new List<string>();
        foreach (string path in paths)
        {
            if (path is StandardInput or StandardInputMarker)
            {
                inputs.Add(StandardInput);
            }
            else if (File.Exists(path))
            {
                inputs.Add(path);
            }
            else if (Directory.Exists(path))
            {
                inputs.AddRange(ArticlesUnder(path));
            }
            else
            {
                missing.Add(path);
            }
        }

        return inputs;
    }

    /// <summary>Every <c>*.txt</c>, <c>*.html</c>, <c>*.htm</c>, WARC and JSON Lines file and every file without an extension under <paramref name="folder"/>, hidden ones excepted.</summary>
    public static IEnumerable<string> ArticlesUnder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = false };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(IsArticleFile)
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Reads the bytes of <paramref name="input"/>, at most <paramref name="limit"/> + 1 of them, so that an
    /// oversized file is refused by the reader without being loaded whole.</summary>
    /// <exception cref="IOException">When the file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">When the file may not be read.</exception>
    public static byte[] Read(string input, Stream standardInput, long limit)
    {
        if (input == StandardInput)
        {
            return ReadAtMost(standardInput, limit + 1);
        }

        using FileStream stream = File.OpenRead(input);
        return ReadAtMost(stream, limit + 1);
    }

    private static bool IsArticleFile(string path)
    {
        string name = Path.GetFileName(path);
        if (name.StartsWith('.'))
        {
            return false;
        }

        if (Kronika.Ingest.Bulk.BulkFiles.IsBulk(name))
        {
            return true;
        }

        string extension = Path.GetExtension(name);
        return extension.Length == 0 || extension.Equals(".txt", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase);
    }

    private static byte[] ReadAtMost(Stream stream, long count)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[1 << 16];
        while (buffer.Length < count)
        {
            int read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, count - buffer.Length));
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
