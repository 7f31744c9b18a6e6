using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Kronika.Api;

namespace Kronika.Ui.Tests;

/// <summary>How the server serves the UI, over plain HTTP (no browser): its own paths only, never the API's.</summary>
public sealed class WebUiTests(UiFixture fixture)
{
    private HttpClient Client() => new() { BaseAddress = fixture.Address };

    [Fact]
    public async Task Every_page_is_the_app_shell_under_a_policy_that_allows_only_this_server()
    {
        using HttpClient client = Client();
        foreach (string page in WebUi.Pages)
        {
            HttpResponseMessage response = await client.GetAsync(page + "?id=x", TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Contains("<script type=\"module\" src=\"/ui/app.js\">", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/api/no-such-endpoint")]
    [InlineData("/api/articles/sha256:0000")]
    [InlineData("/article/extra")]
    [InlineData("/ui/no-such-file.js")]
    [InlineData("/ui/..%2FWebUi.cs")]
    public async Task A_path_the_UI_does_not_own_is_not_answered_with_the_app(string path)
    {
        using HttpClient client = Client();

        HttpResponseMessage response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Assets_carry_their_type_and_an_etag_that_answers_304()
    {
        using HttpClient client = Client();
        HttpResponseMessage script = await client.GetAsync("/ui/pages/article.js", TestContext.Current.CancellationToken);
        EntityTagHeaderValue tag = script.Headers.ETag ?? throw new InvalidOperationException("no ETag");

        using var again = new HttpRequestMessage(HttpMethod.Get, "/ui/pages/article.js");
        again.Headers.IfNoneMatch.Add(tag);
        HttpResponseMessage cached = await client.SendAsync(again, TestContext.Current.CancellationToken);

        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/css", (await client.GetAsync("/ui/style.css", TestContext.Current.CancellationToken)).Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotModified, cached.StatusCode);
    }

    [Fact]
    public async Task The_gazetteer_gives_the_knowledge_bases_coordinates_by_entity_id()
    {
        using HttpClient client = Client();

        using JsonDocument places = JsonDocument.Parse(await client.GetStringAsync(WebUi.PlacesPath, TestContext.Current.CancellationToken));

        JsonElement vilnius = places.RootElement.GetProperty("kb:" + Fixtures.Vilnius);
        Assert.Equal("Vilnius", vilnius.GetProperty("name").GetString());
        Assert.Equal("city", vilnius.GetProperty("kind").GetString());
        Assert.Equal(54.689, vilnius.GetProperty("lat").GetDouble(), 2);
        Assert.Equal(25.280, vilnius.GetProperty("lon").GetDouble(), 2);
        Assert.Equal("country", places.RootElement.GetProperty("kb:" + Fixtures.Poland).GetProperty("kind").GetString());
        Assert.All(places.RootElement.EnumerateObject(), place =>
            Assert.True(Math.Abs(place.Value.GetProperty("lat").GetDouble()) <= 90 && Math.Abs(place.Value.GetProperty("lon").GetDouble()) <= 180, place.Name));
    }
}
