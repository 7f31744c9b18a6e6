using System.Net;
using System.Net.Sockets;
using Kronika.Api;
using Kronika.Contract;
using Kronika.Ingest;
using Kronika.Storage;
using Kronika.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;

namespace Kronika.Ui.Tests;

/// <summary>The real API and UI (Kestrel on a free loopback port) over a fresh SQLite file holding the fixture articles,
/// written through the store as ingest writes them: the record, its layers, and the base forms of its mentions in the
/// search index.</summary>
internal sealed class UiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IArticleStore _store;
    private readonly string _folder;

    private UiServer(WebApplication app, IArticleStore store, string folder, Uri address)
    {
        _app = app;
        _store = store;
        _folder = folder;
        Address = address;
    }

    /// <summary>The server's root, <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Address { get; }

    public static async Task<UiServer> StartAsync(IEnumerable<FixtureRecord> fixtures)
    {
        string folder = Path.Combine(Path.GetTempPath(), "kronika-ui-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        SqliteArticleStore store = SqliteArticleStore.Open(Path.Combine(folder, "kronika.db"));
        DateTimeOffset now = new(2024, 4, 3, 12, 0, 0, TimeSpan.Zero);
        foreach (FixtureRecord fixture in fixtures)
        {
            AnalysisRecord record = fixture.Build();
            store.Store(new StoredArticle
            {
                Id = record.Article.Id,
                Input = record.Input,
                Url = record.Article.Url,
                Outlet = record.Article.Outlet,
                Title = record.Article.Title,
                Published = record.Article.Published,
                Language = record.Article.Language,
                Text = record.Article.Text,
                AnalysisJson = KronikaJson.Serialize(record),
                Analysis = record,
                Pipeline = "fixture",
                StoredAt = now,
            });
            store.IndexLexemes(record.Article.Id, record.Entities.SelectMany(entity => entity.Mentions.Select(mention => mention.Base)));
        }

        var reader = new InputReader();
        var options = new ApiOptions
        {
            Store = store,
            Read = (bytes, input, hints) => reader.Read(bytes, input, hints),
            // The UI tests never ingest; the pipeline's own tests cover analysis.
            Analyze = (document, _) => document,
            Pipeline = "fixture",
        };
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        WebApplication app = KronikaApi.Build(options, [address.ToString().TrimEnd('/')]);
        await app.StartAsync();
        return new UiServer(app, store, folder, address);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
