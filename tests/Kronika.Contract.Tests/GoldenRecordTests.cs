using Kronika.Testing;

namespace Kronika.Contract.Tests;

public sealed class GoldenRecordTests
{
    [Theory]
    [InlineData("tests/Kronika.Contract.Tests/Golden/polish-article.expected.json")]
    public void A_small_polish_article_is_written_as_the_golden_file_says(string expected)
    {
        string json = GoldenJson.Layout(KronikaJson.Serialize(ArticleContract.From(SampleDocuments.Polish())));

        Assert.Empty(KronikaSchema.Validate(json));
        Assert.Equivalent(KronikaJson.Deserialize(json), KronikaJson.Deserialize(KronikaJson.Serialize(KronikaJson.Deserialize(json), indented: true)), strict: true);
        Golden.Check(expected, json);
    }

    [Theory]
    [InlineData("tests/Kronika.Contract.Tests/Golden/full-record.expected.json")]
    public void A_record_with_every_layer_is_written_as_the_golden_file_says(string expected)
    {
        string json = GoldenJson.Layout(KronikaJson.Serialize(SampleRecords.Full()));

        Assert.Empty(KronikaSchema.Validate(json));
        Assert.Equivalent(KronikaJson.Deserialize(json), KronikaJson.Deserialize(KronikaJson.Serialize(KronikaJson.Deserialize(json), indented: true)), strict: true);
        Golden.Check(expected, json);
    }
}
