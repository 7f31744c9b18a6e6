using System.Text.Json;

namespace Kronika.Contract.Tests;

public sealed class KronikaJsonTests
{
    [Theory]
    [InlineData("Łukaszenka")]
    [InlineData("„współpracy we trójkę”")]
    public void Polish_letters_and_quotation_marks_are_written_as_they_are(string expected)
    {
        string json = KronikaJson.Serialize(ArticleContract.From(SampleDocuments.Polish()));

        Assert.Contains(expected, json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"rejection\":null")]
    [InlineData("\"credited_source\":\"UNIAN\"")]
    [InlineData("\"published_from\":\"meta\"")]
    [InlineData("\"format\":\"kronika/1\"")]
    [InlineData("\"resolved_from\":null")]
    [InlineData("\"cue\":null")]
    public void Keys_are_snake_case_and_nulls_are_written(string expected)
    {
        string json = KronikaJson.Serialize(ArticleContract.From(SampleDocuments.Polish())) + KronikaJson.Serialize(SampleRecords.Full());

        Assert.Contains(expected, json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"names\":{\"en\":\"Vladimir Putin\",\"pl\":\"Władimir Putin\"}")]
    public void Language_keys_of_names_are_kept_as_given(string expected)
    {
        Assert.Contains(expected, KronikaJson.Serialize(SampleRecords.Full()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Serialize_and_deserialize_round_trip(bool indented)
    {
        foreach (AnalysisRecord record in new[] { SampleRecords.Full(), ArticleContract.From(SampleDocuments.Polish()), ArticleContract.From(SampleDocuments.Unsupported()) })
        {
            string json = KronikaJson.Serialize(record, indented);

            AnalysisRecord back = KronikaJson.Deserialize(json);

            Assert.Equivalent(record, back, strict: true);
            Assert.Equal(json, KronikaJson.Serialize(back, indented));
        }
    }

    [Theory]
    [InlineData(true, "\n  \"input\"")]
    [InlineData(false, "{\"format\":\"kronika/1\",\"input\"")]
    public void Indentation_is_optional_and_uses_line_feeds(bool indented, string expected)
    {
        string json = KronikaJson.Serialize(SampleRecords.Full(), indented);

        Assert.Contains(expected, json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"rejection\":null,", "")]
    [InlineData("\"format\":\"kronika/1\",", "")]
    [InlineData("\"rejection\":null", "\"rejection\":null,\"extra\":1")]
    [InlineData("\"published_from\":\"json-ld\"", "\"published_from\":null")]
    [InlineData("\"sentences\":[", "\"sentences\":\"none\",\"x\":[")]
    public void Deserialize_refuses_records_that_break_the_contract(string find, string replace)
    {
        string json = KronikaJson.Serialize(SampleRecords.Full());
        Assert.Contains(find, json, StringComparison.Ordinal);

        Assert.ThrowsAny<JsonException>(() => KronikaJson.Deserialize(json.Replace(find, replace, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("null")]
    public void Deserialize_refuses_a_null_record(string json)
    {
        Assert.ThrowsAny<JsonException>(() => KronikaJson.Deserialize(json));
    }
}
