using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace Kronika.Storage.Layers;

/// <summary>The queries over the layer tables, written once for both backends (through <see cref="SqlStatement"/>).</summary>
internal static class RecordQueries
{
    private const string EventColumns = """
        e.article_id, e.idx, e.type, e.quad_class, e.cameo, e.mode, e.context, e.modality, e.location_id, loc.name, loc.country,
        e.date_value, e.date_precision, e.date_text, e.day, e.trigger_start, e.trigger_end, e.sentence_start, e.sentence_end,
        e.sentence_text, e.confidence, a.url, a.outlet, a.published, a.language
        """;

    private const string EntityColumns = """
        id, type, name, names, wikidata, country, article_count, mention_count,
        (SELECT count(*) FROM event_actors AS x WHERE x.entity_id = entities.id),
        (SELECT count(*) FROM quotes AS q WHERE q.speaker_id = entities.id)
        """;

    public static List<StoredEvent> Events(ISqlRunner runner, SqlDialect dialect, EventQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        var statement = new SqlStatement(dialect);
        string where = EventWhere(statement, query);
        statement.Append($"""
            SELECT {EventColumns}
            FROM events AS e JOIN articles AS a ON a.id = e.article_id LEFT JOIN entities AS loc ON loc.id = e.location_id
            {where}
            ORDER BY e.day DESC NULLS LAST, e.article_id, e.idx
            LIMIT {statement.Add(query.Limit)} OFFSET {statement.Add(query.Offset)}
            """);
        List<StoredEvent> events = runner.Read(statement, ReadEvent);
        return events.Count == 0 ? events : WithActors(runner, dialect, events);
    }

    public static long CountEvents(ISqlRunner runner, SqlDialect dialect, EventQuery query)
    {
        var statement = new SqlStatement(dialect);
        string where = EventWhere(statement, query);
        statement.Append($"SELECT count(*) FROM events AS e {where}");
        return runner.Read(statement, reader => reader.GetInt64(0))[0];
    }

    public static List<TimelineDay> Timeline(ISqlRunner runner, SqlDialect dialect, EventQuery query)
    {
        var statement = new SqlStatement(dialect);
        string where = EventWhere(statement, query);
        statement.Append($"""
            SELECT e.day, count(*),
                   sum(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 END), sum(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 END),
                   sum(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 END), sum(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 END)
            FROM events AS e {where}{(where.Length == 0 ? " WHERE" : " AND")} e.day IS NOT NULL
            GROUP BY e.day ORDER BY e.day
            """);
        return runner.Read(statement, reader => new TimelineDay(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3),
            reader.GetInt64(4), reader.GetInt64(5)));
    }

    /// <summary>Source–target pairs of the events <paramref name="query"/> matches, the pairs with most events first; at most
    /// <see cref="EventQuery.Limit"/> pairs. An actor acting on itself is left out.</summary>
    public static List<NetworkEdge> Network(ISqlRunner runner, SqlDialect dialect, EventQuery query)
    {
        var statement = new SqlStatement(dialect);
        string where = EventWhere(statement, query);
        statement.Append($"""
            SELECT s.entity_id, se.name, se.country, t.entity_id, te.name, te.country,
                   sum(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 END), sum(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 END),
                   sum(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 END), sum(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 END), count(*) AS total
            FROM events AS e
            JOIN event_actors AS s ON s.article_id = e.article_id AND s.event_idx = e.idx AND s.role = 'source'
            JOIN event_actors AS t ON t.article_id = e.article_id AND t.event_idx = e.idx AND t.role = 'target'
            LEFT JOIN entities AS se ON se.id = s.entity_id
            LEFT JOIN entities AS te ON te.id = t.entity_id
            {where}{(where.Length == 0 ? " WHERE" : " AND")} s.entity_id <> t.entity_id
            GROUP BY s.entity_id, se.name, se.country, t.entity_id, te.name, te.country
            ORDER BY total DESC, s.entity_id, t.entity_id
            LIMIT {statement.Add(query.Limit)} OFFSET {statement.Add(query.Offset)}
            """);
        return runner.Read(statement, reader => new NetworkEdge(
            new EventActor(reader.GetString(0), Text(reader, 1), Text(reader, 2)),
            new EventActor(reader.GetString(3), Text(reader, 4), Text(reader, 5)),
            reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9), reader.GetInt64(10)));
    }

    public static List<StoredEntity> Entities(ISqlRunner runner, SqlDialect dialect, EntityQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        var statement = new SqlStatement(dialect);
        string where = EntityWhere(statement, query);
        statement.Append($"""
            SELECT {EntityColumns} FROM entities {where}
            ORDER BY article_count DESC, mention_count DESC, id
            LIMIT {statement.Add(query.Limit)} OFFSET {statement.Add(query.Offset)}
            """);
        return runner.Read(statement, ReadEntity);
    }

    public static long CountEntities(ISqlRunner runner, SqlDialect dialect, EntityQuery query)
    {
        var statement = new SqlStatement(dialect);
        string where = EntityWhere(statement, query);
        statement.Append($"SELECT count(*) FROM entities {where}");
        return runner.Read(statement, reader => reader.GetInt64(0))[0];
    }

    public static StoredEntity? FindEntity(ISqlRunner runner, SqlDialect dialect, string id)
    {
        var statement = new SqlStatement(dialect);
        statement.Append($"SELECT {EntityColumns} FROM entities WHERE id = {statement.Add(id)} AND article_count > 0");
        return runner.Read(statement, ReadEntity).FirstOrDefault();
    }

    public static List<EntityName> NamesOf(ISqlRunner runner, SqlDialect dialect, string id)
    {
        var statement = new SqlStatement(dialect);
        statement.Append($"SELECT name, count FROM entity_names WHERE entity_id = {statement.Add(id)} AND count > 0 ORDER BY count DESC, name");
        return runner.Read(statement, reader => new EntityName(reader.GetString(0), reader.GetInt64(1)));
    }

    public static List<StoredQuote> Quotes(ISqlRunner runner, SqlDialect dialect, QuoteQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        var statement = new SqlStatement(dialect);
        string where = QuoteWhere(statement, query);
        statement.Append($"""
            SELECT q.article_id, q.idx, q.kind, q.span_start, q.span_end, q.text, q.speaker_id, sp.name, sp.country,
                   q.cue_start, q.cue_end, q.event_idx, a.url, a.published, a.title
            FROM quotes AS q JOIN articles AS a ON a.id = q.article_id LEFT JOIN entities AS sp ON sp.id = q.speaker_id
            {where}
            ORDER BY a.published IS NULL, a.published DESC, q.article_id, q.idx
            LIMIT {statement.Add(query.Limit)} OFFSET {statement.Add(query.Offset)}
            """);
        return runner.Read(statement, reader => new StoredQuote(
            reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetString(5),
            reader.IsDBNull(6) ? null : new EventActor(reader.GetString(6), Text(reader, 7), Text(reader, 8)),
            Int(reader, 9), Int(reader, 10), Int(reader, 11), Text(reader, 12), Text(reader, 13), Text(reader, 14)));
    }

    public static long CountQuotes(ISqlRunner runner, SqlDialect dialect, QuoteQuery query)
    {
        var statement = new SqlStatement(dialect);
        string where = QuoteWhere(statement, query);
        statement.Append($"SELECT count(*) FROM quotes AS q {where}");
        return runner.Read(statement, reader => reader.GetInt64(0))[0];
    }

    /// <summary>Accepted articles whose layers are missing or were made by another version than <paramref name="current"/>
    /// (every accepted article when it is null), in id order after <paramref name="after"/>.</summary>
    public static List<StaleAnalysis> Stale(ISqlRunner runner, SqlDialect dialect, AnalysisVersion? current, string? after, int limit)
    {
        var statement = new SqlStatement(dialect);
        string where = StaleWhere(statement, current);
        statement.Append($"""
            SELECT a.id, v.pipeline, v.build, v.knowledge_base
            FROM articles AS a LEFT JOIN analyses AS v ON v.article_id = a.id
            {where} AND a.id > {statement.Add(after ?? string.Empty)}
            ORDER BY a.id LIMIT {statement.Add(limit)}
            """);
        return runner.Read(statement, reader => new StaleAnalysis(reader.GetString(0),
            reader.IsDBNull(1) ? null : new AnalysisVersion(reader.GetString(1), Text(reader, 2), Text(reader, 3))));
    }

    public static long CountStale(ISqlRunner runner, SqlDialect dialect, AnalysisVersion? current)
    {
        var statement = new SqlStatement(dialect);
        string where = StaleWhere(statement, current);
        statement.Append($"SELECT count(*) FROM articles AS a LEFT JOIN analyses AS v ON v.article_id = a.id {where}");
        return runner.Read(statement, reader => reader.GetInt64(0))[0];
    }

    /// <summary>The stored analysis version of one article, or null when it has no layers (or no article has the id).</summary>
    public static AnalysisVersion? VersionOf(ISqlRunner runner, SqlDialect dialect, string id)
    {
        var statement = new SqlStatement(dialect);
        statement.Append($"SELECT pipeline, build, knowledge_base FROM analyses WHERE article_id = {statement.Add(id)}");
        return runner.Read(statement, reader => new AnalysisVersion(reader.GetString(0), Text(reader, 1), Text(reader, 2))).FirstOrDefault();
    }

    /// <summary>The condition that an article names <paramref name="entity"/>, for article listings.</summary>
    public static string NamesEntity(SqlStatement statement, string entity) =>
        $"EXISTS (SELECT 1 FROM article_entities AS ae WHERE ae.article_id = articles.id AND ae.entity_id = {statement.Add(entity)})";

    private static string StaleWhere(SqlStatement statement, AnalysisVersion? current) => current is null
        ? "WHERE a.rejection_reason IS NULL"
        : $"""
            WHERE a.rejection_reason IS NULL AND (v.article_id IS NULL OR v.pipeline <> {statement.Add(current.Pipeline)}
                OR v.build IS DISTINCT FROM {statement.Add(current.Build)} OR v.knowledge_base IS DISTINCT FROM {statement.Add(current.KnowledgeBase)})
            """;

    private static string EventWhere(SqlStatement statement, EventQuery query)
    {
        var conditions = new List<string>();
        if (query.Actor is not null)
        {
            string role = query.ActorRole is null ? string.Empty : $" AND x.role = {statement.Add(query.ActorRole)}";
            // Row-value IN, not a correlated EXISTS: the planner then starts from the actor's rows in event_actors_entity
            // (a few hundred) instead of probing them for every event (9 s over 50,000 events, against 60 ms).
            conditions.Add($"(e.article_id, e.idx) IN (SELECT x.article_id, x.event_idx FROM event_actors AS x WHERE x.entity_id = {statement.Add(query.Actor)}{role})");
        }

        if (query.ActorCountry is not null)
        {
            conditions.Add($"""
                (e.article_id, e.idx) IN (SELECT y.article_id, y.event_idx FROM event_actors AS y JOIN entities AS ye ON ye.id = y.entity_id
                        WHERE ye.country = {statement.Add(query.ActorCountry)})
                """);
        }

        if (query.Type is not null)
        {
            conditions.Add($"e.type = {statement.Add(query.Type)}");
        }

        if (query.CameoPrefix is not null)
        {
            conditions.Add($"substr(e.cameo, 1, {statement.Add(query.CameoPrefix.Length)}) = {statement.Add(query.CameoPrefix)}");
        }

        if (query.Modality is not null)
        {
            conditions.Add($"e.modality = {statement.Add(query.Modality)}");
        }

        if (query.Place is not null)
        {
            conditions.Add($"e.location_id = {statement.Add(query.Place)}");
        }

        if (query.From is { } from)
        {
            conditions.Add($"e.day >= {statement.Add(Day(from))}");
        }

        if (query.To is { } to)
        {
            conditions.Add($"e.day <= {statement.Add(Day(to))}");
        }

        if (query.Article is not null)
        {
            conditions.Add($"e.article_id = {statement.Add(query.Article)}");
        }

        return conditions.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", conditions);
    }

    private static string EntityWhere(SqlStatement statement, EntityQuery query)
    {
        var conditions = new List<string> { "article_count > 0" };
        if (query.Text is not null)
        {
            conditions.Add($"({statement.FoldedContains("folded", query.Text)} OR EXISTS (SELECT 1 FROM entity_names AS n WHERE n.entity_id = entities.id AND n.count > 0 AND {statement.FoldedContains("n.folded", query.Text)}))");
        }

        if (query.Type is not null)
        {
            conditions.Add($"type = {statement.Add(query.Type)}");
        }

        if (query.Country is not null)
        {
            conditions.Add($"country = {statement.Add(query.Country)}");
        }

        return "WHERE " + string.Join(" AND ", conditions);
    }

    private static string QuoteWhere(SqlStatement statement, QuoteQuery query)
    {
        var conditions = new List<string>();
        if (query.Speaker is not null)
        {
            conditions.Add($"q.speaker_id = {statement.Add(query.Speaker)}");
        }

        if (query.Text is not null)
        {
            conditions.Add(statement.Contains("q.text", query.Text));
        }

        if (query.Article is not null)
        {
            conditions.Add($"q.article_id = {statement.Add(query.Article)}");
        }

        return conditions.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", conditions);
    }

    // One more query for the actors of the whole page, by article, matched to events in memory.
    private static List<StoredEvent> WithActors(ISqlRunner runner, SqlDialect dialect, List<StoredEvent> events)
    {
        var statement = new SqlStatement(dialect);
        string ids = string.Join(", ", events.Select(@event => @event.ArticleId).Distinct(StringComparer.Ordinal).Select(statement.Add));
        statement.Append($"""
            SELECT x.article_id, x.event_idx, x.role, x.entity_id, en.name, en.country
            FROM event_actors AS x LEFT JOIN entities AS en ON en.id = x.entity_id
            WHERE x.article_id IN ({ids}) ORDER BY x.article_id, x.event_idx, x.role, x.position
            """);
        var actors = new Dictionary<(string, int, string), List<EventActor>>();
        foreach ((string article, int index, string role, EventActor actor) in runner.Read(statement, reader =>
            (reader.GetString(0), reader.GetInt32(1), reader.GetString(2), new EventActor(reader.GetString(3), Text(reader, 4), Text(reader, 5)))))
        {
            (actors.TryGetValue((article, index, role), out List<EventActor>? list) ? list : actors[(article, index, role)] = []).Add(actor);
        }

        return [.. events.Select(@event => @event with
        {
            Source = actors.GetValueOrDefault((@event.ArticleId, @event.Index, "source")) ?? [],
            Target = actors.GetValueOrDefault((@event.ArticleId, @event.Index, "target")) ?? [],
        })];
    }

    private static StoredEvent ReadEvent(DbDataReader reader) => new(
        reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.IsDBNull(3) ? null : QuadClass.NameOf(reader.GetInt32(3)),
        Text(reader, 4), Text(reader, 5), Text(reader, 6), reader.GetString(7), [], [],
        reader.IsDBNull(8) ? null : new EventActor(reader.GetString(8), Text(reader, 9), Text(reader, 10)),
        Text(reader, 11), Text(reader, 12), Text(reader, 13), Text(reader, 14), reader.GetInt32(15), reader.GetInt32(16),
        reader.GetInt32(17), reader.GetInt32(18), reader.GetString(19), reader.GetDouble(20), Text(reader, 21), Text(reader, 22),
        Text(reader, 23), Text(reader, 24));

    private static StoredEntity ReadEntity(DbDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2),
        JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(3)) ?? [],
        Text(reader, 4), Text(reader, 5), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static int? Int(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
}
