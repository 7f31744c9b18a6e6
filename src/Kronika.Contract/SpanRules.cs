using System.Text.Json;

namespace Kronika.Contract;

/// <summary>The rules of <c>kronika/1</c> that JSON Schema cannot state: spans with <c>start &lt;= end</c> inside the text,
/// mention texts equal to what they cover, references to entities and events that exist, empty layers after a rejection.</summary>
/// <remarks>Runs only on a record the schema accepted, so every key and type is already known to be there.</remarks>
internal static class SpanRules
{
    public static IReadOnlyList<string> Check(JsonElement root)
    {
        var violations = new List<string>();
        JsonElement article = root.GetProperty("article");
        string text = article.GetProperty("text").GetString()!;

        foreach ((string name, JsonElement region, int index) in Items(article, "regions"))
        {
            CheckSpan($"/article/{name}/{index}", region, text.Length, violations);
        }

        foreach ((string name, JsonElement removal, int index) in Items(article, "removed"))
        {
            // Removed text lies in the raw input, whose length is not in the record: only the order of the ends can be checked.
            CheckSpan($"/article/{name}/{index}", removal, int.MaxValue, violations);
        }

        foreach ((string name, JsonElement sentence, int index) in Items(root, "sentences"))
        {
            CheckSpan($"/{name}/{index}", sentence, text.Length, violations);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach ((_, JsonElement entity, int index) in Items(root, "entities"))
        {
            string id = entity.GetProperty("id").GetString()!;
            if (!ids.Add(id))
            {
                violations.Add($"/entities/{index}/id: the id '{id}' is used by an earlier entity");
            }
        }

        CheckEntities(root, text, ids, violations);
        int eventCount = CheckEvents(root, text.Length, ids, violations);
        CheckQuotes(root, text.Length, ids, eventCount, violations);

        if (root.GetProperty("rejection").ValueKind != JsonValueKind.Null && (text.Length > 0 || HasItems(root, "sentences")
            || HasItems(root, "entities") || HasItems(root, "events") || HasItems(root, "quotes") || HasItems(article, "regions")))
        {
            violations.Add("/: a rejected record must have an empty text and empty layers");
        }

        return violations;
    }

    private static void CheckEntities(JsonElement root, string text, HashSet<string> ids, List<string> violations)
    {
        foreach ((_, JsonElement entity, int entityIndex) in Items(root, "entities"))
        {
            foreach ((_, JsonElement mention, int index) in Items(entity, "mentions"))
            {
                string path = $"/entities/{entityIndex}/mentions/{index}";
                if (CheckSpan(path, mention, text.Length, violations))
                {
                    int start = mention.GetProperty("start").GetInt32();
                    int end = mention.GetProperty("end").GetInt32();
                    string covered = text[start..end];
                    if (!string.Equals(covered, mention.GetProperty("text").GetString(), StringComparison.Ordinal))
                    {
                        violations.Add($"{path}/text: differs from the text it covers, \"{covered}\"");
                    }
                }

                CheckReference($"{path}/acts_for", mention.GetProperty("acts_for"), ids, violations);
            }
        }
    }

    private static int CheckEvents(JsonElement root, int length, HashSet<string> ids, List<string> violations)
    {
        int count = 0;
        foreach ((_, JsonElement @event, int index) in Items(root, "events"))
        {
            string path = $"/events/{index}";
            CheckSpan(path + "/trigger", @event.GetProperty("trigger"), length, violations);
            CheckSpan(path + "/sentence", @event.GetProperty("sentence"), length, violations);
            foreach ((_, JsonElement evidence, int evidenceIndex) in Items(@event, "evidence"))
            {
                CheckSpan($"{path}/evidence/{evidenceIndex}", evidence, length, violations);
            }

            foreach (string role in (string[])["source", "target"])
            {
                foreach ((_, JsonElement actor, int actorIndex) in Items(@event, role))
                {
                    CheckReference($"{path}/{role}/{actorIndex}", actor, ids, violations);
                }
            }

            CheckReference(path + "/location", @event.GetProperty("location"), ids, violations);
            count++;
        }

        return count;
    }

    private static void CheckQuotes(JsonElement root, int length, HashSet<string> ids, int eventCount, List<string> violations)
    {
        foreach ((_, JsonElement quote, int index) in Items(root, "quotes"))
        {
            string path = $"/quotes/{index}";
            CheckSpan(path + "/span", quote.GetProperty("span"), length, violations);
            if (quote.GetProperty("cue") is { ValueKind: JsonValueKind.Object } cue)
            {
                CheckSpan(path + "/cue", cue, length, violations);
            }

            CheckReference(path + "/speaker", quote.GetProperty("speaker"), ids, violations);
            if (quote.GetProperty("event") is { ValueKind: JsonValueKind.Number } @event && @event.GetInt32() >= eventCount)
            {
                violations.Add($"{path}/event: index {@event.GetInt32()} is past the {eventCount} events");
            }
        }
    }

    private static bool CheckSpan(string path, JsonElement span, int length, List<string> violations)
    {
        if (!span.GetProperty("start").TryGetInt32(out int start) || !span.GetProperty("end").TryGetInt32(out int end))
        {
            violations.Add($"{path}: offsets do not fit in 32 bits");
            return false;
        }

        if (end < start)
        {
            violations.Add($"{path}: end {end} is before start {start}");
            return false;
        }

        if (end > length)
        {
            violations.Add($"{path}: end {end} is past the end of the text ({length})");
            return false;
        }

        return true;
    }

    private static void CheckReference(string path, JsonElement reference, HashSet<string> ids, List<string> violations)
    {
        if (reference.ValueKind == JsonValueKind.String && !ids.Contains(reference.GetString()!))
        {
            violations.Add($"{path}: no entity has the id '{reference.GetString()}'");
        }
    }

    private static bool HasItems(JsonElement parent, string name) => parent.GetProperty(name).GetArrayLength() > 0;

    private static IEnumerable<(string Name, JsonElement Item, int Index)> Items(JsonElement parent, string name)
    {
        int index = 0;
        foreach (JsonElement item in parent.GetProperty(name).EnumerateArray())
        {
            yield return (name, item, index++);
        }
    }
}
