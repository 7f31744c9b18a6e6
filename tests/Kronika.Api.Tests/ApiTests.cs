using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Kronika.Api.Tests;

public sealed class ApiTests
{
    private const string Article = """
        Minister odwiedził port w Gdańsku

        Minister infrastruktury odwiedził w środę port w Gdańsku. Rozmawiał z zarządem o rozbudowie nabrzeża i nowych połączeniach kolejowych.

        Według zarządu portu inwestycja potrwa trzy lata i kosztować będzie ponad miliard złotych. Prace mają ruszyć wiosną.
        """;

    private static HttpRequestMessage Ingest(string body, string contentType = "text/plain; charset=utf-8", string? key = ApiServer.Key, string query = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest" + query) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (key is not null)
        {
            request.Headers.Add(KronikaApi.KeyHeader, key);
        }

        return request;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

    [Fact]
    public async Task An_ingested_article_is_listed_and_served_with_its_analysis()
    {
        await using ApiServer server = await ApiServer.StartAsync();
        CancellationToken cancel = TestContext.Current.CancellationToken;

        HttpResponseMessage created = await server.Client.SendAsync(Ingest(Article, query: "?url=https%3A%2F%2Fexample.pl%2Fport"), cancel);
        HttpResponseMessage again = await server.Client.SendAsync(Ingest(Article), cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        string id = (await Json(created)).GetProperty("id").GetString()!;
        Assert.Equal("already_stored", (await Json(again)).GetProperty("outcome").GetString());
        JsonElement page = await Json(await server.Client.GetAsync("/api/articles?language=pl&limit=10", cancel));
        Assert.Equal(1, page.GetProperty("total").GetInt64());
        Assert.Equal("Minister odwiedził port w Gdańsku", page.GetProperty("items")[0].GetProperty("title").GetString());
        JsonElement record = await Json(await server.Client.GetAsync(created.Headers.Location, cancel));
        Assert.Equal("kronika/1", record.GetProperty("format").GetString());
        Assert.Equal(id, record.GetProperty("article").GetProperty("id").GetString());
        Assert.Equal("https://example.pl/port", record.GetProperty("article").GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("/api/articles?limit=0", "limit")]
    [InlineData("/api/articles?limit=101", "limit")]
    [InlineData("/api/articles?offset=-1", "offset")]
    [InlineData("/api/articles?language=Polish", "language")]
    [InlineData("/api/articles?from=15.03.2024", "from")]
    public async Task Bad_parameters_are_a_validation_problem(string path, string field)
    {
        await using ApiServer server = await ApiServer.StartAsync();

        HttpResponseMessage response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await Json(response)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task An_unknown_article_is_a_404_problem()
    {
        await using ApiServer server = await ApiServer.StartAsync();

        HttpResponseMessage response = await server.Client.GetAsync("/api/articles/sha256:0000", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("wrong-key", HttpStatusCode.Unauthorized)]
    public async Task Ingest_without_a_valid_key_is_refused_and_stores_nothing(string? key, HttpStatusCode status)
    {
        await using ApiServer server = await ApiServer.StartAsync();

        HttpResponseMessage response = await server.Client.SendAsync(Ingest(Article, key: key), TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(0, server.Store.Count(Storage.ArticleQuery.All));
    }

    [Fact]
    public async Task Ingest_is_disabled_when_no_key_is_configured()
    {
        await using ApiServer server = await ApiServer.StartAsync(withKeys: false);

        HttpResponseMessage response = await server.Client.SendAsync(Ingest(Article), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_and_an_empty_one_400()
    {
        await using ApiServer server = await ApiServer.StartAsync(maxBodyBytes: 1000);
        CancellationToken cancel = TestContext.Current.CancellationToken;

        HttpResponseMessage large = await server.Client.SendAsync(Ingest(new string('a', 5000)), cancel);
        HttpResponseMessage empty = await server.Client.SendAsync(Ingest(""), cancel);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task A_binary_body_is_stored_as_refused_and_answered_422()
    {
        await using ApiServer server = await ApiServer.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new ByteArrayContent([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3]) };
        request.Headers.Add(KronikaApi.KeyHeader, ApiServer.Key);

        HttpResponseMessage response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("binary", (await Json(response)).GetProperty("rejection").GetString());
    }

    [Fact]
    public async Task The_openapi_document_lists_the_endpoints()
    {
        await using ApiServer server = await ApiServer.StartAsync();

        JsonElement document = await Json(await server.Client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken));

        JsonElement paths = document.GetProperty("paths");
        foreach (string path in (string[])["/api/articles", "/api/articles/{id}", "/api/articles/{id}/duplicates", "/api/ingest"])
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        }
    }
}
