namespace Kronika.Cli.Composition;

/// <summary>One line of a feeds file: the URL it names, or why it names none.</summary>
/// <param name="Line">The 1-based line number, for messages.</param>
/// <param name="Text">The line as written, trimmed.</param>
/// <param name="Url">The absolute URL; null when the line is not one (<see cref="FeedList"/> reports it).</param>
internal sealed record FeedSource(int Line, string Text, Uri? Url);

/// <summary>Reads the feeds file of <c>kronika watch</c>: one feed URL per line; blank lines and lines starting with
/// <c>#</c> are skipped. Whether a URL may be fetched (scheme, address) is the fetcher's call, so that a refused feed
/// is reported each round like any other broken feed.</summary>
internal static class FeedList
{
    /// <summary>The feeds of <paramref name="path"/>, in file order, each URL once.</summary>
    /// <exception cref="IOException">When the file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">When the file may not be read.</exception>
    public static List<FeedSource> Read(string path)
    {
        var feeds = new List<FeedSource>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int number = 0;
        foreach (string raw in File.ReadLines(path))
        {
            number++;
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            // "/feed.xml" parses as an absolute file: URI on Unix; a feeds file means a web address or nothing.
            Uri? url = !line.StartsWith('/') && Uri.TryCreate(line, UriKind.Absolute, out Uri? parsed) ? parsed : null;
            if (url is null || seen.Add(url.AbsoluteUri))
            {
                feeds.Add(new FeedSource(number, line, url));
            }
        }

        return feeds;
    }
}
