using System.Net;
using System.Text;
using System.Text.Json;
using Kronika.Storage.Tests;

namespace Kronika.Api.Tests;

/// <summary>Hostile and malformed requests get the right status, a problem-details body, and nothing of the server's
/// insides: no stack trace, no SQL, no exception or driver names.</summary>
public sealed class BadRequestTests
{
    /// <summary>Every query parameter of every read endpoint.</summary>
    private static readonly (string Path, string[] Parameters)[] _endpoints =
    [
        ("/api/articles", ["language", "outlet", "from", "to", "search", "limit", "offset"]),
        ("/api/entities", ["q", "type", "country", "limit", "offset"]),
        ("/api/events", ["actor", "actor_role", "actor_country", "type", "cameo", "modality", "place", "from", "to", "article", "limit", "offset"]),
        ("/api/timeline", ["actor", "actor_role", "actor_country", "type", "cameo", "modality", "place", "from", "to", "article"]),
        ("/api/network", ["from", "to", "type", "actor_country", "limit", "offset"]),
        ("/api/quotes", ["speaker", "q", "article", "limit", "offset"]),
        ("/api/search", ["q", "language", "outlet", "from", "to", "entity", "limit", "offset"]),
    ];

    private static readonly string[] _hostile =
    [
        "' OR '1'='1",
        "'; DROP TABLE events; --",
        "\" OR 1=1 --",
        "%_\\",
        "1; SELECT * FROM articles",
        "$1",
        "kb:x') UNION SELECT sqlite_version() --",
        "*) OR MATCH",
    ];

    // SQL keywords as SQL writes them (a message may say "from 1 to 100"); names of the insides in any case.
    private static readonly (string Text, StringComparison Comparison)[] _leaks =
    [
        ("SELECT ", StringComparison.Ordinal), ("FROM ", StringComparison.Ordinal), ("WHERE ", StringComparison.Ordinal), ("   at ", StringComparison.Ordinal),
        ("sqlite", StringComparison.OrdinalIgnoreCase), ("npgsql", StringComparison.OrdinalIgnoreCase), ("exception", StringComparison.OrdinalIgnoreCase),
        ("Kronika.", StringComparison.Ordinal),
    ];

    [Fact]
    public async Task Sql_metacharacters_in_every_parameter_are_data_never_a_server_error_or_a_leak()
    {
        await using ApiServer server = await ApiServer.StartAsync();
        server.Store.Store(TestRecords.Summit(1).Article);
        CancellationToken cancel = TestContext.Current.CancellationToken;
        var failures = new List<string>();

        foreach ((string path, string[] parameters) in _endpoints)
        {
            foreach (string parameter in parameters)
            {
                foreach (string value in _hostile)
                {
                    string url = $"{path}?{parameter}={Uri.EscapeDataString(value)}" + (path == "/api/search" && parameter != "q" ? "&q=granicy" : string.Empty);
                    HttpResponseMessage response = await server.Client.GetAsync(url, cancel);
                    string body = await response.Content.ReadAsStringAsync(cancel);
                    if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.BadRequest))
                    {
                        failures.Add($"{url}: {(int)response.StatusCode}");
                    }

                    if (response.StatusCode == HttpStatusCode.BadRequest && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    {
                        failures.Add($"{url}: 400 without problem details");
                    }

                    failures.AddRange(_leaks.Where(leak => body.Contains(leak.Text, leak.Comparison) && !IsEcho(body, value, leak.Text, leak.Comparison))
                        .Select(leak => $"{url}: body has '{leak.Text}'"));
                }
            }
        }

        Assert.Empty(failures);
        Assert.Equal(2, server.Store.CountEvents(Storage.Layers.EventQuery.All));
    }

    [Theory]
    [InlineData("/api/events?limit=abc", "limit")]
    [InlineData("/api/events?limit=1000000", "limit")]
    [InlineData("/api/events?limit=101", "limit")]
    [InlineData("/api/events?offset=-5", "offset")]
    [InlineData("/api/events?offset=1.5", "offset")]
    [InlineData("/api/events?type=MEET", "type")]
    [InlineData("/api/events?type=consult", "type")]
    [InlineData("/api/events?cameo=04a", "cameo")]
    [InlineData("/api/events?modality=maybe", "modality")]
    [InlineData("/api/events?actor_country=pl", "actor_country")]
    [InlineData("/api/events?from=2024-13-01", "from")]
    [InlineData("/api/events?from=2024-03-06&to=2024-03-05", "to")]
    [InlineData("/api/events?actor_role=source", "actor_role")]
    [InlineData("/api/timeline?to=yesterday", "to")]
    [InlineData("/api/network?limit=0", "limit")]
    [InlineData("/api/entities?type=PERSON", "type")]
    [InlineData("/api/entities?country=Poland", "country")]
    [InlineData("/api/entities?limit=-1", "limit")]
    [InlineData("/api/quotes?limit=99999999999999999999", "limit")]
    [InlineData("/api/search", "q")]
    [InlineData("/api/search?q=%2A%2A%2A", "q")]
    [InlineData("/api/search?q=putin&language=Polish", "language")]
    public async Task A_bad_parameter_is_a_validation_problem_naming_it(string path, string field)
    {
        await using ApiServer server = await ApiServer.StartAsync();

        HttpResponseMessage response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonElement problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}");
    }

    [Fact]
    public async Task A_text_parameter_over_the_limit_is_refused()
    {
        await using ApiServer server = await ApiServer.StartAsync();

        HttpResponseMessage response = await server.Client.GetAsync("/api/events?actor=" + new string('x', 5000), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("' OR '1'='1")]
    [InlineData("test-key-12")]
    [InlineData("test-key-1234")]
    public async Task Writing_without_the_right_key_is_401_and_stores_nothing(string? key)
    {
        await using ApiServer server = await ApiServer.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent("Tekst artykułu o niczym.", Encoding.UTF8, "text/plain") };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation(KronikaApi.KeyHeader, key);
        }

        HttpResponseMessage response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, server.Store.Count(Storage.ArticleQuery.All));
    }

    [Fact]
    public async Task The_openapi_document_lists_and_describes_the_record_endpoints()
    {
        await using ApiServer server = await ApiServer.StartAsync();

        string text = await server.Client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        JsonElement paths = JsonDocument.Parse(text).RootElement.GetProperty("paths");

        foreach (string path in (string[])["/api/articles/{id}/analysis", "/api/entities", "/api/entities/{id}", "/api/events", "/api/quotes", "/api/search", "/api/network", "/api/timeline"])
        {
            Assert.True(paths.TryGetProperty(path, out JsonElement item), $"{path} is missing from the OpenAPI document");
            Assert.True(item.GetProperty("get").TryGetProperty("summary", out _), $"{path} has no summary");
        }

        JsonElement cameo = paths.GetProperty("/api/events").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(parameter => parameter.GetProperty("name").GetString() == "cameo");
        Assert.Contains("CAMEO", cameo.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    // A value sent back inside a validation message is the client's own text, not a leak.
    private static bool IsEcho(string body, string value, string leak, StringComparison comparison) =>
        value.Contains(leak, comparison) && !body.Replace(value, string.Empty, StringComparison.Ordinal).Contains(leak, comparison);
}
