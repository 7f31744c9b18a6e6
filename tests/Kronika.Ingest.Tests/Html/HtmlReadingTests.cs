using System.Text;
using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Ingest.Tests.Html;

public sealed class HtmlReadingTests
{
    private static readonly InputReader _reader = new();

    private static Document Read(string html, InputHints? hints = null, Encoding? encoding = null)
    {
        Document document = _reader.Read((encoding ?? Encoding.UTF8).GetBytes(html), "page.html", hints ?? InputHints.None);
        Assert.Empty(DocumentInvariants.Check(document));
        return document;
    }

    private static string[] Texts(Document document, RegionType type) =>
        [.. document.Regions.Where(region => region.Type == type).Select(region => region.Span.ToString(document.Text))];

    [Fact]
    public void The_article_is_kept_and_the_site_frame_left_out()
    {
        Document document = Read(HtmlPages.Polish());

        Assert.Null(document.Rejection);
        Assert.Equal(["Łukaszenka spotkał się z premierem Rosji"], Texts(document, RegionType.Title));
        Assert.Equal([HtmlPages.Body1], Texts(document, RegionType.Lead));
        Assert.Equal([HtmlPages.Body2, HtmlPages.Body3], Texts(document, RegionType.Paragraph));
        Assert.Equal(["Krytyka opozycji"], Texts(document, RegionType.Subheading));
        Assert.Equal(["Aleksandr Łukaszenka w Mińsku. Fot. Archiwum"], Texts(document, RegionType.Caption));
        Assert.Equal(["Fot. Archiwum"], Texts(document, RegionType.Credit));
        foreach (string furniture in (string[])["Kraj", "cookie", "Udostępnij", "Zobacz też", "Rosja zapowiada", "Najczęściej", "Wszelkie prawa", "Autor: Anna Nowak"])
        {
            Assert.DoesNotContain(furniture, document.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Debris_lines_inside_the_body_are_removed_with_their_reason()
    {
        Document document = Read(HtmlPages.Polish());

        Removal removal = Assert.Single(document.Removed, removal => removal.Text == "Czytaj także:");
        Assert.False(string.IsNullOrEmpty(removal.Reason));
        Assert.DoesNotContain("Czytaj także", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_comes_from_json_ld_and_meta_tags()
    {
        Document document = Read(HtmlPages.Polish(), new InputHints { Url = "https://wiadomosci.example.pl/a?utm=x" });
        ArticleMetadata metadata = document.Metadata;

        Assert.Equal("2024-03-15T10:20:00+01:00", metadata.Published);
        Assert.Equal("json-ld", metadata.PublishedFrom);
        Assert.Equal("2024-03-15T12:00:00+01:00", metadata.Modified);
        Assert.Equal("Anna Nowak", metadata.Author);
        Assert.Equal("Wiadomości Przykładowe", metadata.Outlet);
        Assert.Equal("pl", metadata.DeclaredLanguage);
        Assert.Equal("https://wiadomosci.example.pl/swiat/lukaszenka-premier", metadata.CanonicalUrl);
        Assert.Equal("https://wiadomosci.example.pl/a?utm=x", metadata.Url);
        Assert.Equal("utf-8", metadata.Encoding);
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2023-11-05T08:00:00Z\">", "", null, "2023-11-05T08:00:00+00:00", "meta")]
    [InlineData("", "<time datetime=\"2022-01-31\">31 stycznia</time>", null, "2022-01-31", "time")]
    [InlineData("", "", "https://example.com/news/2021/07/04/story", "2021-07-04", "url")]
    [InlineData("", "", null, null, "none")]
    public void Published_date_falls_back_from_meta_to_time_to_the_url(string head, string body, string? url, string? published, string from)
    {
        string html = $"<html><head><title>Tytuł wiadomości o czymś ważnym</title>{head}</head><body><article>{body}<p>{HtmlPages.Body1}</p><p>{HtmlPages.Body2}</p></article></body></html>";
        Document document = Read(html, new InputHints { Url = url });

        Assert.Equal(published, document.Metadata.Published);
        Assert.Equal(from, document.Metadata.PublishedFrom);
    }

    [Fact]
    public void A_carrier_date_and_title_are_used_when_the_page_has_none()
    {
        string html = $"<html><body><div><p>{HtmlPages.Body1}</p><p>{HtmlPages.Body2}</p></div></body></html>";
        Document document = Read(html, new InputHints { Published = "Fri, 15 Mar 2024 10:20:00 GMT", Title = "Tytuł z kanału RSS" });

        Assert.Equal("carrier", document.Metadata.PublishedFrom);
        Assert.StartsWith("2024-03-15", document.Metadata.Published, StringComparison.Ordinal);
        Assert.Equal(["Tytuł z kanału RSS"], Texts(document, RegionType.Title));
    }

    [Fact]
    public void Every_word_maps_back_to_its_place_in_the_html()
    {
        string html = HtmlPages.Polish();
        Document document = Read(html);

        int words = 0;
        foreach (Region region in document.Regions)
        {
            string text = region.Span.ToString(document.Text);
            int at = region.Span.Start;
            foreach (string word in text.Split(' '))
            {
                int raw = document.ToSource.ToSource(at);
                Assert.Equal(word, html.Substring(raw, word.Length));
                at += word.Length + 1;
                words++;
            }
        }

        Assert.True(words > 60, $"only {words} words checked");
    }

    [Fact]
    public void A_hidden_box_holding_the_whole_article_is_read()
    {
        // Streaming renderers send the article in a hidden box and move it into place with script.
        string html = $"<html><body><nav><a href=/>Home</a></nav><div hidden id=\"S:0\"><main><h1>Streamed headline of the story</h1><p>{HtmlPages.Body1}</p><p>{HtmlPages.Body2}</p></main></div><div aria-hidden=\"true\"><p>Hidden teaser text that readers never see, with commas, clauses, and length enough.</p></div></body></html>";
        Document document = Read(html);

        Assert.Contains(HtmlPages.Body1, document.Text, StringComparison.Ordinal);
        Assert.Contains(HtmlPages.Body2, document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden teaser", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_no_article_text_is_refused_at_clean()
    {
        Document document = Read("<html><head><title>Logowanie</title></head><body><nav><a href=/a>A</a><a href=/b>B</a></nav><form><input name=q><button>Szukaj</button></form></body></html>");

        Assert.NotNull(document.Rejection);
        Assert.Equal("clean", document.Rejection.Stage);
        Assert.Equal(RejectionReason.NoArticleText, document.Rejection.Reason);
    }

    [Fact]
    public void Broken_html_is_read_as_browsers_read_it()
    {
        string html = $"<html><body><div class=content><p>{HtmlPages.Body1}<p>{HtmlPages.Body2}<div><p>{HtmlPages.Body3}</span></b></div>";
        Document document = Read(html);

        Assert.Equal([HtmlPages.Body1, HtmlPages.Body2, HtmlPages.Body3], Texts(document, RegionType.Paragraph));
    }

    [Fact]
    public void Text_without_markup_is_still_read_as_plain_text()
    {
        Document document = Read("Tytuł\n\n" + HtmlPages.Body1 + "\n\n" + HtmlPages.Body2 + "\n");

        Assert.Null(document.Rejection);
        Assert.Contains(HtmlPages.Body1, document.Text, StringComparison.Ordinal);
        Assert.Null(document.Metadata.DeclaredLanguage);
    }
}
