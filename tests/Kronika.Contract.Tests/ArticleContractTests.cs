using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Contract.Tests;

public sealed class ArticleContractTests
{
    [Theory]
    [InlineData(SampleDocuments.Title, SampleDocuments.Lead)]
    public void Title_and_lead_come_from_their_regions(string title, string lead)
    {
        AnalysisRecord record = ArticleContract.From(SampleDocuments.Polish());

        Assert.Equal(title, record.Article.Title);
        Assert.Equal(lead, record.Article.Lead);
    }

    [Theory]
    [InlineData("Tylko akapit bez tytułu.")]
    public void Title_and_lead_are_null_without_their_regions(string text)
    {
        var document = new Document
        {
            Id = Document.IdOf(text),
            Input = "-",
            Text = text,
            Regions = [new Region(RegionType.Paragraph, new TextSpan(0, text.Length))],
        };

        AnalysisRecord record = ArticleContract.From(document);

        Assert.Null(record.Article.Title);
        Assert.Null(record.Article.Lead);
        Assert.Empty(KronikaSchema.Validate(KronikaJson.Serialize(record)));
    }

    [Theory]
    [InlineData("title,lead,subheading,paragraph,caption,credit")]
    public void Regions_keep_their_order_and_snake_case_names(string expected)
    {
        AnalysisRecord record = ArticleContract.From(SampleDocuments.Polish());

        Assert.Equal(expected, string.Join(',', record.Article.Regions.Select(region => region.Type)));
        RegionRecord credit = record.Article.Regions[^1];
        Assert.Equal(SampleDocuments.Credit, record.Article.Text[credit.Start..credit.End]);
    }

    [Theory]
    [InlineData(RegionType.QuoteBlock, "quote_block")]
    [InlineData(RegionType.Subheading, "subheading")]
    public void Region_types_are_written_in_snake_case(RegionType type, string expected)
    {
        Assert.Equal(expected, ArticleContract.NameOf(type));
    }

    [Theory]
    [InlineData(RejectionReason.UnsupportedLanguage, "unsupported_language")]
    [InlineData(RejectionReason.NoArticleText, "no_article_text")]
    [InlineData(RejectionReason.TooLarge, "too_large")]
    [InlineData(RejectionReason.Empty, "empty")]
    public void Rejection_reasons_are_written_in_snake_case(RejectionReason reason, string expected)
    {
        Assert.Equal(expected, ArticleContract.NameOf(reason));
    }

    [Theory]
    [InlineData(6)]
    public void Sentences_metadata_and_removals_are_carried_over(int sentences)
    {
        Document document = SampleDocuments.Polish();
        Assert.Empty(DocumentInvariants.Check(document));

        AnalysisRecord record = ArticleContract.From(document);

        Assert.Equal(sentences, record.Sentences.Count);
        Assert.Equal(document.Sentences[3].Span.ToString(document.Text), record.Article.Text[record.Sentences[3].Start..record.Sentences[3].End]);
        Assert.Equal(document.Id, record.Article.Id);
        Assert.Equal("UNIAN", record.Article.CreditedSource);
        Assert.Equal("meta", record.Article.PublishedFrom);
        Assert.Equal("pl", record.Article.Language);
        Assert.Equal(new RemovalRecord { Text = "Polecamy", Reason = "recommended", Start = 120, End = 128 }, record.Article.Removed[0]);
        Assert.Empty(record.Entities);
        Assert.Empty(record.Events);
        Assert.Empty(record.Quotes);
        Assert.Null(record.Rejection);
        Assert.Equal(record.Input, record.Article.Input);
    }

    [Theory]
    [InlineData("language", "unsupported_language", "de")]
    public void A_rejected_document_keeps_its_identity_and_nothing_else(string stage, string reason, string language)
    {
        Document document = SampleDocuments.Unsupported();

        AnalysisRecord record = ArticleContract.From(document);

        Assert.Equal(new RejectionRecord { Stage = stage, Reason = reason, Detail = document.Rejection!.Detail }, record.Rejection);
        Assert.Equal(document.Id, record.Article.Id);
        Assert.Equal(document.Input, record.Input);
        Assert.Equal(language, record.Article.Language);
        Assert.Equal(string.Empty, record.Article.Text);
        Assert.Empty(record.Article.Regions);
        Assert.Empty(record.Article.Removed);
        Assert.Null(record.Article.Title);
        Assert.Null(record.Article.CreditedSource);
        Assert.Empty(record.Sentences);
        Assert.Empty(KronikaSchema.Validate(KronikaJson.Serialize(record)));
    }

    [Theory]
    [InlineData("empty.txt")]
    public void A_document_refused_before_it_had_text_validates(string input)
    {
        Document document = Document.Refused(input, [], new Rejection("read", RejectionReason.Empty, "The file is empty."));

        string json = KronikaJson.Serialize(ArticleContract.From(document));

        Assert.Empty(KronikaSchema.Validate(json));
        Assert.Contains("\"language\":null", json, StringComparison.Ordinal);
    }
}
