using System.Globalization;
using System.Text;

namespace Kronika.Cli.Commands;

/// <summary>Writes an export atomically: into a temporary file beside the target, renamed over it only once complete,
/// so that a failed or interrupted export never leaves a half-written file under the target's name.</summary>
internal static class ExportFile
{
    /// <summary>Runs <paramref name="write"/> on a temporary file in the target's folder, then moves it to <paramref name="path"/>.</summary>
    /// <exception cref="IOException">When the folder does not exist or cannot be written.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{path}: the folder {folder} does not exist");
        }

        string temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Every row of a paged listing, page by page, calling <paramref name="progress"/> after each page.</summary>
    public static IEnumerable<T> All<T>(Func<int, int, IReadOnlyList<T>> page, Action<long> progress, int pageSize = 1000)
    {
        long done = 0;
        for (int offset = 0; ; offset += pageSize)
        {
            IReadOnlyList<T> rows = page(pageSize, offset);
            foreach (T row in rows)
            {
                yield return row;
            }

            done += rows.Count;
            progress(done);
            if (rows.Count < pageSize)
            {
                yield break;
            }
        }
    }

    /// <summary>A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.</summary>
    public static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>A number in the invariant culture, or empty for null.</summary>
    public static string Csv(double? value) => value?.ToString("0.#####", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>UTF-8 without a byte-order mark, LF line ends.</summary>
    public static StreamWriter Text(Stream stream) => new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
}
