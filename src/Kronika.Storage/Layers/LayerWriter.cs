using System.Globalization;
using System.Text;
using System.Text.Json;
using Kronika.Contract;

namespace Kronika.Storage.Layers;

/// <summary>The statements that write one article's layers (entities, name forms, mentions, events with their actors,
/// quotes, and the analysis version) from its kronika/1 record, for the store to run inside the article's transaction.</summary>
/// <remarks>Layers are replaced whole: <see cref="Replace"/> first takes back what the article's previous layers added to
/// the cross-article counts (entities' article and mention counts, name-form counts), then deletes them. Rows go in
/// sorted by key, so that two PostgreSQL transactions touching the same entities lock them in the same order.</remarks>
internal static class LayerWriter
{
    // Rows per multi-row INSERT: well under SQLite's and PostgreSQL's limits on parameters per statement.
    private const int RowsPerInsert = 200;

    /// <summary>Statements that write the layers of an article that has none yet.</summary>
    /// <param name="dialect">The backend's dialect.</param>
    /// <param name="articleId">The article.</param>
    /// <param name="record">Its record, or null when its stored analysis is not a kronika/1 record (nothing but the
    /// version is written then).</param>
    /// <param name="published">The article's publication date, the day of events whose own date is not known to the day.</param>
    /// <param name="version">What made the analysis.</param>
    /// <param name="analysedAt">When.</param>
    public static List<SqlStatement> Write(SqlDialect dialect, string articleId, AnalysisRecord? record, string? published, AnalysisVersion version, DateTimeOffset analysedAt)
    {
        var statements = new List<SqlStatement>();
        var analysis = new SqlStatement(dialect);
        analysis.Append($"""
            INSERT INTO analyses (article_id, pipeline, build, knowledge_base, analysed_at)
            VALUES ({analysis.Add(articleId)}, {analysis.Add(version.Pipeline)}, {analysis.Add(version.Build)}, {analysis.Add(version.KnowledgeBase)}, {analysis.Add(analysedAt.ToUniversalTime())})
            ON CONFLICT (article_id) DO UPDATE SET pipeline = excluded.pipeline, build = excluded.build,
                knowledge_base = excluded.knowledge_base, analysed_at = excluded.analysed_at
            """);
        statements.Add(analysis);
        if (record is null || record.Rejection is not null)
        {
            return statements;
        }

        string text = record.Article.Text;
        IReadOnlyList<SpanRecord> sentences = record.Sentences;
        WriteEntities(dialect, articleId, record, sentences, statements);

        var events = new List<object?[]>();
        var actors = new List<object?[]>();
        for (int index = 0; index < record.Events.Count; index++)
        {
            EventRecord @event = record.Events[index];
            events.Add([
                articleId, index, @event.Type, QuadClass.Of(@event.Type), @event.Cameo, @event.Mode, @event.Context, @event.Modality,
                @event.Location, @event.Date?.Value, @event.Date?.Precision, @event.Date?.Text, @event.Date?.ResolvedFrom,
                DayOf(@event.Date, published), @event.Trigger.Start, @event.Trigger.End, @event.Sentence.Start, @event.Sentence.End,
                SentenceOf(sentences, @event.Sentence.Start), Slice(text, @event.Sentence.Start, @event.Sentence.End),
                Evidence(@event.Evidence), @event.Confidence,
            ]);
            AddActors(actors, articleId, index, "source", @event.Source);
            AddActors(actors, articleId, index, "target", @event.Target);
        }

        Insert(dialect, statements, "events",
            "article_id, idx, type, quad_class, cameo, mode, context, modality, location_id, date_value, date_precision, date_text, " +
            "date_resolved_from, day, trigger_start, trigger_end, sentence_start, sentence_end, sentence_index, sentence_text, evidence, confidence",
            events);
        Insert(dialect, statements, "event_actors", "article_id, event_idx, role, position, entity_id", actors);

        var quotes = new List<object?[]>();
        for (int index = 0; index < record.Quotes.Count; index++)
        {
            QuoteRecord quote = record.Quotes[index];
            quotes.Add([
                articleId, index, quote.Kind, quote.Span.Start, quote.Span.End, Slice(text, quote.Span.Start, quote.Span.End),
                quote.Speaker, quote.SpeakerSpan?.Start, quote.SpeakerSpan?.End, quote.Cue?.Start, quote.Cue?.End, quote.Event,
            ]);
        }

        Insert(dialect, statements, "quotes",
            "article_id, idx, kind, span_start, span_end, text, speaker_id, speaker_start, speaker_end, cue_start, cue_end, event_idx", quotes);
        return statements;
    }

    /// <summary>Statements that take back and delete the article's current layers, then write the new ones.</summary>
    public static List<SqlStatement> Replace(SqlDialect dialect, string articleId, AnalysisRecord? record, string? published, AnalysisVersion version, DateTimeOffset analysedAt)
    {
        var statements = new List<SqlStatement>();
        var entities = new SqlStatement(dialect);
        string id = entities.Add(articleId);
        entities.Append($"""
            UPDATE entities SET article_count = entities.article_count - 1, mention_count = entities.mention_count - ae.mentions
            FROM article_entities AS ae WHERE ae.article_id = {id} AND ae.entity_id = entities.id
            """);
        statements.Add(entities);

        var names = new SqlStatement(dialect);
        id = names.Add(articleId);
        names.Append($"""
            UPDATE entity_names SET count = entity_names.count - m.uses
            FROM (SELECT entity_id, text, count(*) AS uses FROM mentions WHERE article_id = {id} GROUP BY entity_id, text) AS m
            WHERE entity_names.entity_id = m.entity_id AND entity_names.name = m.text
            """);
        statements.Add(names);

        var unused = new SqlStatement(dialect);
        id = unused.Add(articleId);
        unused.Append($"DELETE FROM entity_names WHERE count <= 0 AND entity_id IN (SELECT entity_id FROM article_entities WHERE article_id = {id})");
        statements.Add(unused);

        foreach (string table in (string[])["event_actors", "events", "quotes", "mentions", "article_entities"])
        {
            var delete = new SqlStatement(dialect);
            delete.Append($"DELETE FROM {table} WHERE article_id = {delete.Add(articleId)}");
            statements.Add(delete);
        }

        statements.AddRange(Write(dialect, articleId, record, published, version, analysedAt));
        return statements;
    }

    /// <summary>yyyy-MM-dd of an event: its own date when known to the day, else the article's publication day, else null.</summary>
    public static string? DayOf(EventDateRecord? date, string? published)
    {
        if (date is { Precision: "day", Value: { } value } && IsDay(value))
        {
            return value[..10];
        }

        return published is not null && IsDay(published) ? published[..10] : null;
    }

    private static bool IsDay(string value) =>
        value.Length >= 10 && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static void WriteEntities(SqlDialect dialect, string articleId, AnalysisRecord record, IReadOnlyList<SpanRecord> sentences, List<SqlStatement> statements)
    {
        // One entry per id even if a record were to list an entity twice: PostgreSQL refuses to upsert a row twice in one statement.
        var entities = new SortedDictionary<string, (EntityRecord Entity, int Mentions)>(StringComparer.Ordinal);
        var names = new SortedDictionary<(string Entity, string Name), int>(Comparer<(string, string)>.Create(
            (left, right) => string.CompareOrdinal(left.Item1, right.Item1) is var first and not 0 ? first : string.CompareOrdinal(left.Item2, right.Item2)));
        var mentions = new List<object?[]>();
        int ordinal = 0;
        foreach (EntityRecord entity in record.Entities)
        {
            entities[entity.Id] = (entity, (entities.TryGetValue(entity.Id, out var seen) ? seen.Mentions : 0) + entity.Mentions.Count);
            foreach (MentionRecord mention in entity.Mentions)
            {
                names[(entity.Id, mention.Text)] = names.GetValueOrDefault((entity.Id, mention.Text)) + 1;
                mentions.Add([articleId, ordinal++, entity.Id, mention.Start, mention.End, mention.Text, mention.Base, mention.Via, mention.ActsFor,
                    SentenceOf(sentences, mention.Start)]);
            }
        }

        var entityRows = new List<object?[]>();
        var articleRows = new List<object?[]>();
        foreach ((string id, (EntityRecord entity, int count)) in entities)
        {
            string labels = JsonSerializer.Serialize(new SortedDictionary<string, string>(entity.Names.ToDictionary(), StringComparer.Ordinal));
            string folded = SqlStatement.Fold(entity.Name + "\n" + string.Join("\n", entity.Names.Values));
            entityRows.Add([id, entity.Type, entity.Name, labels, entity.Wikidata, entity.Country, folded, 1, count]);
            articleRows.Add([articleId, id, count]);
        }

        Insert(dialect, statements, "entities", "id, type, name, names, wikidata, country, folded, article_count, mention_count", entityRows, """
            ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, names = excluded.names,
                wikidata = excluded.wikidata, country = excluded.country, folded = excluded.folded,
                article_count = entities.article_count + excluded.article_count,
                mention_count = entities.mention_count + excluded.mention_count
            """);
        Insert(dialect, statements, "entity_names", "entity_id, name, folded, count",
            names.Select(pair => new object?[] { pair.Key.Entity, pair.Key.Name, SqlStatement.Fold(pair.Key.Name), pair.Value }).ToList(),
            "ON CONFLICT (entity_id, name) DO UPDATE SET count = entity_names.count + excluded.count");
        Insert(dialect, statements, "article_entities", "article_id, entity_id, mentions", articleRows);
        Insert(dialect, statements, "mentions", "article_id, ordinal, entity_id, span_start, span_end, text, base, via, acts_for, sentence", mentions);
    }

    private static void AddActors(List<object?[]> actors, string articleId, int index, string role, IReadOnlyList<string> ids)
    {
        for (int position = 0; position < ids.Count; position++)
        {
            actors.Add([articleId, index, role, position, ids[position]]);
        }
    }

    /// <summary>Multi-row INSERTs of <paramref name="rows"/>, <see cref="RowsPerInsert"/> at a time.</summary>
    private static void Insert(SqlDialect dialect, List<SqlStatement> statements, string table, string columns, List<object?[]> rows, string conflict = "")
    {
        for (int first = 0; first < rows.Count; first += RowsPerInsert)
        {
            var statement = new SqlStatement(dialect);
            var values = new StringBuilder();
            foreach (object?[] row in rows.Skip(first).Take(RowsPerInsert))
            {
                values.Append(values.Length == 0 ? "(" : ", (");
                for (int column = 0; column < row.Length; column++)
                {
                    values.Append(column == 0 ? string.Empty : ", ").Append(Value(statement, row[column]));
                }

                values.Append(')');
            }

            statement.Append($"INSERT INTO {table} ({columns}) VALUES {values} {conflict}");
            statements.Add(statement);
        }
    }

    private static string Value(SqlStatement statement, object? value) => value switch
    {
        null => "NULL",
        string text => statement.Add(text),
        int number => statement.Add(number),
        double number => statement.Add(number),
        _ => throw new ArgumentException($"No column type for {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>The index of the sentence that holds <paramref name="offset"/>, or null when none does.</summary>
    private static int? SentenceOf(IReadOnlyList<SpanRecord> sentences, int offset)
    {
        int low = 0;
        int high = sentences.Count - 1;
        while (low <= high)
        {
            int middle = (low + high) >>> 1;
            SpanRecord sentence = sentences[middle];
            if (offset < sentence.Start)
            {
                high = middle - 1;
            }
            else if (offset >= sentence.End)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return null;
    }

    // The text of a span, clamped to the text: a malformed record must not fail the article's whole transaction.
    private static string Slice(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        return text[start..end];
    }

    private static string Evidence(IReadOnlyList<SpanRecord> spans) =>
        "[" + string.Join(",", spans.Select(span => string.Create(CultureInfo.InvariantCulture, $"[{span.Start},{span.End}]"))) + "]";
}
