using System.Text;
using Kronika.Ingest.Feeds;

namespace Kronika.Ingest.Tests.Feeds;

public sealed class FeedParserTests
{
    private static readonly Uri _feedUrl = new("https://news.example/feeds/main.xml");

    public const string Rss20 = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0">
          <channel>
            <title>Wiadomości</title>
            <link>https://news.example/</link>
            <item>
              <title>Minister odwiedził port w Gdańsku</title>
              <link>https://news.example/2025/06/port</link>
              <guid isPermaLink="false">news-123</guid>
              <pubDate>Tue, 10 Jun 2025 04:00:00 GMT</pubDate>
            </item>
            <item>
              <title>Rada przyjęła uchwałę</title>
              <link> /2025/06/uchwala </link>
            </item>
            <item>
              <description>Neither a link, a guid nor a title: nothing to know it by.</description>
            </item>
          </channel>
        </rss>
        """;

    public const string Rss10 = """
        <?xml version="1.0" encoding="utf-8"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://news.example/">
            <title>News in RDF</title>
            <link>https://news.example/</link>
          </channel>
          <item rdf:about="https://news.example/rdf/1">
            <title>Council approves new bus lanes</title>
            <link>https://news.example/rdf/1</link>
            <dc:date>2025-06-10T06:30:00+02:00</dc:date>
          </item>
        </rdf:RDF>
        """;

    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Atom news</title>
          <id>urn:uuid:feed</id>
          <updated>2025-06-10T08:00:00Z</updated>
          <entry>
            <title>Port expansion approved</title>
            <id>urn:uuid:entry-1</id>
            <link rel="alternate" href="https://news.example/atom/1"/>
            <published>2025-06-09T22:15:00-04:00</published>
            <updated>2025-06-10T08:00:00Z</updated>
          </entry>
        </feed>
        """;

    [Theory]
    [InlineData(Rss20)]
    public void An_rss_2_0_feed_gives_its_items_with_keys_links_and_dates(string xml)
    {
        Feed feed = Parse(xml);

        Assert.Equal("rss 2.0", feed.Format);
        Assert.Equal("Wiadomości", feed.Title);
        Assert.Equal(1, feed.Skipped);
        Assert.Equal(2, feed.Items.Count);
        Assert.Equal(new FeedItem("news-123", "news-123", new Uri("https://news.example/2025/06/port"), "Minister odwiedził port w Gdańsku",
            new DateTimeOffset(2025, 6, 10, 4, 0, 0, TimeSpan.Zero)), feed.Items[0]);
        // No guid: the link (resolved against the feed's URL) is the key.
        Assert.Equal(new FeedItem("https://news.example/2025/06/uchwala", null, new Uri("https://news.example/2025/06/uchwala"), "Rada przyjęła uchwałę", null),
            feed.Items[1]);
    }

    [Theory]
    [InlineData(Rss10)]
    public void An_rss_1_0_rdf_feed_gives_its_items(string xml)
    {
        Feed feed = Parse(xml);

        Assert.Equal("rss 1.0", feed.Format);
        FeedItem item = Assert.Single(feed.Items);
        Assert.Equal("https://news.example/rdf/1", item.Key);
        Assert.Equal(new Uri("https://news.example/rdf/1"), item.Link);
        Assert.Equal("Council approves new bus lanes", item.Title);
        Assert.Equal(new DateTimeOffset(2025, 6, 10, 4, 30, 0, TimeSpan.Zero), item.Published);
    }

    [Theory]
    [InlineData(Atom)]
    public void An_atom_feed_gives_its_entries_with_the_published_date(string xml)
    {
        Feed feed = Parse(xml);

        Assert.Equal("atom", feed.Format);
        Assert.Equal(new FeedItem("urn:uuid:entry-1", "urn:uuid:entry-1", new Uri("https://news.example/atom/1"), "Port expansion approved",
            new DateTimeOffset(2025, 6, 10, 2, 15, 0, TimeSpan.Zero)), Assert.Single(feed.Items));
    }

    [Theory]
    [InlineData("""<rss version="0.91"><channel><title>Old</title><item><title>Old item</title><link>https://news.example/old</link></item></channel></rss>""", "rss 0.91")]
    [InlineData("""<rss version="0.92"><channel><title>Old</title><item><title>Old item</title><link>https://news.example/old</link></item></channel></rss>""", "rss 0.92")]
    public void An_rss_0_9x_feed_is_read(string xml, string format)
    {
        Feed feed = Parse(xml);

        Assert.Equal(format, feed.Format);
        Assert.Equal(new Uri("https://news.example/old"), Assert.Single(feed.Items).Link);
    }

    [Theory]
    [InlineData("iso-8859-2", "Zażółć gęślą jaźń")]
    [InlineData("windows-1250", "Łódź i Kraków")]
    public void The_encoding_of_the_xml_declaration_is_used(string charset, string title)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string xml = $"""<?xml version="1.0" encoding="{charset}"?><rss version="2.0"><channel><title>T</title><item><title>{title}</title><guid>1</guid></item></channel></rss>""";

        FeedParse parse = FeedParser.Parse(Encoding.GetEncoding(charset).GetBytes(xml), _feedUrl);

        Assert.Equal(title, Assert.Single(parse.Feed!.Items).Title);
    }

    [Theory]
    [InlineData("""<rss version="2.0"><channel><item><title>broken</ti""", "broken XML: ")]
    [InlineData("""<rss version="2.0"><channel><item><title>a & b</title></item></channel></rss>""", "broken XML: ")]
    [InlineData("""<html><body><p>Not a feed</p></body></html>""", "not a feed: ")]
    [InlineData("""<rss version="2.0"></rss>""", "not a readable feed")]
    [InlineData("", "the feed is empty (0 bytes)")]
    [InlineData("   ", "broken XML: ")]
    public void Bytes_that_are_not_a_feed_give_a_one_line_error_not_an_exception(string text, string error)
    {
        FeedParse parse = FeedParser.Parse(Encoding.UTF8.GetBytes(text), _feedUrl);

        Assert.False(parse.Succeeded);
        Assert.Null(parse.Feed);
        Assert.StartsWith(error, parse.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', parse.Error!);
    }

    [Theory]
    [InlineData("""<rss version="2.0"><channel><item><title>Only a title</title><pubDate>Tue, 10 Jun 2025 04:00:00 GMT</pubDate></item></channel></rss>""",
        "title:Only a title@2025-06-10T04:00:00.0000000+00:00")]
    [InlineData("""<rss version="2.0"><channel><item><title>Only a title</title></item></channel></rss>""", "title:Only a title")]
    public void An_item_with_only_a_title_is_known_by_its_title_and_date(string xml, string key) =>
        Assert.Equal(key, Assert.Single(Parse(xml).Items).Key);

    [Theory]
    [InlineData("""<rss version="2.0"><channel><item><guid>g</guid><link>relative/page</link></item></channel></rss>""")]
    public void A_relative_link_without_a_feed_url_is_left_out(string xml)
    {
        FeedParse parse = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), null);

        FeedItem item = Assert.Single(parse.Feed!.Items);
        Assert.Null(item.Link);
        Assert.Equal("g", item.Key);
    }

    private static Feed Parse(string xml)
    {
        FeedParse parse = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), _feedUrl);
        Assert.True(parse.Succeeded, parse.Error);
        return parse.Feed!;
    }
}
