using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Kronika.Knowledge;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kronika.Api;

/// <summary>The web UI <c>kronika serve</c> shows beside the API: plain HTML, CSS and JavaScript modules from
/// <c>wwwroot/</c>, embedded in this assembly so the server needs no content folder and the browser needs no network.</summary>
/// <remarks>
/// Only the UI's own paths are answered: the pages in <see cref="Pages"/> (each gets <c>index.html</c>, whose module
/// reads the path and renders the page) and the assets under <see cref="AssetPrefix"/>. Nothing here is a catch-all, so
/// an unknown <c>/api/...</c> path stays a 404 of the API and is never answered with HTML.
/// </remarks>
public static class WebUi
{
    /// <summary>Where the UI's assets are served: <c>/ui/app.js</c> is <c>wwwroot/app.js</c>.</summary>
    public const string AssetPrefix = "/ui/";

    /// <summary>The path of the gazetteer: every place of the knowledge base with coordinates, by entity id, for the map.</summary>
    public const string PlacesPath = AssetPrefix + "places.json";

    private const string ResourcePrefix = "wwwroot/";

    // The pages are the app's own: scripts, styles and data only from this server, nothing inline, no frames.
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static readonly Lazy<FrozenDictionary<string, Asset>> _assets = new(LoadAssets, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Asset> _places = new(() => Asset.Of(PlacesJson(KnowledgeBase.LoadDefault()), "application/json; charset=utf-8"),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The paths that show a page of the UI; each takes its subject from the query string (<c>/entity?id=kb:country/POL</c>),
    /// since entity ids hold slashes.</summary>
    public static IReadOnlyList<string> Pages { get; } = ["/", "/article", "/entity", "/timeline", "/network", "/map", "/search"];

    /// <summary>Maps the UI's pages and assets onto <paramref name="app"/>; the API's routes are untouched.</summary>
    public static IEndpointRouteBuilder MapWebUi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        foreach (string page in Pages)
        {
            app.MapGet(page, (HttpContext context) => Serve(context, _assets.Value["index.html"], isPage: true)).ExcludeFromDescription();
        }

        app.MapGet(PlacesPath, (HttpContext context) => Serve(context, _places.Value, isPage: false)).ExcludeFromDescription();
        app.MapGet(AssetPrefix + "{**path}", (HttpContext context, string path) =>
                _assets.Value.TryGetValue(path, out Asset? asset) && path != "index.html"
                    ? Serve(context, asset, isPage: false)
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such file", detail: "The UI has no such file."))
            .ExcludeFromDescription();
        return app;
    }

    private static IResult Serve(HttpContext context, Asset asset, bool isPage)
    {
        IHeaderDictionary headers = context.Response.Headers;
        headers.ETag = asset.ETag;
        // Revalidate every time: the assets change with the program, and a 304 costs one round trip on loopback.
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        if (isPage)
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers["Referrer-Policy"] = "no-referrer";
        }

        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(asset.Bytes, asset.ContentType);
    }

    private static FrozenDictionary<string, Asset> LoadAssets()
    {
        Assembly assembly = typeof(WebUi).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (string name in assembly.GetManifestResourceNames())
        {
            // The project names each file wwwroot/ + its path; RecursiveDir writes '\' on Windows.
            string path = name.Replace('\\', '/');
            if (!path.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            using Stream stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The embedded resource {name} cannot be read.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            path = path[ResourcePrefix.Length..];
            assets[path] = Asset.Of(buffer.ToArray(), ContentTypeOf(path));
        }

        if (!assets.ContainsKey("index.html"))
        {
            throw new InvalidOperationException("The UI's wwwroot/index.html is not embedded in Kronika.Api.");
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContentTypeOf(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };

    /// <summary>The gazetteer: <c>{"kb:city/756135": {"name": "Warsaw", "kind": "city", "lat": 52.2298, "lon": 21.0118}}</c> for
    /// every country (its capital's point, or its centre), city and seat of power in the knowledge base; the event
    /// places the map draws are entity ids, and the store keeps no coordinates.</summary>
    internal static byte[] PlacesJson(KnowledgeBase knowledge)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (KnowledgeEntity entity in knowledge.Entities)
            {
                (string kind, GeoPoint point)? place = entity switch
                {
                    Country country => ("country", country.Location),
                    City city => ("city", city.Location),
                    Seat seat => ("seat", seat.Location),
                    _ => null,
                };
                if (place is not { } found || !found.point.IsValid)
                {
                    continue;
                }

                json.WriteStartObject("kb:" + entity.Id);
                json.WriteString("name", entity.NameEn);
                json.WriteString("kind", found.kind);
                json.WriteNumber("lat", Math.Round(found.point.Latitude, 4));
                json.WriteNumber("lon", Math.Round(found.point.Longitude, 4));
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>One file the UI serves.</summary>
    private sealed record Asset(byte[] Bytes, string ContentType, string ETag)
    {
        public static Asset Of(byte[] bytes, string contentType) =>
            new(bytes, contentType, "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + "\"");
    }
}
