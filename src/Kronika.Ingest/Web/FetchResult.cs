namespace Kronika.Ingest.Web;

/// <summary>Why a fetch gave no body.</summary>
public enum FetchFailure
{
    /// <summary>No failure: a body, or 304 Not Modified.</summary>
    None,

    /// <summary>The scheme or an address was refused (<see cref="AddressPolicy"/>); nothing was sent.</summary>
    Refused,

    /// <summary>The server answered with a status other than 2xx or 304 (after any retries).</summary>
    HttpStatus,

    /// <summary>The body passed <see cref="FetchOptions.MaxBytes"/>.</summary>
    TooLarge,

    /// <summary>Every try ran past <see cref="FetchOptions.Timeout"/>.</summary>
    Timeout,

    /// <summary>More redirects than <see cref="FetchOptions.MaxRedirects"/>, or a redirect without a usable Location.</summary>
    Redirects,

    /// <summary>The connection failed (no such host, refused, reset, TLS).</summary>
    Network,
}

/// <summary>The validators of a response that a later request sends back to ask "only if changed" (conditional GET).</summary>
/// <param name="ETag">The ETag header as received (quotes and W/ included), sent back as If-None-Match.</param>
/// <param name="LastModified">The Last-Modified header as received (RFC 1123), sent back as If-Modified-Since.</param>
public sealed record CacheValidators(string? ETag, string? LastModified)
{
    /// <summary>No validators: an unconditional request.</summary>
    public static CacheValidators None { get; } = new(null, null);
}

/// <summary>What one fetch ended with: a body, "not modified", or a failure with a one-line reason. Failures are
/// values; only the caller's cancellation throws.</summary>
public sealed record FetchResult
{
    /// <summary>The URL asked for.</summary>
    public required Uri Url { get; init; }

    /// <summary>The URL of the last hop, after redirects (the URL asked for when there were none).</summary>
    public required Uri FinalUrl { get; init; }

    /// <summary>The HTTP status of the last response; null when none came (refused, timeout, network).</summary>
    public int? StatusCode { get; init; }

    /// <summary>The Content-Type header with its parameters, or null.</summary>
    public string? ContentType { get; init; }

    /// <summary>The body, decompressed; empty for 304 and failures.</summary>
    public byte[] Body { get; init; } = [];

    /// <summary>The validators to send with the next request for <see cref="Url"/>.</summary>
    public CacheValidators Validators { get; init; } = CacheValidators.None;

    /// <summary>Why there is no body; <see cref="FetchFailure.None"/> on success and on 304.</summary>
    public FetchFailure Failure { get; init; }

    /// <summary>One line saying what failed, or null.</summary>
    public string? Error { get; init; }

    /// <summary>Requests sent for this fetch, retries and redirects included (0 when refused up front).</summary>
    public int Requests { get; init; }

    /// <summary>True when the server answered 304 Not Modified to a conditional request.</summary>
    public bool NotModified => StatusCode == 304 && Failure == FetchFailure.None;

    /// <summary>True when <see cref="Body"/> holds a 2xx response.</summary>
    public bool Succeeded => Failure == FetchFailure.None && !NotModified;

    /// <summary>Whether trying again later could help: a timeout, a network error, 429 or 5xx.</summary>
    public bool IsTransient => Failure is FetchFailure.Timeout or FetchFailure.Network
        || (Failure == FetchFailure.HttpStatus && StatusCode is 429 or >= 500);
}
