using System.Net;
using System.Net.Sockets;
using Kronika.Core;
using Kronika.Ingest;
using Kronika.Nlp;
using Kronika.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;

namespace Kronika.Api.Tests;

/// <summary>The API on a free loopback port over a fresh SQLite file, with the real reader and pipeline behind ingest.</summary>
internal sealed class ApiServer : IAsyncDisposable
{
    public const string Key = "test-key-123";

    private static readonly Lazy<Pipeline> _pipeline = new(() => PipelineFactory.Create(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly InputReader _reader = new();

    private readonly WebApplication _app;
    private readonly string _folder;

    private ApiServer(WebApplication app, SqliteArticleStore store, string folder, Uri address)
    {
        _app = app;
        Store = store;
        _folder = folder;
        Client = new HttpClient { BaseAddress = address };
    }

    public SqliteArticleStore Store { get; }

    public HttpClient Client { get; }

    public static async Task<ApiServer> StartAsync(bool withKeys = true, long maxBodyBytes = 1024 * 1024)
    {
        string folder = Path.Combine(Path.GetTempPath(), "kronika-api-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        SqliteArticleStore store = SqliteArticleStore.Open(Path.Combine(folder, "kronika.db"));
        Pipeline pipeline = _pipeline.Value;
        var options = new ApiOptions
        {
            Store = store,
            Read = (bytes, input, hints) => _reader.Read(bytes, input, hints),
            Analyze = pipeline.Run,
            Pipeline = pipeline.Description,
            ApiKeys = withKeys ? new HashSet<string>(StringComparer.Ordinal) { Key } : new HashSet<string>(StringComparer.Ordinal),
            MaxBodyBytes = maxBodyBytes,
        };
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        WebApplication app = KronikaApi.Build(options, [address.ToString().TrimEnd('/')]);
        await app.StartAsync();
        return new ApiServer(app, store, folder, address);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
