using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kronika.Testing;

/// <summary>A real HTTP server on 127.0.0.1 (Kestrel on a free port) that a test fills with routes, and a log of every
/// request it received. Unknown paths answer 404.</summary>
/// <remarks>Shared by the fetcher tests (Kronika.Ingest.Tests) and the watch tests (Kronika.Cli.Tests). It listens on
/// loopback only, so the code under test must be told to allow that address.</remarks>
internal sealed class LocalServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<LoggedRequest> _log = new();

    private LocalServer(WebApplication app) => _app = app;

    /// <summary>The server's root, <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The port the server listens on.</summary>
    public int Port => BaseUrl.Port;

    /// <summary>Every request received so far, in order.</summary>
    public IReadOnlyList<LoggedRequest> Requests => [.. _log];

    public static async Task<LocalServer> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        var server = new LocalServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        server.BaseUrl = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return server;
    }

    /// <summary>The absolute URL of <paramref name="path"/> ("feed.xml", "a/b?c") on this server.</summary>
    public Uri Url(string path) => new(BaseUrl, path.TrimStart('/'));

    /// <summary>Answers <paramref name="path"/> (with its query, as requested) with <paramref name="handler"/>.</summary>
    public void Map(string path, Func<HttpContext, Task> handler) => _routes["/" + path.TrimStart('/')] = handler;

    /// <summary>Answers <paramref name="path"/> with 200 and <paramref name="body"/>.</summary>
    public void MapText(string path, string contentType, string body) => Map(path, context => WriteAsync(context, contentType, body));

    /// <summary>How many requests asked for <paramref name="path"/>.</summary>
    public int CountOf(string path) => _log.Count(request => request.Path == "/" + path.TrimStart('/'));

    public static async Task WriteAsync(HttpContext context, string contentType, string body, int status = 200)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }

    private Task HandleAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        string path = request.Path.Value + request.QueryString.Value;
        _log.Enqueue(new LoggedRequest(path, request.Headers.IfNoneMatch.ToString(), request.Headers.IfModifiedSince.ToString(),
            request.Headers.UserAgent.ToString(), request.Headers.AcceptEncoding.ToString()));
        if (_routes.TryGetValue(path, out Func<HttpContext, Task>? handler))
        {
            return handler(context);
        }

        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }
}

/// <summary>One request the server received: its path with query, and the headers the tests look at ("" when absent).</summary>
internal sealed record LoggedRequest(string Path, string IfNoneMatch, string IfModifiedSince, string UserAgent, string AcceptEncoding);
