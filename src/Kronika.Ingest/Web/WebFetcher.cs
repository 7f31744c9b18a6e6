using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Polly;
using Polly.Retry;

namespace Kronika.Ingest.Web;

/// <summary>Fetches pages and feeds over http and https with the limits of <see cref="FetchOptions"/>: refused
/// schemes and addresses, redirects followed and checked hop by hop, decompression, a size and a time limit, conditional
/// GET, retries with backoff on 429, 5xx and timeouts, and a politeness delay per host.</summary>
/// <remarks>
/// Failures are values (<see cref="FetchResult.Failure"/>); only the caller's cancellation throws. Safe to use from
/// many threads; one instance should serve a whole run, since it pools connections. Dispose it to close them.
/// </remarks>
public sealed class WebFetcher : IDisposable
{
    private const int ChunkSize = 64 * 1024;

    private readonly FetchOptions _options;
    private readonly TimeProvider _time;
    private readonly HttpClient _client;
    private readonly HostGate _gate;
    private readonly ResiliencePipeline<Attempt> _retry;

    /// <summary>A fetcher with <paramref name="options"/> (<see cref="FetchOptions.Default"/> when null), timing its
    /// waits by <paramref name="time"/> (the system clock when null).</summary>
    public WebFetcher(FetchOptions? options = null, TimeProvider? time = null)
    {
        _options = options ?? FetchOptions.Default;
        _time = time ?? TimeProvider.System;
        _gate = new HostGate(_options.HostDelay, _time);
        var handler = new SocketsHttpHandler
        {
            // Redirects are followed here, one hop at a time, so that every hop's scheme and address are checked.
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            // Through a proxy the only address connected to would be the proxy's, and the address check would see nothing.
            UseProxy = false,
            UseCookies = false,
            ConnectCallback = ConnectAsync,
            ConnectTimeout = _options.Timeout,
            // A pooled connection keeps the address it was checked with; renewing it lets DNS changes be seen and checked.
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        };
        _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("*/*");

        var builder = new ResiliencePipelineBuilder<Attempt> { TimeProvider = _time };
        if (_options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<Attempt>
            {
                ShouldHandle = arguments => ValueTask.FromResult(arguments.Outcome.Result is { Retryable: true }),
                MaxRetryAttempts = _options.MaxRetries,
                Delay = _options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                // Null falls back to the exponential backoff above.
                DelayGenerator = arguments => ValueTask.FromResult(arguments.Outcome.Result?.RetryAfter),
            });
        }

        _retry = builder.Build();
    }

    /// <summary>Fetches <paramref name="url"/>, following redirects.</summary>
    /// <param name="url">An absolute http or https URL.</param>
    /// <param name="validators">Validators from an earlier fetch of the same URL, to ask for the body only if it changed;
    /// null or <see cref="CacheValidators.None"/> for an unconditional request.</param>
    /// <param name="cancellationToken">Stops the fetch (throws <see cref="OperationCanceledException"/>).</param>
    public async Task<FetchResult> FetchAsync(Uri url, CacheValidators? validators = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        validators ??= CacheValidators.None;
        Uri current = url;
        int requests = 0;
        for (int hop = 0; ; hop++)
        {
            if (AddressPolicy.Refusal(current, _options) is { } refusal)
            {
                return Failed(url, current, requests, FetchFailure.Refused, hop == 0 ? refusal : $"redirect refused: {refusal}");
            }

            var state = new AttemptState(this, current, validators);
            Attempt attempt = await _retry.ExecuteAsync(
                static (state, token) => state.Fetcher.SendOnceAsync(state, token), state, cancellationToken).ConfigureAwait(false);
            requests += state.Requests;
            if (attempt.Location is not { } location)
            {
                return attempt.ToResult(url, current, requests);
            }

            if (hop == _options.MaxRedirects)
            {
                return Failed(url, current, requests, FetchFailure.Redirects, $"more than {_options.MaxRedirects} redirects from {url}");
            }

            current = new Uri(current, location);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _client.Dispose();

    private static FetchResult Failed(Uri url, Uri current, int requests, FetchFailure failure, string error) =>
        new() { Url = url, FinalUrl = current, Requests = requests, Failure = failure, Error = error };

    // One request, one response: a body, a 304, a redirect to follow, or a failure. Runs inside the retry pipeline.
    private async ValueTask<Attempt> SendOnceAsync(AttemptState state, CancellationToken cancellationToken)
    {
        Uri url = state.Url;
        await _gate.WaitTurnAsync(url.IdnHost, cancellationToken).ConfigureAwait(false);
        state.Requests++;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_options.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (state.Validators.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (state.Validators.LastModified is { } lastModified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        try
        {
            using HttpResponseMessage response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token)
                .ConfigureAwait(false);
            int status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308)
            {
                return response.Headers.Location is { } location
                    ? new Attempt(status) { Location = location }
                    : new Attempt(status) { Failure = FetchFailure.Redirects, Error = $"HTTP {status} without a Location header from {url}" };
            }

            var validators = new CacheValidators(
                Header(response.Headers, "ETag") ?? (status == 304 ? state.Validators.ETag : null),
                Header(response.Content.Headers, "Last-Modified") ?? (status == 304 ? state.Validators.LastModified : null));
            if (status == 304)
            {
                return new Attempt(status) { Validators = validators };
            }

            if (status is < 200 or > 299)
            {
                TimeSpan? retryAfter = RetryAfter(response.Headers.RetryAfter);
                bool tooLong = retryAfter > _options.MaxRetryAfter;
                return new Attempt(status)
                {
                    Failure = FetchFailure.HttpStatus,
                    Error = $"HTTP {status} {response.ReasonPhrase} from {url}"
                        + (tooLong ? $" (Retry-After {retryAfter!.Value.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s is over the limit, FetchOptions.MaxRetryAfter)" : string.Empty),
                    RetryAfter = retryAfter,
                    GiveUp = tooLong,
                };
            }

            byte[]? body = await ReadAtMostAsync(response.Content, _options.MaxBytes, limit.Token).ConfigureAwait(false);
            return body is null
                ? new Attempt(status)
                {
                    Failure = FetchFailure.TooLarge,
                    Error = $"the body of {url} is larger than the limit of {_options.MaxBytes.ToString(CultureInfo.InvariantCulture)} bytes (FetchOptions.MaxBytes)",
                }
                : new Attempt(status) { Body = body, ContentType = response.Content.Headers.ContentType?.ToString(), Validators = validators };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Attempt(null)
            {
                Failure = FetchFailure.Timeout,
                Error = $"no complete response from {url} within {_options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s",
            };
        }
        catch (HttpRequestException exception) when (Refused(exception) is { } refused)
        {
            return new Attempt(null) { Failure = FetchFailure.Refused, Error = refused.Message + ": " + url };
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or InvalidDataException)
        {
            // InvalidDataException: a gzip, deflate or brotli body that does not decompress.
            string cause = exception.InnerException is { } inner && inner.Message != exception.Message ? $" ({inner.Message})" : string.Empty;
            return new Attempt(null) { Failure = FetchFailure.Network, Error = $"{url}: {exception.Message}{cause}" };
        }
    }

    // Opens every connection, so the resolved address is checked at the moment it is used: a name that resolves to a
    // refused address is refused, however it got into a feed, an item or a redirect.
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        string host = context.DnsEndPoint.Host.Trim('[', ']');
        IPAddress[] addresses = IPAddress.TryParse(host, out IPAddress? literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        IPAddress[] allowed = Array.FindAll(addresses, address => AddressPolicy.IsAllowed(address, _options));
        if (allowed.Length == 0)
        {
            throw new AddressRefusedException(
                $"address {string.Join(", ", addresses.Select(address => address.ToString()))} of '{host}' refused (loopback, private or link-local; allow it explicitly to fetch it)");
        }

        if (!Socket.OSSupportsIPv6)
        {
            // The socket below is IPv4 only then; an IPv6 address would make it throw instead of trying the next one.
            allowed = Array.FindAll(allowed, address => address.AddressFamily == AddressFamily.InterNetwork);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static AddressRefusedException? Refused(Exception exception)
    {
        for (Exception? cause = exception; cause is not null; cause = cause.InnerException)
        {
            if (cause is AddressRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        TimeSpan? wait = header?.Delta ?? (header?.Date is { } date ? date - _time.GetUtcNow() : null);
        return wait is { } value && value < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    private static string? Header(HttpHeaders headers, string name) =>
        headers.NonValidated.TryGetValues(name, out HeaderStringValues values) && values.Count > 0 ? values.ToString() : null;

    // The body, or null as soon as it passes max bytes (after decompression, so a small gzip bomb is stopped too).
    private static async Task<byte[]?> ReadAtMostAsync(HttpContent content, long max, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > max)
        {
            return null;
        }

        Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            byte[] chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
            try
            {
                while (true)
                {
                    int read = await stream.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return buffer.ToArray();
                    }

                    if (buffer.Length + read > max)
                    {
                        return null;
                    }

                    buffer.Write(chunk, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
        }
    }

    /// <summary>What one request ended with, inside the retry pipeline.</summary>
    private sealed record Attempt(int? Status)
    {
        public byte[] Body { get; init; } = [];

        public string? ContentType { get; init; }

        public CacheValidators Validators { get; init; } = CacheValidators.None;

        public Uri? Location { get; init; }

        public FetchFailure Failure { get; init; }

        public string? Error { get; init; }

        public TimeSpan? RetryAfter { get; init; }

        /// <summary>The server asked for a longer wait than allowed.</summary>
        public bool GiveUp { get; init; }

        /// <summary>429, 5xx and timeouts are retried.</summary>
        public bool Retryable => !GiveUp && (Failure == FetchFailure.Timeout || (Failure == FetchFailure.HttpStatus && Status is 429 or >= 500));

        public FetchResult ToResult(Uri url, Uri finalUrl, int requests) => new()
        {
            Url = url,
            FinalUrl = finalUrl,
            StatusCode = Status,
            ContentType = ContentType,
            Body = Body,
            Validators = Validators,
            Failure = Failure,
            Error = Error,
            Requests = requests,
        };
    }

    /// <summary>The request the retry pipeline repeats, and how many times it was sent.</summary>
    private sealed class AttemptState(WebFetcher fetcher, Uri url, CacheValidators validators)
    {
        public WebFetcher Fetcher { get; } = fetcher;

        public Uri Url { get; } = url;

        public CacheValidators Validators { get; } = validators;

        public int Requests { get; set; }
    }

    /// <summary>Thrown by the connect callback to refuse an address; caught in <see cref="SendOnceAsync"/> and never escapes.</summary>
    private sealed class AddressRefusedException(string message) : Exception(message);
}
