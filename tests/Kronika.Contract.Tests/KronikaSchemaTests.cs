using System.Text.Json.Nodes;

namespace Kronika.Contract.Tests;

public sealed class KronikaSchemaTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Records_made_by_hand_and_from_documents_validate(bool indented)
    {
        Assert.Empty(KronikaSchema.Validate(KronikaJson.Serialize(SampleRecords.Full(), indented)));
        Assert.Empty(KronikaSchema.Validate(KronikaJson.Serialize(ArticleContract.From(SampleDocuments.Polish()), indented)));
        Assert.Empty(KronikaSchema.Validate(KronikaJson.Serialize(ArticleContract.From(SampleDocuments.Unsupported()), indented)));
    }

    [Theory]
    [InlineData("https://json-schema.org/draft/2020-12/schema")]
    public void The_embedded_schema_is_draft_2020_12(string dialect)
    {
        Assert.Equal(dialect, JsonNode.Parse(KronikaSchema.Text)!["$schema"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/article/id", "sha256:ABC", "/article/id")]
    [InlineData("/article/id", "md5:" + "0123456789abcdef0123456789abcdef", "/article/id")]
    [InlineData("/format", "kronika/2", "/format")]
    [InlineData("/article/regions/0/type", "footer", "/article/regions/0/type")]
    [InlineData("/article/published_from", "guess", "/article/published_from")]
    [InlineData("/entities/0/type", "PERSON", "/entities/0/type")]
    [InlineData("/entities/0/mentions/0/via", "guess", "/entities/0/mentions/0/via")]
    [InlineData("/entities/0/id", "putin", "/entities/0/id")]
    [InlineData("/entities/0/country", "RU", "/entities/0/country")]
    [InlineData("/events/0/modality", "certain", "/events/0/modality")]
    [InlineData("/events/0/type", "MEET", "/events/0/type")]
    [InlineData("/events/0/date/precision", "week", "/events/0/date/precision")]
    [InlineData("/quotes/0/kind", "paraphrase", "/quotes/0/kind")]
    [InlineData("/rejection", "{\"stage\":\"read\",\"reason\":\"Binary\",\"detail\":\"x\"}", "/rejection")]
    public void A_wrong_value_is_refused_at_its_location(string path, string value, string location)
    {
        JsonNode record = Parse();
        Set(record, path, value.StartsWith('{') ? JsonNode.Parse(value) : JsonValue.Create(value));

        IReadOnlyList<string> errors = KronikaSchema.Validate(record.ToJsonString());

        Assert.NotEmpty(errors);
        Assert.Contains(errors, error => error.StartsWith(location, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/sentences/0/start", -1)]
    [InlineData("/article/regions/0/end", -5)]
    [InlineData("/entities/0/mentions/0/start", -1)]
    [InlineData("/events/0/confidence", 2)]
    [InlineData("/quotes/0/event", -1)]
    public void A_negative_offset_or_out_of_range_number_is_refused(string path, int value)
    {
        JsonNode record = Parse();
        Set(record, path, JsonValue.Create(value));

        Assert.Contains(KronikaSchema.Validate(record.ToJsonString()), error => error.StartsWith(path, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "rejection")]
    [InlineData("/article", "credited_source")]
    [InlineData("/article", "regions")]
    [InlineData("/entities/0", "wikidata")]
    [InlineData("/entities/0/mentions/0", "acts_for")]
    [InlineData("/events/0", "date")]
    [InlineData("/events/0/trigger", "end")]
    [InlineData("/quotes/0", "cue")]
    public void A_missing_key_is_refused(string parent, string key)
    {
        JsonNode record = Parse();
        Assert.True(Resolve(record, parent).AsObject().Remove(key));

        IReadOnlyList<string> errors = KronikaSchema.Validate(record.ToJsonString());

        Assert.Contains(errors, error => error.Contains(key, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "score")]
    [InlineData("/article", "body")]
    [InlineData("/events/0", "actors")]
    public void An_unknown_key_is_refused(string parent, string key)
    {
        JsonNode record = Parse();
        Resolve(record, parent).AsObject().Add(key, 1);

        Assert.NotEmpty(KronikaSchema.Validate(record.ToJsonString()));
    }

    [Theory]
    [InlineData("/sentences/0", 10, 5, "end 5 is before start 10")]
    [InlineData("/sentences/1", 0, 100000, "past the end of the text")]
    [InlineData("/events/0/trigger", 0, 100000, "past the end of the text")]
    [InlineData("/quotes/0/span", 9, 3, "before start")]
    public void Spans_must_run_forwards_inside_the_text(string path, int start, int end, string expected)
    {
        JsonNode record = Parse();
        Set(record, path + "/start", JsonValue.Create(start));
        Set(record, path + "/end", JsonValue.Create(end));

        IReadOnlyList<string> errors = KronikaSchema.Validate(record.ToJsonString());

        Assert.Contains(errors, error => error.StartsWith(path, StringComparison.Ordinal) && error.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/entities/0/mentions/0/text", "Putin", "differs from the text it covers")]
    [InlineData("/events/0/source/0", "kb:nobody", "no entity has the id")]
    [InlineData("/quotes/0/speaker", "kb:nobody", "no entity has the id")]
    [InlineData("/entities/1/id", "kb:putin", "used by an earlier entity")]
    public void References_and_mention_texts_must_agree_with_the_record(string path, string value, string expected)
    {
        JsonNode record = Parse();
        Set(record, path, JsonValue.Create(value));

        Assert.Contains(KronikaSchema.Validate(record.ToJsonString()), error => error.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/quotes/0/event", 7, "past the 1 events")]
    public void A_quote_may_only_point_at_an_existing_event(string path, int value, string expected)
    {
        JsonNode record = Parse();
        Set(record, path, JsonValue.Create(value));

        Assert.Contains(KronikaSchema.Validate(record.ToJsonString()), error => error.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"stage\":\"language\",\"reason\":\"unsupported_language\",\"detail\":\"x\"}")]
    public void A_rejected_record_with_layers_is_refused(string rejection)
    {
        JsonNode record = Parse();
        record["rejection"] = JsonNode.Parse(rejection);

        Assert.Contains(KronikaSchema.Validate(record.ToJsonString()), error => error.Contains("rejected record", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"format\":")]
    [InlineData("")]
    [InlineData("[]")]
    public void Malformed_json_is_one_violation_not_an_exception(string json)
    {
        Assert.NotEmpty(KronikaSchema.Validate(json));
    }

    private static JsonNode Parse() => JsonNode.Parse(KronikaJson.Serialize(SampleRecords.Full()))!;

    private static JsonNode Resolve(JsonNode root, string path)
    {
        JsonNode node = root;
        foreach (string part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = int.TryParse(part, out int index) ? node[index]! : node[part]!;
        }

        return node;
    }

    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        int slash = path.LastIndexOf('/');
        JsonNode parent = Resolve(root, path[..slash]);
        string last = path[(slash + 1)..];
        if (int.TryParse(last, out int index))
        {
            parent[index] = value;
        }
        else
        {
            parent[last] = value;
        }
    }
}
