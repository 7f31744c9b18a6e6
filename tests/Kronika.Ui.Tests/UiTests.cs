using System.Globalization;
using Kronika.Storage.Layers;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kronika.Ui.Tests;

/// <summary>The web UI in headless Debian Chromium against the real API over a real store of the fixture articles.</summary>
public sealed class UiTests(UiFixture fixture)
{
    private static string Article(FixtureRecord article, string mark = "") =>
        "/article?id=" + Uri.EscapeDataString(article.Id) + (mark.Length > 0 ? "&mark=" + mark : "");

    private static string Entity(string key) => "/entity?id=" + Uri.EscapeDataString("kb:" + key);

    [Fact]
    public async Task Smoke_the_browser_states_its_version_and_the_home_page_lists_the_articles()
    {
        await using BrowserPage browser = await BrowserPage.OpenAsync(fixture);
        string version = fixture.Browser.Version;
        string stated = $"Chromium {version} ({UiFixture.ChromiumPath}) through Microsoft.Playwright {typeof(IPage).Assembly.GetName().Version}";
        TestContext.Current.TestOutputHelper?.WriteLine(stated);
        await File.WriteAllTextAsync(Path.Combine(UiFixture.Screenshots, "browser.txt"), stated + "\n", TestContext.Current.CancellationToken);

        await browser.GoAsync("/");

        Assert.Matches(@"^\d+\.\d+\.\d+\.\d+$", version);
        await Expect(browser.Page.Locator("ol.articles > li")).ToHaveCountAsync(Fixtures.All.Count);
        await Expect(browser.Page.Locator("ol.articles")).ToContainTextAsync(Fixtures.Drones.Title);
        await browser.ScreenshotAsync("home");
        browser.AssertClean();
    }

    [Fact]
    public async Task The_article_view_marks_every_mention_trigger_and_quote_of_the_record()
    {
        await using BrowserPage browser = await BrowserPage.OpenAsync(fixture);
        Kronika.Contract.AnalysisRecord record = Fixtures.Visit.Build();

        await browser.GoAsync(Article(Fixtures.Visit));
        IPage page = browser.Page;

        // Every mark is drawn, nested marks included ("Polski" inside "premiera Polski").
        int mentions = record.Entities.Sum(entity => entity.Mentions.Count);
        Assert.Equal(mentions, await page.EvaluateAsync<int>("() => new Set([...document.querySelectorAll('article.text [data-kind=mention]')].map(e => e.dataset.ann)).size"));
        Assert.Equal(record.Events.Count, await page.Locator("article.text mark.trigger").CountAsync());
        Assert.Equal(record.Quotes.Count, await page.EvaluateAsync<int>("() => new Set([...document.querySelectorAll('article.text [data-kind=quote]')].map(e => e.dataset.ann)).size"));
        // The marks cover exactly the words of their spans.
        foreach ((Kronika.Contract.EntityRecord entity, int e) in record.Entities.Select((entity, e) => (entity, e)))
        {
            for (int m = 0; m < entity.Mentions.Count; m++)
            {
                string shown = await page.EvaluateAsync<string>($"() => [...document.querySelectorAll('[data-ann=\"m{e}.{m}\"]')].map(x => x.textContent).join('')");
                Assert.Equal(entity.Mentions[m].Text, shown);
            }
        }

        ILocator role = page.Locator("mark.mention.type-PER", new() { HasText = "premiera Polski" });
        await Expect(role.Locator("mark.mention.type-GPE")).ToHaveTextAsync("Polski");
        await Expect(page.Locator("mark.trigger.verbal_cooperation")).ToHaveTextAsync("gościł");
        await Expect(page.Locator("article.text span.quote.direct")).ToHaveTextAsync("Będziemy wspólnie bronić naszej granicy");
        await Expect(page.Locator("article.text h1")).ToHaveTextAsync(Fixtures.Visit.Title);
        await browser.ScreenshotAsync("article");
        browser.AssertClean();
    }

    [Fact]
    public async Task Clicking_a_trigger_explains_the_event_and_lights_its_evidence()
    {
        await using BrowserPage browser = await BrowserPage.OpenAsync(fixture);
        await browser.GoAsync(Article(Fixtures.Visit));
        IPage page = browser.Page;

        await page.Locator("mark.trigger", new() { HasText = "gościł" }).ClickAsync();

        ILocator panel = page.Locator("aside.panel section.explain.event");
        await Expect(panel.Locator("h2")).ToContainTextAsync("CONSULT");
        await Expect(panel).ToContainTextAsync("CONSULT (CAMEO 043), mode visit");
        await Expect(panel.Locator("dd").Nth(1)).ToHaveTextAsync("Gitanas Nausėda");
        await Expect(panel.Locator("dd").Nth(2)).ToHaveTextAsync("Donald Tusk");
        await Expect(panel.Locator("dd").Nth(3)).ToHaveTextAsync("Vilnius");
        await Expect(panel).ToContainTextAsync("2024-03-12, to the day (\"we wtorek\"), anchored on the publication date");
        await Expect(panel.Locator("q.trigger-words")).ToHaveTextAsync("gościł");
        await Expect(panel.Locator("meter")).ToHaveAttributeAsync("value", "0.82");
        await Expect(panel.Locator("ol.evidence li")).ToHaveCountAsync(2);
        await Expect(panel.Locator("ol.evidence li").Nth(1)).ToHaveTextAsync("Politycy rozmawiali o ochronie granicy z Białorusią.");
        Assert.Equal(2, await page.EvaluateAsync<int>("() => CSS.highlights.get('evidence')?.size ?? 0"));
        Assert.Contains("mark=e0", page.Url, StringComparison.Ordinal);
        await browser.ScreenshotAsync("article-event");

        // A place that stands for its state says so; a quote names its speaker and its speech verb.
        await page.Locator("mark.mention", new() { HasText = "Mińsku" }).ClickAsync();
        await Expect(page.Locator("aside.panel section.explain.mention")).ToContainTextAsync("Stands for");
        await Expect(page.Locator("aside.panel section.explain.mention")).ToContainTextAsync("Belarus");
        await page.Locator("span.cue", new() { HasText = "powiedział" }).ClickAsync();
        ILocator quote = page.Locator("aside.panel section.explain.quote");
        await Expect(quote).ToContainTextAsync("Gitanas Nausėda");
        await Expect(quote).ToContainTextAsync("“powiedział”");
        await Expect(quote.Locator("blockquote.said")).ToHaveTextAsync("Będziemy wspólnie bronić naszej granicy");
        browser.AssertClean();
    }

    [Fact]
    public async Task An_actor_leads_from_the_article_to_its_entity_page_with_its_forms_events_and_quotes()
    {
        await using BrowserPage browser = await BrowserPage.OpenAsync(fixture);
        await browser.GoAsync(Article(Fixtures.Visit, "e0"));
        IPage page = browser.Page;

        await page.Locator("aside.panel section.explain.event dd a", new() { HasText = "Gitanas Nausėda" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/entity?id=", StringComparison.Ordinal));
        await browser.ReadyAsync();

        await Expect(page.Locator("h1")).ToContainTextAsync("Gitanas Nausėda");
        ILocator forms = page.Locator("table.forms tbody tr");
        await Expect(forms).ToHaveCountAsync(2);
        await Expect(page.Locator("table.forms")).ToContainTextAsync("Nausėda2");
        await Expect(page.Locator("table.forms")).ToContainTextAsync("Gitanas Nausėda1");
        await Expect(page.Locator("section.entity-events li.event")).ToHaveCountAsync(1);
        await Expect(page.Locator("section.entity-events li.event")).ToHaveAttributeAsync("data-type", "CONSULT");
        await Expect(page.Locator("section.entity-quotes blockquote")).ToHaveTextAsync("Będziemy wspólnie bronić naszej granicy");
        await Expect(page.Locator("section.entity-articles ol.articles li")).ToHaveCountAsync(1);
        await browser.ScreenshotAsync("entity");

        // and back: the event's article link opens the article with the event chosen
        await page.Locator("section.entity-events li.event .sentence a").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/article?id=", StringComparison.Ordinal));
        await browser.ReadyAsync();
        await Expect(page.Locator("aside.panel section.explain.event h2")).ToContainTextAsync("CONSULT");
        browser.AssertClean();
    }

    [Fact]
    public async Task The_timeline_filters_by_type_modality_actor_and_dates()
    {
        await using BrowserPage browser = await BrowserPage.OpenAsync(fixture);
        await browser.GoAsync("/timeline");
        IPage page = browser.Page;
        int all = Fixtures.All.Sum(article => article.Build().Events.Count);
        await Expect(page.Locator("li.event")).ToHaveCountAsync(all);
        // One bar a day from the first to the last day, each as tall as its events.
        Assert.Equal(all, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('svg.timeline g.bar')].reduce((n, g) => n + Number(g.dataset.events), 0)"));
        await Expect(page.Locator("svg.timeline g.bar[data-day='2024-03-12']")).ToHaveAttributeAsync("data-events", "3");

        await page.SelectOptionAsync("form.filters select[name=type]", "THREATEN");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForURLAsync(url => url.EndsWith("/timeline?type=THREATEN", StringComparison.Ordinal));
        await browser.ReadyAsync();
        ILocator events = page.Locator("li.event");
        await Expect(events).ToHaveCountAsync(2);
        foreach (ILocator item in await events.AllAsync())
        {
            await Expect(item).ToHaveAttributeAsync("data-type", "THREATEN");
        }

        await browser.ScreenshotAsync("timeline");

        await browser.GoAsync("/timeline?modality=hypothetical");
        await Expect(page.Locator("li.event")).ToHaveCountAsync(1);
        await Expect(page.Locator("li.event")).ToHaveAttributeAsync("data-type", "AID");
        await Expect(page.Locator("form.filters select[name=modality]")).ToHaveValueAsync("hypothetical");

        await browser.GoAsync("/timeline?actor=" + Uri.EscapeDataString("kb:" + Fixtures.Lukashenko));
        await Expect(page.Locator("li.event")).ToHaveCountAsync(2);

        await page.FillAsync("form.filters input[name=actor]", "");
        await page.FillAsync("form.filters input[name=from]", "2024-03-13");
        await page.FillAsync("form.filters input[name=to]", "2024-03-31");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForURLAsync(url => url.EndsWith("/timeline?from=2024-03-13&to=2024-03-31", StringComparison.Ordinal));
        await browser.ReadyAsync();
        await Expect(page.Locator("li.event")).ToHaveCountAsync(2);
        await Expect(page.Locator("li.event time").First).ToHaveTextAsync("2024-03-14");
        browser.AssertClean();
    }

    [Fact]
    public async Task The_network_draws_each_pair_of_actors_weighted_and_coloured_by_its_events()
    {
        await using BrowserPage browser = await BrowserPage.OpenAsync(fixture);
        await browser.GoAsync("/network");
        IPage page = browser.Page;

        ILocator belarus = page.Locator($"svg.network path.edge[data-source='kb:{Fixtures.Belarus}'][data-target='kb:{Fixtures.Lithuania}']");
        await Expect(belarus).ToHaveAttributeAsync("data-total", "2");
        await Expect(belarus).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bverbal_conflict\b"));
        ILocator aid = page.Locator($"svg.network path.edge[data-source='kb:{Fixtures.Poland}'][data-target='kb:{Fixtures.Lithuania}']");
        await Expect(aid).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bmaterial_cooperation\b"));
        // the heavier pair is drawn wider
        double wide = double.Parse(await belarus.GetAttributeAsync("stroke-width") ?? "0", CultureInfo.InvariantCulture);
        double narrow = double.Parse(await aid.GetAttributeAsync("stroke-width") ?? "0", CultureInfo.InvariantCulture);
        Assert.True(wide > narrow, $"2 events drawn {wide} wide, 1 event {narrow}");
        int edges = await page.Locator("svg.network path.edge").CountAsync();
        Assert.Equal(edges, await page.Locator("table.pairs tbody tr").CountAsync());
        // every node lies inside the picture, and no two on top of each other
        double[][] points = await page.EvaluateAsync<double[][]>("() => [...document.querySelectorAll('svg.network .node circle')].map(c => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))])");
        Assert.True(points.Length >= 4);
        Assert.All(points, point => Assert.True(point[0] is > 0 and < 900 && point[1] is > 0 and < 560, $"node at {point[0]},{point[1]}"));
        for (int i = 0; i < points.Length; i++)
        {
            for (int j = i + 1; j < points.Length; j++)
            {
                double dx = points[i][0] - points[j][0];
                double dy = points[i][1] - points[j][1];
                Assert.True(Math.Sqrt((dx * dx) + (dy * dy)) > 20, "two nodes overlap");
            }
        }

        await browser.ScreenshotAsync("network");
        await page.Locator($"svg.network a.node[data-id='kb:{Fixtures.Belarus}']").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/entity?id=", StringComparison.Ordinal));
        await browser.ReadyAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Belarus");
        browser.AssertClean();
    }

    [Fact]
    public async Task The_map_puts_each_event_place_where_its_coordinates_are()
    {
        await using BrowserPage browser = await BrowserPage.OpenAsync(fixture);
        await browser.GoAsync("/map");
        IPage page = browser.Page;

        ILocator vilnius = page.Locator($"svg.map g.place[data-id='kb:{Fixtures.Vilnius}']");
        ILocator warsaw = page.Locator($"svg.map g.place[data-id='kb:{Fixtures.Warsaw}']");
        await Expect(vilnius).ToHaveAttributeAsync("data-events", "2");
        await Expect(warsaw).ToHaveAttributeAsync("data-events", "1");
        // Warsaw (21.0°E, 52.2°N) lies west and south of Vilnius (25.3°E, 54.7°N): left of it and lower on the picture.
        double[] v = await vilnius.Locator("circle").EvaluateAsync<double[]>("c => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]");
        double[] w = await warsaw.Locator("circle").EvaluateAsync<double[]>("c => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]");
        Assert.True(w[0] < v[0] && w[1] > v[1], $"Warsaw at {w[0]},{w[1]}, Vilnius at {v[0]},{v[1]}");
        // equirectangular: the same scale in both directions, so the offsets keep the degrees' ratio
        Assert.Equal((25.2798 - 21.0118) / (54.6892 - 52.2298), (v[0] - w[0]) / (w[1] - v[1]), 1);
        await Expect(page.Locator("svg.map .graticule line").First).ToBeAttachedAsync();

        await vilnius.ClickAsync();
        await Expect(page.Locator("section.place-events li.event")).ToHaveCountAsync(2);
        await browser.ScreenshotAsync("map");
        browser.AssertClean();
    }

    [Fact]
    public async Task Search_finds_an_article_by_its_words_and_by_a_base_form()
    {
        await using BrowserPage browser = await BrowserPage.OpenAsync(fixture);
        await browser.GoAsync("/");
        IPage page = browser.Page;

        await page.FillAsync("header form.search input[name=q]", "drony");
        await page.PressAsync("header form.search input[name=q]", "Enter");
        await page.WaitForURLAsync(url => url.EndsWith("/search?q=drony", StringComparison.Ordinal));
        await browser.ReadyAsync();
        await Expect(page.Locator("section.results.articles ol.articles li")).ToHaveCountAsync(1);
        await Expect(page.Locator("section.results.articles")).ToContainTextAsync(Fixtures.Drones.Title);
        await browser.ScreenshotAsync("search");

        // "Wilno" is only a base form: the text says "Wilnie".
        await browser.GoAsync("/search?q=Wilno");
        await Expect(page.Locator("section.results.articles")).ToContainTextAsync(Fixtures.Visit.Title);
        await Expect(page.Locator("section.results.entities")).ToContainTextAsync("Vilnius");
        await page.Locator("section.results.articles a", new() { HasText = Fixtures.Visit.Title }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/article?id=", StringComparison.Ordinal));
        await browser.ReadyAsync();
        await Expect(page.Locator("article.text h1")).ToHaveTextAsync(Fixtures.Visit.Title);
        browser.AssertClean();
    }

    [Fact]
    public async Task The_pages_quad_classes_are_the_stores()
    {
        await using BrowserPage browser = await BrowserPage.OpenAsync(fixture);
        await browser.GoAsync("/");

        string[][] table = await browser.Page.EvaluateAsync<string[][]>("async () => Object.entries((await import('/ui/labels.js')).quadClassOf)");

        Assert.Equal(19, table.Length); // the 18 PLOVER types and REQUEST
        Assert.All(table, row => Assert.Equal(QuadClass.NameOf(QuadClass.Of(row[0]) ?? 0), row[1]));
    }
}
