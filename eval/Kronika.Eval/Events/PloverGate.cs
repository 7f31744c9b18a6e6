using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Knowledge;
using Kronika.Nlp;
using Kronika.Testing;

namespace Kronika.Eval.Events;

/// <summary>English events on PLOVER's gold-standard records (the dev half, 161 sentences from the CAMEO manual coded
/// in PLOVER) and, as a second check nobody tuned on, on PETRARCH2's unit-test and validation records; figures held
/// above the floors <c>plover_events</c> in eval/floors.json.</summary>
/// <remarks>
/// <para>Each record's sentence runs alone through the whole pipeline (language, mentions, events). An output event
/// counts unless it is negated or denied (a "did not attack" is no assault).</para>
/// <para>(a) <c>type_found</c>: the share of the 161 records with an output event of the gold type.</para>
/// <para>(b) <c>full_event_f1</c>: on the records whose gold source and gold target each carry at least one ISO 3166-1
/// alpha-3 code the knowledge base knows (IGO, NGO and other non-state codes are left out of the code sets), an output
/// event matches when its type equals the gold type and the countries of its source entities
/// (<see cref="Entity.Country"/>; a country entity's own code) intersect the gold source codes and the countries of its
/// target entities intersect the gold target codes (for CONSULT, also the other way round). Precision: matching output
/// events over all output events of those records; recall: records with a matching output event over those records (one
/// gold event each); F1 their harmonic mean.</para>
/// <para>(c) <c>petrarch_root_share</c>: over the PETRARCH2 unit-test records and UniversalPetrarch's validation records
/// (sentences with an expected CAMEO code of root 02 to 20; 01 statements are outside Kronika's ontology), the share
/// whose expected root (the code's first two digits) is the root of an output event's CAMEO code. Their actors are
/// invented states (Arnor, Gondor) the knowledge base does not know, so this checks the patterns and the clause logic,
/// not linking.</para>
/// Set <c>PLOVER_DUMP</c> to a file path to write each record's gold and output side by side.
/// </remarks>
public sealed partial class PloverGate
{
    private const string FloorKey = "plover_events";

    [Fact]
    public void Events_on_PLOVER_dev_and_PETRARCH_records_stay_above_the_floors()
    {
        string plover = SharedData.Require("data/en-events-plover/PLOVER_GSR_CAMEO.dev.json");
        string petrarch = SharedData.Require("data/en-events-petrarch");
        Pipeline pipeline = PipelineFactory.Create();
        KnowledgeBase knowledge = KnowledgeBase.LoadDefault();
        var dump = Environment.GetEnvironmentVariable("PLOVER_DUMP") is { Length: > 0 } ? new StringBuilder() : null;

        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(plover));
        int records = 0;
        int typeFound = 0;
        int eligible = 0;
        int recalled = 0;
        int output = 0;
        int matched = 0;
        var perType = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        foreach (JsonElement record in json.RootElement.EnumerateArray())
        {
            string type = record.GetProperty("event").GetString()!;
            string text = record.GetProperty("text").GetString()!;
            HashSet<string> sourceCodes = Codes(record, "source", knowledge);
            HashSet<string> targetCodes = Codes(record, "target", knowledge);
            Document document = Run(pipeline, text);
            List<ReportedEvent> events = [.. document.Events.Where(@event => @event.Modality is not (Modality.Negated or Modality.Denied))];
            records++;
            int[] counts = perType.TryGetValue(type, out int[]? existing) ? existing : perType[type] = new int[4];
            counts[0]++;
            bool found = events.Any(@event => @event.Type == type);
            typeFound += found ? 1 : 0;
            counts[1] += found ? 1 : 0;
            bool hit = false;
            if (sourceCodes.Count > 0 && targetCodes.Count > 0)
            {
                eligible++;
                counts[2]++;
                output += events.Count;
                foreach (ReportedEvent @event in events)
                {
                    if (Matches(document, @event, type, sourceCodes, targetCodes))
                    {
                        matched++;
                        hit = true;
                    }
                }

                recalled += hit ? 1 : 0;
                counts[3] += hit ? 1 : 0;
            }

            dump?.Append(found ? "T+ " : "T- ").Append(hit ? "F+ " : "F- ").Append(type).Append(' ')
                .Append(string.Join('|', sourceCodes)).Append(" > ").Append(string.Join('|', targetCodes)).Append(" :: ").AppendLine(text)
                .AppendJoin("", events.Select(@event => "    " + Describe(document, @event) + "\n"));
        }

        (int sentences, int rootFound) = Petrarch(pipeline, petrarch, dump);
        double typeShare = (double)typeFound / records;
        double precision = output == 0 ? 0 : (double)matched / output;
        double recall = eligible == 0 ? 0 : (double)recalled / eligible;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double rootShare = sentences == 0 ? 0 : (double)rootFound / sentences;
        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"PLOVER dev: type found {typeFound}/{records} = {typeShare:F4}; full events on {eligible} records with country codes: ")
            .Append(CultureInfo.InvariantCulture, $"precision {matched}/{output} = {precision:F4}, recall {recalled}/{eligible} = {recall:F4}, F1 {f1:F4}\n");
        foreach ((string type, int[] counts) in perType)
        {
            report.Append(CultureInfo.InvariantCulture, $"  {type,-12} records {counts[0],3}  type found {counts[1],3}  with codes {counts[2],3}  full match {counts[3],3}\n");
        }

        report.Append(CultureInfo.InvariantCulture, $"PETRARCH records: expected CAMEO root found {rootFound}/{sentences} = {rootShare:F4}");
        string line = report.ToString();
        TestContext.Current.SendDiagnosticMessage(line);
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        if (dump is not null)
        {
            File.WriteAllText(Environment.GetEnvironmentVariable("PLOVER_DUMP")!, dump.ToString());
        }

        Assert.Equal(161, records);
        Floors.AssertAtLeast(FloorKey, "type_found", typeShare);
        Floors.AssertAtLeast(FloorKey, "full_event_precision", precision);
        Floors.AssertAtLeast(FloorKey, "full_event_recall", recall);
        Floors.AssertAtLeast(FloorKey, "full_event_f1", f1);
        Floors.AssertAtLeast(FloorKey, "petrarch_root_share", rootShare);
    }

    /// <summary>The ISO alpha-3 codes of a record's source or target actors that name a country of the base.</summary>
    private static HashSet<string> Codes(JsonElement record, string side, KnowledgeBase knowledge)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        if (record.TryGetProperty(side, out JsonElement actors) && actors.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement actor in actors.EnumerateArray())
            {
                if (actor.ValueKind == JsonValueKind.Object && actor.TryGetProperty("code", out JsonElement code) && code.GetString() is { Length: 3 } text
                    && knowledge.CountryByCode(text) is { } country && country.Alpha3 == text)
                {
                    codes.Add(text);
                }
            }
        }

        return codes;
    }

    private static bool Matches(Document document, ReportedEvent @event, string type, HashSet<string> sourceCodes, HashSet<string> targetCodes)
    {
        if (@event.Type != type)
        {
            return false;
        }

        HashSet<string> source = Countries(document, @event.Source);
        HashSet<string> target = Countries(document, @event.Target);
        return (source.Overlaps(sourceCodes) && target.Overlaps(targetCodes))
            || (type == "CONSULT" && source.Overlaps(targetCodes) && target.Overlaps(sourceCodes));
    }

    private static HashSet<string> Countries(Document document, IEnumerable<int> entities) =>
        [.. entities.Select(entity => document.Entities[entity].Country).OfType<string>()];

    /// <summary>The PETRARCH records' sentences with an expected root in 02..20, and how many of them the output codes.</summary>
    private static (int Sentences, int Found) Petrarch(Pipeline pipeline, string folder, StringBuilder? dump)
    {
        int sentences = 0;
        int found = 0;
        foreach (string file in (string[])["petrarch2/PETR.UnitTest.records.xml", "ud-petrarch-dev-validate/PETR_Validate_records_2_02.xml"])
        {
            string xml = File.ReadAllText(Path.Combine(folder, file));
            foreach (Match sentence in SentencePattern().Matches(xml))
            {
                string body = sentence.Groups[2].Value;
                Match text = TextPattern().Match(body);
                var roots = CodePattern().Matches(body).Select(code => code.Groups[1].Value[..2]).Where(root => root is not ("00" or "01")).ToHashSet(StringComparer.Ordinal);
                if (!text.Success || roots.Count == 0 || sentence.Groups[1].Value.Contains("evaluate=\"false\"", StringComparison.Ordinal))
                {
                    continue;
                }

                string content = WebUtility.HtmlDecode(string.Join(' ', text.Groups[1].Value.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)));
                Document document = Run(pipeline, content);
                bool hit = document.Events.Any(@event => @event.Modality is not (Modality.Negated or Modality.Denied) && @event.Cameo is { Length: >= 2 } cameo && roots.Contains(cameo[..2]));
                sentences++;
                found += hit ? 1 : 0;
                dump?.Append(hit ? "P+ " : "P- ").Append(string.Join('|', roots)).Append(" :: ").AppendLine(content)
                    .AppendJoin("", document.Events.Select(@event => "    " + Describe(document, @event) + "\n"));
            }
        }

        return (sentences, found);
    }

    private static Document Run(Pipeline pipeline, string text)
    {
        var document = new Document
        {
            Id = Document.IdOf(text),
            Input = "plover",
            Text = text,
            Language = null,
            Regions = [new Region(RegionType.Paragraph, new TextSpan(0, text.Length))],
        };
        return pipeline.Run(document, TestContext.Current.CancellationToken);
    }

    private static string Describe(Document document, ReportedEvent @event) =>
        $"{@event.Type} {@event.Cameo} {@event.Modality} [{@event.Trigger.ToString(document.Text)}] "
        + $"{string.Join(',', @event.Source.Select(entity => document.Entities[entity].Name + "/" + document.Entities[entity].Country))} > "
        + $"{string.Join(',', @event.Target.Select(entity => document.Entities[entity].Name + "/" + document.Entities[entity].Country))} ({@event.Pattern})";

    [GeneratedRegex("<Sentence ([^>]*)>(.*?)</Sentence>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex SentencePattern();

    [GeneratedRegex("<Text>(.*?)</Text>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex TextPattern();

    [GeneratedRegex("eventcode=\"([0-9]{2,4})", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
