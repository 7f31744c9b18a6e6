using System.Text.Json;
using System.Text.RegularExpressions;
using Kronika.Nlp.Events;
using Kronika.Nlp.Events.Ontology;
using Kronika.Testing;

namespace Kronika.Nlp.Tests.Events.Ontology;

public sealed partial class EventOntologyTests
{
    private static readonly string[] _plover =
        ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT"];

    /// <summary>The 2021 map's names where Kronika keeps the gold records' (types.tsv says why), by the code's first two digits.</summary>
    private static string Renamed(string code, string type) => (code[..2], type) switch
    {
        ("09", "ACCUSE") => "INVESTIGATE",
        ("11", "ACCUSE") => "DISAPPROVE",
        ("10", "REQUEST") => "DEMAND",
        ("19", "ASSAULT") => "FIGHT",
        _ => type,
    };

    /// <summary>Codes where the PLOVER gold records code otherwise than the 2021 map, and the records win (cameo.tsv says so).</summary>
    private static readonly Dictionary<string, string> _recordsWin = new(StringComparer.Ordinal)
    {
        ["163"] = "SANCTION",   // "imposed sanctions on the Taliban" is SANCTION in the records
        ["1712"] = "COERCE",    // "bulldozers demolished homes" is COERCE-destroy in the records
    };

    [Fact]
    public void Loads_the_plover_types_request_and_every_cameo_code()
    {
        EventOntology ontology = EventOntology.LoadDefault();
        Assert.Equal(_plover.Append("REQUEST").Order(StringComparer.Ordinal), ontology.Types.Select(type => type.Name).Order(StringComparer.Ordinal));
        Assert.All(_plover.Append("REQUEST"), type => Assert.True(ontology.IsType(type), type));
        Assert.False(ontology.IsType("ACCUSE"));
        Assert.False(ontology.IsType("consult"));
        for (int root = 1; root <= 20; root++)
        {
            Assert.NotNull(ontology.Cameo(root.ToString("00", System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.True(ontology.Codes.Count > 300, $"only {ontology.Codes.Count} codes");
        Assert.All(ontology.Codes, code => Assert.Null(code.Type is null ? null : ontology.Problem(code.Type, code.Code, code.Mode, code.Context)));
    }

    [Theory]
    [InlineData("AGREE", QuadClass.VerbalCooperation)]
    [InlineData("REQUEST", QuadClass.VerbalCooperation)]
    [InlineData("INVESTIGATE", QuadClass.MaterialCooperation)]
    [InlineData("RETREAT", QuadClass.MaterialCooperation)]
    [InlineData("SANCTION", QuadClass.VerbalConflict)]
    [InlineData("DEMAND", QuadClass.VerbalConflict)]
    [InlineData("PROTEST", QuadClass.MaterialConflict)]
    [InlineData("FIGHT", QuadClass.MaterialConflict)]
    public void Gives_the_quad_class_of_the_plover_readme(string type, QuadClass quad) => Assert.Equal(quad, EventOntology.LoadDefault().QuadOf(type));

    [Fact]
    public void An_unknown_type_has_no_quad_class() => Assert.Throws<ArgumentException>(() => EventOntology.LoadDefault().QuadOf("ACCUSE"));

    [Theory]
    [InlineData("042", "CONSULT", "visit", null)]
    [InlineData("043", "CONSULT", "host", null)]
    [InlineData("041", "CONSULT", "phone", null)]
    [InlineData("0233", "REQUEST", "assist", "humanitarian")]
    [InlineData("072", "AID", null, "military")]
    [InlineData("163", "SANCTION", "restrict", "economic")]
    [InlineData("1124", "DISAPPROVE", "allege", "legal")]
    [InlineData("194", "FIGHT", "heavy-weapons", "military")]
    [InlineData("191", "COERCE", "restrict", "military")]
    public void A_code_gives_its_type_mode_and_context(string code, string type, string? mode, string? context)
    {
        CameoCode? found = EventOntology.LoadDefault().Cameo(code);
        Assert.NotNull(found);
        Assert.Equal((type, mode, context), (found.Type, found.Mode, found.Context));
        Assert.False(string.IsNullOrWhiteSpace(found.Label));
    }

    [Theory]
    [InlineData("01")]
    [InlineData("010")]
    [InlineData("019")]
    public void Public_statements_map_to_no_event_type(string code)
    {
        CameoCode? found = EventOntology.LoadDefault().Cameo(code);
        Assert.NotNull(found);
        Assert.Null(found.Type);
    }

    [Theory]
    [InlineData("21")]
    [InlineData("999")]
    [InlineData("")]
    [InlineData("04a")]
    public void Unknown_codes_are_null(string code) => Assert.Null(EventOntology.LoadDefault().Cameo(code));

    [Fact]
    public void Completes_a_mode_and_context_the_pattern_leaves_null()
    {
        EventOntology ontology = EventOntology.LoadDefault();
        Assert.Equal(("visit", (string?)null), ontology.Complete("042", null, null));
        Assert.Equal(("host", "economic"), ontology.Complete("043", null, "economic"));
        Assert.Equal(("phone", "military"), ontology.Complete("042", "phone", "military"));
        Assert.Equal(((string?)null, (string?)null), ontology.Complete("999", null, null));
        Assert.Equal(("assist", "military"), ontology.Complete("0232", null, null));
        var candidate = new EventCandidate("AID", "073", null, null, [0], [1], new Core.TextSpan(0, 4), 0, Core.Annotations.Modality.Asserted, 0.8, "test");
        Assert.Equal("humanitarian", ontology.Complete(candidate).Context);
    }

    [Theory]
    [InlineData("CONSULT", "042", "visit", "diplomatic", null)]
    [InlineData("ACCUSE", null, null, null, "'ACCUSE' is not an event type")]
    [InlineData("CONSULT", "057", null, null, "CAMEO 057 is SUPPORT, not CONSULT")]
    [InlineData("CONSULT", "010", null, null, "CAMEO 010 is no event type, not CONSULT")]
    [InlineData("CONSULT", "0499", null, null, "'0499' is not a CAMEO code")]
    [InlineData("CONSULT", null, "riot", null, "'riot' is not a mode of CONSULT")]
    [InlineData("CONSULT", null, null, "weather", "'weather' is not a context")]
    public void Says_what_is_wrong_with_a_pattern(string type, string? cameo, string? mode, string? context, string? problem) =>
        Assert.Equal(problem, EventOntology.LoadDefault().Problem(type, cameo, mode, context));

    [Fact]
    public void Every_code_of_the_2021_plover_map_maps_to_its_type_after_the_renames()
    {
        string path = SharedData.Require("data/en-events-plover/CAMEO2PLOVER-2021.txt");
        var expected = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path))
        {
            Match match = MapLine().Match(line);
            if (match.Success)
            {
                string code = match.Groups[1].Value;
                string type = _recordsWin.GetValueOrDefault(code) ?? Renamed(code, match.Groups[2].Value);
                (expected.TryGetValue(code, out HashSet<string>? types) ? types : expected[code] = new HashSet<string>(StringComparer.Ordinal)).Add(type);
            }
        }

        Assert.True(expected.Count > 250, $"only {expected.Count} codes read from {path}");
        EventOntology ontology = EventOntology.LoadDefault();
        var wrong = expected
            .Where(pair => ontology.Cameo(pair.Key)?.Type is not { } type || !pair.Value.Contains(type))
            .Select(pair => $"{pair.Key}: {ontology.Cameo(pair.Key)?.Type ?? "missing"}, map says {string.Join("/", pair.Value)}")
            .ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void Every_type_mode_and_context_of_the_plover_gold_records_is_known()
    {
        string path = SharedData.Require("data/en-events-plover/PLOVER_GSR_CAMEO.dev.json");
        using JsonDocument records = JsonDocument.Parse(File.ReadAllText(path));
        EventOntology ontology = EventOntology.LoadDefault();
        var unknown = new List<string>();
        int count = 0;
        foreach (JsonElement record in records.RootElement.EnumerateArray())
        {
            count++;
            string type = record.GetProperty("event").GetString()!;
            if (!ontology.IsType(type))
            {
                unknown.Add($"type {type}");
                continue;
            }

            if (record.TryGetProperty("mode", out JsonElement mode) && mode.GetString() is { Length: > 0 } name && !ontology.IsMode(type, name))
            {
                unknown.Add($"mode {type}/{name}");
            }

            string contexts = record.TryGetProperty("context", out JsonElement context) ? context.GetString() ?? string.Empty : string.Empty;
            unknown.AddRange(contexts.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(one => ontology.ContextOf(one) is null).Select(one => $"context {one}"));
        }

        Assert.Equal(161, count);
        Assert.Empty(unknown);
    }

    [Theory]
    [InlineData("AGREE\tverbal\t-\tx\n", "", "", "types.tsv:1")]
    [InlineData("AGREE\tverbal-cooperation\tVisit\tx\n", "", "", "types.tsv:1")]
    [InlineData("AGREE\tverbal-cooperation\t-\tx\nAGREE\tverbal-cooperation\t-\tx\n", "", "", "types.tsv:2")]
    [InlineData("AGREE\tverbal-cooperation\t-\tx\n", "military\t-\n", "", "contexts.tsv:1")]
    [InlineData("AGREE\tverbal-cooperation\t-\tx\n", "military\t-\tx\n", "# comment\n03\tAGREE\t-\t-\tx\n030\tAGREE\t-\t-\n", "cameo.tsv:3")]
    [InlineData("AGREE\tverbal-cooperation\t-\tx\n", "military\t-\tx\n", "03\tAGREE\t-\t-\tx\n21\tAGREE\t-\t-\tx\n", "cameo.tsv:2")]
    [InlineData("AGREE\tverbal-cooperation\t-\tx\n", "military\t-\tx\n", "03\tAGREE\t-\t-\tx\n031\tCONSULT\t-\t-\tx\n", "cameo.tsv:2")]
    [InlineData("AGREE\tverbal-cooperation\t-\tx\n", "military\t-\tx\n", "03\tAGREE\tvisit\t-\tx\n", "cameo.tsv:1")]
    [InlineData("AGREE\tverbal-cooperation\t-\tx\n", "military\t-\tx\n", "03\tAGREE\t-\tweather\tx\n", "cameo.tsv:1")]
    [InlineData("AGREE\tverbal-cooperation\t-\tx\n", "military\t-\tx\n", "03\tAGREE\t-\t-\tx\n03\tAGREE\t-\t-\tx\n", "cameo.tsv:2")]
    [InlineData("AGREE\tverbal-cooperation\t-\tx\n", "military\t-\tx\n", "0311\tAGREE\t-\t-\tx\n", "cameo.tsv:1")]
    public void A_malformed_row_is_refused_with_its_file_and_line(string types, string contexts, string cameo, string where)
    {
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => EventOntology.Load(types, contexts, cameo));
        Assert.Contains(where, error.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(\d{2,4}):\s*([A-Z]+)")]
    private static partial Regex MapLine();
}
