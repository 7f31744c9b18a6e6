using System.Net;
using System.Text.Json;
using Kronika.Storage.Tests;

namespace Kronika.Api.Tests;

/// <summary>The read endpoints over the layers, on hand-made kronika/1 records stored through the real store.</summary>
public sealed class RecordEndpointTests
{
    private static async Task<ApiServer> StartWithSummitsAsync()
    {
        ApiServer server = await ApiServer.StartAsync();
        server.Store.Store(TestRecords.Summit(1, published: "2024-03-05").Article);
        server.Store.Store(TestRecords.Summit(2, published: "2024-03-06").Article);
        server.Store.Store(TestRecords.Summit(3, published: "2024-03-06", threatType: "FIGHT").Article);
        return server;
    }

    private static async Task<JsonElement> GetJson(ApiServer server, string path)
    {
        HttpResponseMessage response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
    }

    [Fact]
    public async Task An_articles_analysis_is_its_stored_kronika_record()
    {
        await using ApiServer server = await StartWithSummitsAsync();
        string id = TestRecords.Summit(1, published: "2024-03-05").Article.Id;

        JsonElement record = await GetJson(server, $"/api/articles/{Uri.EscapeDataString(id)}/analysis");

        Assert.Equal("kronika/1", record.GetProperty("format").GetString());
        Assert.Equal(2, record.GetProperty("events").GetArrayLength());
        Assert.Equal(TestRecords.Lukashenko, record.GetProperty("quotes")[0].GetProperty("speaker").GetString());
    }

    [Fact]
    public async Task Entities_are_listed_with_counts_and_found_by_a_written_form()
    {
        await using ApiServer server = await StartWithSummitsAsync();

        JsonElement page = await GetJson(server, "/api/entities?q=%C5%81ukaszence");
        JsonElement entity = Assert.Single(page.GetProperty("items").EnumerateArray());

        Assert.Equal(TestRecords.Lukashenko, entity.GetProperty("id").GetString());
        Assert.Equal(3, entity.GetProperty("articles").GetInt64());
        Assert.Equal(9, entity.GetProperty("mentions").GetInt64());
        Assert.Equal(6, entity.GetProperty("events").GetInt64());
        Assert.Equal("Aleksander Łukaszenka", entity.GetProperty("names").GetProperty("pl").GetString());
        Assert.Equal(2, (await GetJson(server, "/api/entities?type=GPE")).GetProperty("total").GetInt64());
        Assert.Equal(2, (await GetJson(server, "/api/entities?country=RUS")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task An_entity_page_has_its_names_with_counts_articles_events_and_quotes()
    {
        await using ApiServer server = await StartWithSummitsAsync();

        JsonElement detail = await GetJson(server, "/api/entities/" + Uri.EscapeDataString(TestRecords.Lukashenko));

        Assert.Equal(["Łukaszenka:6", "Łukaszence:3"], detail.GetProperty("names").EnumerateArray()
            .Select(name => $"{name.GetProperty("name").GetString()}:{name.GetProperty("count").GetInt64()}"));
        Assert.Equal(3, detail.GetProperty("articles").GetArrayLength());
        Assert.Equal(3, detail.GetProperty("events_as_source").GetInt64());
        Assert.Equal("Poland", detail.GetProperty("as_source")[0].GetProperty("target")[0].GetProperty("name").GetString());
        Assert.Equal(3, detail.GetProperty("events_as_target").GetInt64());
        Assert.Equal("Nie cofniemy się", detail.GetProperty("quotes")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Events_are_filtered_and_come_with_actor_names_and_their_sentence()
    {
        await using ApiServer server = await StartWithSummitsAsync();

        JsonElement page = await GetJson(server, "/api/events?actor_country=POL&cameo=13&from=2024-03-06&to=2024-03-06&limit=1");

        Assert.Equal(2, page.GetProperty("total").GetInt64());
        JsonElement @event = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("Alexander Lukashenko", @event.GetProperty("source")[0].GetProperty("name").GetString());
        Assert.Equal("Łukaszenka zagroził Polsce zamknięciem granicy.", @event.GetProperty("sentence").GetString());
        Assert.Equal("2024-03-06", @event.GetProperty("day").GetString());
        Assert.Equal(1, (await GetJson(server, "/api/events?type=FIGHT")).GetProperty("total").GetInt64());
        Assert.Equal(3, (await GetJson(server, $"/api/events?place={Uri.EscapeDataString(TestRecords.Moscow)}&modality=asserted")).GetProperty("total").GetInt64());
        Assert.Equal(3, (await GetJson(server, $"/api/events?actor={Uri.EscapeDataString(TestRecords.Putin)}&actor_role=source")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task The_timeline_and_the_network_count_by_quad_class()
    {
        await using ApiServer server = await StartWithSummitsAsync();

        JsonElement timeline = await GetJson(server, "/api/timeline?actor_country=BLR");
        JsonElement network = await GetJson(server, "/api/network?from=2024-03-06");

        Assert.Equal(["2024-03-05:2", "2024-03-06:4"], timeline.EnumerateArray().Select(day => $"{day.GetProperty("day").GetString()}:{day.GetProperty("events").GetInt64()}"));
        JsonElement threats = network.EnumerateArray().Single(edge => edge.GetProperty("target").GetProperty("id").GetString() == TestRecords.Poland);
        Assert.Equal((1, 1, 2), (threats.GetProperty("verbal_conflict").GetInt64(), threats.GetProperty("material_conflict").GetInt64(), threats.GetProperty("total").GetInt64()));
    }

    [Fact]
    public async Task Quotes_are_found_by_speaker_and_text()
    {
        await using ApiServer server = await StartWithSummitsAsync();

        Assert.Equal(3, (await GetJson(server, $"/api/quotes?speaker={Uri.EscapeDataString(TestRecords.Lukashenko)}")).GetProperty("total").GetInt64());
        Assert.Equal(3, (await GetJson(server, "/api/quotes?q=COFNIEMY")).GetProperty("total").GetInt64());
        Assert.Equal(0, (await GetJson(server, "/api/quotes?q=ustąpimy")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Search_filters_by_entity_and_dates()
    {
        await using ApiServer server = await StartWithSummitsAsync();

        JsonElement page = await GetJson(server, $"/api/search?q=granicy&entity={Uri.EscapeDataString(TestRecords.Poland)}&from=2024-03-06");

        Assert.Equal(2, page.GetProperty("total").GetInt64());
        Assert.Equal(0, (await GetJson(server, "/api/search?q=granicy&entity=kb%3Anobody")).GetProperty("total").GetInt64());
    }

    [Theory]
    [InlineData("/api/entities/kb%3Anobody")]
    [InlineData("/api/articles/sha256%3A0000/analysis")]
    public async Task An_unknown_id_is_a_404_problem(string path)
    {
        await using ApiServer server = await StartWithSummitsAsync();

        HttpResponseMessage response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
