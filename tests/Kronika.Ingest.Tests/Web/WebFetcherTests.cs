using System.IO.Compression;
using System.Net;
using System.Text;
using Kronika.Ingest.Web;
using Kronika.Testing;
using Microsoft.AspNetCore.Http;

namespace Kronika.Ingest.Tests.Web;

/// <summary>The fetcher against a real HTTP server on 127.0.0.1 (allowed explicitly in these options).</summary>
public sealed class WebFetcherTests : IAsyncLifetime
{
    private LocalServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await LocalServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    /// <summary>Loopback allowed, no politeness wait, short backoff: fast tests that still go through every code path.</summary>
    private static FetchOptions Local => new()
    {
        AllowPrivateAddresses = true,
        HostDelay = TimeSpan.Zero,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        Timeout = TimeSpan.FromSeconds(20),
    };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("\"v1\"", "Tue, 10 Jun 2025 04:00:00 GMT")]
    public async Task A_conditional_get_sends_the_validators_back_and_reads_304_as_not_modified(string etag, string lastModified)
    {
        _server.Map("feed.xml", async context =>
        {
            if (context.Request.Headers.IfNoneMatch == etag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.Headers.ETag = etag;
            context.Response.Headers.LastModified = lastModified;
            await LocalServer.WriteAsync(context, "application/rss+xml", "<rss/>");
        });
        using var fetcher = new WebFetcher(Local);

        FetchResult first = await fetcher.FetchAsync(_server.Url("feed.xml"), null, Token);
        FetchResult second = await fetcher.FetchAsync(_server.Url("feed.xml"), first.Validators, Token);

        Assert.True(first.Succeeded);
        Assert.Equal(new CacheValidators(etag, lastModified), first.Validators);
        Assert.True(second.NotModified);
        Assert.False(second.Succeeded);
        Assert.Empty(second.Body);
        Assert.Equal(first.Validators, second.Validators);
        LoggedRequest[] requests = [.. _server.Requests];
        Assert.Equal(["", etag], requests.Select(request => request.IfNoneMatch));
        Assert.Equal(["", lastModified], requests.Select(request => request.IfModifiedSince));
    }

    [Theory]
    [InlineData("Kronika")]
    public async Task Every_request_names_Kronika_and_accepts_compressed_bodies(string agent)
    {
        _server.MapText("page", "text/html", "<p>x</p>");
        using var fetcher = new WebFetcher(Local);

        await fetcher.FetchAsync(_server.Url("page"), null, Token);

        LoggedRequest request = Assert.Single(_server.Requests);
        Assert.Contains(agent, request.UserAgent, StringComparison.Ordinal);
        Assert.Contains("gzip", request.AcceptEncoding, StringComparison.Ordinal);
        Assert.Contains("br", request.AcceptEncoding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task A_compressed_body_is_decompressed(string encoding)
    {
        string text = string.Concat(Enumerable.Repeat("Zażółć gęślą jaźń. ", 200));
        byte[] compressed = Compress(Encoding.UTF8.GetBytes(text), encoding);
        _server.Map("page", async context =>
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            context.Response.Headers.ContentEncoding = encoding;
            await context.Response.Body.WriteAsync(compressed, context.RequestAborted);
        });
        using var fetcher = new WebFetcher(Local);

        FetchResult result = await fetcher.FetchAsync(_server.Url("page"), null, Token);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(text, Encoding.UTF8.GetString(result.Body));
        Assert.Equal("text/plain; charset=utf-8", result.ContentType);
    }

    [Theory]
    [InlineData(429, 503)]
    public async Task A_429_and_a_503_are_retried_after_the_wait_the_server_asks_for(int first, int second)
    {
        int calls = 0;
        _server.Map("busy", async context =>
        {
            int call = Interlocked.Increment(ref calls);
            if (call <= 2)
            {
                // Retry-After: 0 must replace the hour-long backoff set below, or the test would hang.
                context.Response.Headers.RetryAfter = "0";
                context.Response.StatusCode = call == 1 ? first : second;
                return;
            }

            await LocalServer.WriteAsync(context, "text/plain", "at last");
        });
        using var fetcher = new WebFetcher(Local with { RetryDelay = TimeSpan.FromHours(1) });

        FetchResult result = await fetcher.FetchAsync(_server.Url("busy"), null, Token);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("at last", Encoding.UTF8.GetString(result.Body));
        Assert.Equal(3, result.Requests);
        Assert.Equal(3, _server.CountOf("busy"));
    }

    [Theory]
    [InlineData(503, 2)]
    [InlineData(500, 0)]
    public async Task A_server_error_that_stays_fails_after_the_last_retry(int status, int retries)
    {
        _server.Map("down", context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });
        using var fetcher = new WebFetcher(Local with { MaxRetries = retries });

        FetchResult result = await fetcher.FetchAsync(_server.Url("down"), null, Token);

        Assert.Equal(FetchFailure.HttpStatus, result.Failure);
        Assert.Equal(status, result.StatusCode);
        Assert.True(result.IsTransient);
        Assert.StartsWith($"HTTP {status} ", result.Error, StringComparison.Ordinal);
        Assert.Equal(retries + 1, _server.CountOf("down"));
    }

    [Theory]
    [InlineData(404)]
    [InlineData(403)]
    public async Task A_client_error_is_not_retried(int status)
    {
        using var fetcher = new WebFetcher(Local);
        _server.Map("gone", context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });

        FetchResult result = await fetcher.FetchAsync(_server.Url("gone"), null, Token);

        Assert.Equal(FetchFailure.HttpStatus, result.Failure);
        Assert.False(result.IsTransient);
        Assert.Equal(1, _server.CountOf("gone"));
    }

    [Theory]
    [InlineData("3600")]
    public async Task A_retry_after_longer_than_allowed_gives_up_at_once(string retryAfter)
    {
        _server.Map("later", context =>
        {
            context.Response.Headers.RetryAfter = retryAfter;
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Task.CompletedTask;
        });
        using var fetcher = new WebFetcher(Local with { MaxRetryAfter = TimeSpan.FromSeconds(5) });

        FetchResult result = await fetcher.FetchAsync(_server.Url("later"), null, Token);

        Assert.Equal(429, result.StatusCode);
        Assert.Contains("Retry-After 3600 s is over the limit", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, _server.CountOf("later"));
    }

    [Theory]
    [InlineData(1)]
    public async Task A_response_slower_than_the_time_limit_times_out_and_is_retried(int retries)
    {
        _server.Map("slow", async context =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html>", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            // Far past the client's limit; ends as soon as the client gives up.
            await Task.Delay(TimeSpan.FromMinutes(1), context.RequestAborted);
        });
        using var fetcher = new WebFetcher(Local with { Timeout = TimeSpan.FromMilliseconds(300), MaxRetries = retries });

        FetchResult result = await fetcher.FetchAsync(_server.Url("slow"), null, Token);

        Assert.Equal(FetchFailure.Timeout, result.Failure);
        Assert.True(result.IsTransient);
        Assert.Contains("within 0.3 s", result.Error, StringComparison.Ordinal);
        Assert.Equal(retries + 1, result.Requests);
        Assert.Equal(retries + 1, _server.CountOf("slow"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_size_limit_fails_whether_or_not_its_length_is_declared(bool declared)
    {
        byte[] body = new byte[200_000];
        _server.Map("big", async context =>
        {
            context.Response.ContentType = "text/html";
            if (declared)
            {
                context.Response.ContentLength = body.Length;
            }

            // Undeclared: chunked, in pieces, so only counting while reading can stop it.
            for (int offset = 0; offset < body.Length; offset += 10_000)
            {
                await context.Response.Body.WriteAsync(body.AsMemory(offset, 10_000), context.RequestAborted);
            }
        });
        using var fetcher = new WebFetcher(Local with { MaxBytes = 100_000 });

        FetchResult result = await fetcher.FetchAsync(_server.Url("big"), null, Token);

        Assert.Equal(FetchFailure.TooLarge, result.Failure);
        Assert.Empty(result.Body);
        Assert.Contains("larger than the limit of 100000 bytes", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(50_000, 1_000_000)]
    public async Task A_small_gzip_body_that_inflates_past_the_limit_fails(int limit, int inflated)
    {
        byte[] bomb = Compress(new byte[inflated], "gzip");
        Assert.True(bomb.Length < limit);
        _server.Map("bomb", async context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync(bomb, context.RequestAborted);
        });
        using var fetcher = new WebFetcher(Local with { MaxBytes = limit });

        FetchResult result = await fetcher.FetchAsync(_server.Url("bomb"), null, Token);

        Assert.Equal(FetchFailure.TooLarge, result.Failure);
    }

    [Theory]
    [InlineData(301, "/new")]
    [InlineData(302, "new")]
    [InlineData(307, "/new?x=1")]
    public async Task A_redirect_is_followed_to_the_page(int status, string location)
    {
        string target = location.TrimStart('/');
        _server.Map("old", context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        });
        _server.MapText(target, "text/html", "<p>moved here</p>");
        using var fetcher = new WebFetcher(Local);

        FetchResult result = await fetcher.FetchAsync(_server.Url("old"), null, Token);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("<p>moved here</p>", Encoding.UTF8.GetString(result.Body));
        Assert.Equal(_server.Url("old"), result.Url);
        Assert.Equal(_server.Url(target), result.FinalUrl);
        Assert.Equal(2, result.Requests);
    }

    [Theory]
    [InlineData(3)]
    public async Task A_redirect_loop_stops_after_the_limit(int maxRedirects)
    {
        _server.Map("loop", context =>
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = "/loop";
            return Task.CompletedTask;
        });
        using var fetcher = new WebFetcher(Local with { MaxRedirects = maxRedirects });

        FetchResult result = await fetcher.FetchAsync(_server.Url("loop"), null, Token);

        Assert.Equal(FetchFailure.Redirects, result.Failure);
        Assert.Equal(maxRedirects + 1, _server.CountOf("loop"));
    }

    [Theory]
    [InlineData("http://127.0.0.2:{0}/inside")]
    [InlineData("http://[::1]:{0}/inside")]
    [InlineData("http://0.0.0.0:{0}/inside")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1:{0}/inside")]
    public async Task A_redirect_to_a_refused_address_or_scheme_is_not_followed(string location)
    {
        // Only the test server's own address is allowed: the rest of loopback stays refused, like any private address.
        _server.Map("jump", context =>
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = string.Format(System.Globalization.CultureInfo.InvariantCulture, location, _server.Port);
            return Task.CompletedTask;
        });
        var options = Local with { AllowPrivateAddresses = false, AllowedNetworks = [IPNetwork.Parse("127.0.0.1/32")] };
        using var fetcher = new WebFetcher(options);

        FetchResult result = await fetcher.FetchAsync(_server.Url("jump"), null, Token);

        Assert.Equal(FetchFailure.Refused, result.Failure);
        Assert.StartsWith("redirect refused: ", result.Error, StringComparison.Ordinal);
        Assert.Equal(["/jump"], _server.Requests.Select(request => request.Path));
    }

    [Theory]
    [InlineData("http://127.0.0.1:{0}/page", "address 127.0.0.1 refused")]
    [InlineData("http://[::1]:{0}/page", "address ::1 refused")]
    [InlineData("http://127.1:{0}/page", "address 127.0.0.1 refused")]
    [InlineData("http://2130706433:{0}/page", "address 127.0.0.1 refused")]
    [InlineData("file:///etc/passwd", "scheme 'file' refused")]
    [InlineData("ftp://127.0.0.1:{0}/page", "scheme 'ftp' refused")]
    public async Task Loopback_addresses_and_other_schemes_are_refused_by_default_without_a_request(string url, string error)
    {
        _server.MapText("page", "text/html", "<p>secret</p>");
        using var fetcher = new WebFetcher(FetchOptions.Default with { HostDelay = TimeSpan.Zero });

        FetchResult result = await fetcher.FetchAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, _server.Port)), null, Token);

        Assert.Equal(FetchFailure.Refused, result.Failure);
        Assert.StartsWith(error, result.Error, StringComparison.Ordinal);
        Assert.Equal(0, result.Requests);
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData("localhost")]
    public async Task A_host_name_that_resolves_to_loopback_is_refused_when_connecting(string host)
    {
        // The URL holds a name, not an address: only the check at connect time, on the resolved address, can refuse it.
        _server.MapText("page", "text/html", "<p>secret</p>");
        using var fetcher = new WebFetcher(FetchOptions.Default with { HostDelay = TimeSpan.Zero, MaxRetries = 0 });

        FetchResult result = await fetcher.FetchAsync(new Uri($"http://{host}:{_server.Port}/page"), null, Token);

        Assert.Equal(FetchFailure.Refused, result.Failure);
        Assert.Contains($"of '{host}' refused", result.Error, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData("localhost")]
    public async Task The_same_name_is_fetched_when_private_addresses_are_allowed(string host)
    {
        _server.MapText("page", "text/html", "<p>local</p>");
        using var fetcher = new WebFetcher(Local);

        FetchResult result = await fetcher.FetchAsync(new Uri($"http://{host}:{_server.Port}/page"), null, Token);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(1, _server.CountOf("page"));
    }

    [Theory]
    [InlineData(1)]
    public async Task A_second_request_to_the_same_host_waits_its_turn(int hours)
    {
        _server.MapText("a", "text/plain", "a");
        _server.MapText("b", "text/plain", "b");
        using var fetcher = new WebFetcher(Local with { HostDelay = TimeSpan.FromHours(hours) });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Token);

        FetchResult first = await fetcher.FetchAsync(_server.Url("a"), null, stop.Token);
        Task<FetchResult> second = fetcher.FetchAsync(_server.Url("b"), null, stop.Token);
        await Task.Yield();
        bool waiting = !second.IsCompleted;
        await stop.CancelAsync();

        Assert.True(first.Succeeded);
        Assert.True(waiting);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        Assert.Equal(0, _server.CountOf("b"));
    }

    private static byte[] Compress(byte[] bytes, string encoding)
    {
        using var buffer = new MemoryStream();
        using (Stream compressor = encoding switch
        {
            "gzip" => new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true),
            "deflate" => new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true),
            _ => new BrotliStream(buffer, CompressionLevel.Optimal, leaveOpen: true),
        })
        {
            compressor.Write(bytes);
        }

        return buffer.ToArray();
    }
}
