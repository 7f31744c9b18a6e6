using System.Net;

namespace Kronika.Ingest.Web;

/// <summary>Limits and manners of <see cref="WebFetcher"/>. Immutable.</summary>
public sealed record FetchOptions
{
    /// <summary>The defaults: public addresses only, 32 MiB and 30 s per request, 5 redirects, 3 retries from 2 s on,
    /// one request per second to each host.</summary>
    public static FetchOptions Default { get; } = new();

    /// <summary>When true, loopback, private and link-local addresses may be fetched too (a feed on the local network,
    /// tests against a local server). Off by default; see <see cref="AddressPolicy"/>.</summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>Non-public networks that may be fetched although <see cref="AllowPrivateAddresses"/> is off (a test
    /// server on 127.0.0.1/32 while the rest of loopback stays refused). Empty by default.</summary>
    public IReadOnlyList<IPNetwork> AllowedNetworks { get; init; } = [];

    /// <summary>Largest body accepted, in bytes after decompression; reading stops at the first byte past it and the
    /// fetch fails as <see cref="FetchFailure.TooLarge"/>.</summary>
    public long MaxBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Time allowed for one request: connecting, sending, the headers and the whole body. A request past it
    /// fails as <see cref="FetchFailure.Timeout"/> (and is retried).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Most redirects followed from one URL; each hop's scheme and address are checked again.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Most retries after the first try of one request, on 429, 5xx and timeouts.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The wait before the first retry; it doubles with each further one (with jitter). A Retry-After header
    /// from the server replaces it.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest Retry-After honoured; a server asking for a longer wait fails the fetch instead of stalling it.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Least time between the starts of two requests to one host (politeness); retries and redirects count.
    /// Zero turns it off.</summary>
    public TimeSpan HostDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The User-Agent header sent with every request.</summary>
    public string UserAgent { get; init; } = "Kronika/1.0 (news-to-events engine)";
}
