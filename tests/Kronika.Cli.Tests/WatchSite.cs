using System.Security.Cryptography;
using System.Text;
using Kronika.Testing;
using Microsoft.AspNetCore.Http;

namespace Kronika.Cli.Tests;

/// <summary>A news site on the local test server: numbered plain-text article pages and feeds (RSS 2.0, RSS 1.0,
/// Atom) listing them, each feed answering 304 to its own ETag.</summary>
internal sealed class WatchSite
{
    private readonly LocalServer _server;

    public WatchSite(LocalServer server) => _server = server;

    public static string PagePath(int number) => $"news/{number}";

    /// <summary>Serves a feed in <paramref name="format"/> ("rss", "rdf" or "atom") listing <paramref name="pages"/>,
    /// and the pages themselves; returns the feed's URL.</summary>
    public Uri MapFeed(string path, string format, params int[] pages) => MapFeed(path, format, Articles.PolishNumbered, pages);

    /// <summary>As <see cref="MapFeed(string, string, int[])"/>, with <paramref name="pageText"/> giving each page's text.</summary>
    public Uri MapFeed(string path, string format, Func<int, string> pageText, params int[] pages)
    {
        foreach (int page in pages)
        {
            _server.MapText(PagePath(page), "text/plain; charset=utf-8", pageText(page));
        }

        string xml = format switch
        {
            "rss" => Rss(pages),
            "rdf" => Rdf(pages),
            _ => Atom(pages),
        };
        MapXml(path, xml);
        return _server.Url(path);
    }

    /// <summary>Serves <paramref name="xml"/> with an ETag of its bytes, and 304 to a request that sends it back.</summary>
    public void MapXml(string path, string xml)
    {
        string etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml)))[..16] + "\"";
        _server.Map(path, async context =>
        {
            if (context.Request.Headers.IfNoneMatch == etag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.Headers.ETag = etag;
            await LocalServer.WriteAsync(context, "application/xml; charset=utf-8", xml);
        });
    }

    /// <summary>The publication date every item of these feeds carries.</summary>
    public static DateTimeOffset Published(int number) => new(2025, 6, 10, 4, number % 60, 0, TimeSpan.Zero);

    private string Rss(int[] pages) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>RSS news</title><link>{_server.BaseUrl}</link>
        {string.Concat(pages.Select(page => $"""
            <item><title>Komunikat numer {page}</title><link>{_server.Url(PagePath(page))}</link><guid>rss-{page}</guid>
            <pubDate>{Published(page):R}</pubDate></item>
            """))}
        </channel></rss>
        """;

    private string Rdf(int[] pages) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="{_server.BaseUrl}"><title>RDF news</title><link>{_server.BaseUrl}</link></channel>
        {string.Concat(pages.Select(page => $"""
            <item rdf:about="{_server.Url(PagePath(page))}"><title>Komunikat numer {page}</title><link>{_server.Url(PagePath(page))}</link>
            <dc:date>{Published(page):yyyy-MM-dd'T'HH:mm:ss'Z'}</dc:date></item>
            """))}
        </rdf:RDF>
        """;

    private string Atom(int[] pages) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title><id>urn:atom-news</id><updated>2025-06-10T08:00:00Z</updated>
        {string.Concat(pages.Select(page => $"""
            <entry><title>Komunikat numer {page}</title><id>urn:atom-{page}</id><link rel="alternate" href="{_server.Url(PagePath(page))}"/>
            <published>{Published(page):yyyy-MM-dd'T'HH:mm:ss'Z'}</published><updated>{Published(page):yyyy-MM-dd'T'HH:mm:ss'Z'}</updated></entry>
            """))}
        </feed>
        """;
}
