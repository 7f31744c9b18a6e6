using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kronika.Cli.Composition;

/// <summary>What <c>kronika watch</c> remembers between rounds and runs: per feed its validators and every item it
/// has handled, with the outcome. Kept in a JSON file (<see cref="WatchStateFile"/>).</summary>
internal sealed class WatchState
{
    /// <summary>The format version of the file.</summary>
    public int Version { get; set; } = 1;

    /// <summary>Each feed's state by its absolute URL as listed in the feeds file.</summary>
    public Dictionary<string, FeedState> Feeds { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The state of <paramref name="url"/>, created empty on first use.</summary>
    public FeedState Of(Uri url)
    {
        if (!Feeds.TryGetValue(url.AbsoluteUri, out FeedState? feed))
        {
            feed = new FeedState();
            Feeds[url.AbsoluteUri] = feed;
        }

        return feed;
    }
}

/// <summary>One feed's state.</summary>
internal sealed class FeedState
{
    /// <summary>The ETag of the last feed document whose items were all handled; sent back as If-None-Match.</summary>
    public string? ETag { get; set; }

    /// <summary>The Last-Modified of that document; sent back as If-Modified-Since.</summary>
    public string? LastModified { get; set; }

    /// <summary>When the feed was last polled (UTC).</summary>
    public DateTimeOffset? Polled { get; set; }

    /// <summary>Every item handled, by <see cref="Kronika.Ingest.Feeds.FeedItem.Key"/>.</summary>
    public Dictionary<string, ItemState> Items { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>What became of one feed item.</summary>
internal sealed class ItemState
{
    /// <summary>The page fetched (after redirects), or the item's link when the fetch failed; null for an item without a link.</summary>
    public string? Url { get; set; }

    /// <summary><c>added</c>, <c>already_stored</c>, <c>rejected</c> (stored with its reason), <c>duplicate</c> (its page
    /// was handled through another item, not fetched again), <c>near_duplicate</c> (linked to a stored article it nearly
    /// repeats, not analysed) or <c>failed</c> (nothing stored).</summary>
    public string Outcome { get; set; } = "";

    /// <summary>The stored article's id; null when nothing was stored.</summary>
    public string? Article { get; set; }

    /// <summary>The rejection or failure, one line; null otherwise.</summary>
    public string? Detail { get; set; }

    /// <summary>How many rounds tried this item.</summary>
    public int Attempts { get; set; }

    /// <summary>True when a later round should try again (a failure that may pass: a timeout, 429, 5xx, a network error).</summary>
    public bool Retry { get; set; }

    /// <summary>When the outcome was recorded (UTC).</summary>
    public DateTimeOffset At { get; set; }
}

/// <summary>Loads and saves <see cref="WatchState"/>. A save writes a temporary file beside the target, flushes it to
/// disk and moves it over the target, so a crash at any moment (even kill -9) leaves the old state or the new one,
/// never a torn file.</summary>
internal sealed class WatchStateFile
{
    private static readonly JsonSerializerOptions _json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    /// <summary>A state file at <paramref name="path"/>.</summary>
    public WatchStateFile(string path) => Path = path;

    /// <summary>Where the state lives.</summary>
    public string Path { get; }

    /// <summary>The saved state, or an empty one when the file does not exist yet.</summary>
    /// <exception cref="IOException">When the file cannot be read.</exception>
    /// <exception cref="JsonException">When it is not a state file.</exception>
    public WatchState Load()
    {
        if (!File.Exists(Path))
        {
            return new WatchState();
        }

        using FileStream stream = File.OpenRead(Path);
        WatchState state = JsonSerializer.Deserialize<WatchState>(stream, _json) ?? throw new JsonException("the file holds null");
        return state.Version == 1 ? state : throw new JsonException($"format version {state.Version} is not known (expected 1)");
    }

    /// <summary>Saves <paramref name="state"/> atomically.</summary>
    /// <exception cref="IOException">When the file cannot be written.</exception>
    public void Save(WatchState state)
    {
        string partial = Path + ".partial";
        using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, state, _json);
            stream.Flush(flushToDisk: true);
        }

        File.Move(partial, Path, overwrite: true);
    }
}
