using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Kronika.Aggregation.Entities;
using Kronika.Aggregation.Events;
using Kronika.Aggregation.Relations;
using Kronika.Aggregation.Stories;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kronika.Aggregation.Storage;

/// <summary>Aggregation state in the article store's database, in the tables of migration 0005 (SQLite and PostgreSQL
/// alike: the statements are the subset both dialects read the same way). The article store applies the migration when it
/// is opened (<see cref="Kronika.Storage.StoreFactory.Open"/>); this store opens its own connection to the same database.</summary>
/// <remarks>Days are <c>yyyy-MM-dd</c> text, so that one statement serves both dialects and orders by day. Every
/// statement is an indexed lookup or a write by key. Not thread-safe: one aggregator writes at a time.</remarks>
public sealed class SqlAggregateStore : IAggregateStore
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);
    private readonly DbConnection _connection;
    private DbTransaction? _transaction;

    private SqlAggregateStore(DbConnection connection) => _connection = connection;

    /// <summary>The aggregation tables of the SQLite file at <paramref name="path"/>, which the article store has migrated.</summary>
    public static SqlAggregateStore OpenSqlite(string path)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        var store = new SqlAggregateStore(connection);
        store.Execute("PRAGMA busy_timeout = 10000");
        store.Execute("PRAGMA synchronous = NORMAL");
        return store;
    }

    /// <summary>The aggregation tables of the PostgreSQL database <paramref name="connectionString"/> (Npgsql keywords) names.</summary>
    public static SqlAggregateStore OpenPostgres(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return new SqlAggregateStore(connection);
    }

    /// <inheritdoc/>
    public void Transaction(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        using DbTransaction transaction = _connection.BeginTransaction();
        _transaction = transaction;
        try
        {
            work();
            transaction.Commit();
        }
        finally
        {
            _transaction = null;
        }
    }

    /// <inheritdoc/>
    public bool Contains(string articleId) => Scalar("SELECT 1 FROM aggregated_articles WHERE article_id = @id", ("id", articleId)) is not null;

    /// <inheritdoc/>
    public void AddReport(ArticleReport report, IReadOnlyList<(string Entity, DateOnly Day)> entityKeys, IReadOnlyList<(int Index, string Type, string Actor, DateOnly Day)> eventKeys)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(entityKeys);
        ArgumentNullException.ThrowIfNull(eventKeys);
        Execute("INSERT INTO aggregated_articles (article_id, published, source, report) VALUES (@id, @published, @source, @report)",
            ("id", report.Id), ("published", Day(report.Published)), ("source", report.Source), ("report", JsonSerializer.Serialize(report, _json)));
        foreach ((string entity, DateOnly day) in entityKeys)
        {
            Execute("INSERT INTO aggregate_entity_days (entity_id, day, article_id) VALUES (@entity, @day, @id) ON CONFLICT DO NOTHING",
                ("entity", entity), ("day", Day(day)), ("id", report.Id));
        }

        foreach ((int index, string type, string actor, DateOnly day) in eventKeys)
        {
            Execute("INSERT INTO aggregate_event_keys (type, actor, day, report_key) VALUES (@type, @actor, @day, @key) ON CONFLICT DO NOTHING",
                ("type", type), ("actor", actor), ("day", Day(day)), ("key", Aggregator.KeyOf(report.Id, index)));
        }
    }

    /// <inheritdoc/>
    public ArticleReport? Report(string articleId) =>
        Scalar("SELECT report FROM aggregated_articles WHERE article_id = @id", ("id", articleId)) is string json
            ? JsonSerializer.Deserialize<ArticleReport>(json, _json)
            : null;

    /// <inheritdoc/>
    public IReadOnlyList<string> ArticlesNaming(IReadOnlyCollection<string> entities, DateOnly first, DateOnly last)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string entity in entities)
        {
            found.UnionWith(Strings("SELECT article_id FROM aggregate_entity_days WHERE entity_id = @entity AND day >= @from AND day <= @to",
                ("entity", entity), ("from", Day(first)), ("to", Day(last))));
        }

        return [.. found];
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> EventReports(string type, IReadOnlyCollection<string> actors, DateOnly first, DateOnly last)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string actor in actors)
        {
            found.UnionWith(Strings("SELECT report_key FROM aggregate_event_keys WHERE type = @type AND actor = @actor AND day >= @from AND day <= @to",
                ("type", type), ("actor", actor), ("from", Day(first)), ("to", Day(last))));
        }

        return [.. found];
    }

    /// <inheritdoc/>
    public string? StoryOf(string articleId) => Scalar("SELECT story_id FROM story_members WHERE article_id = @id", ("id", articleId)) as string;

    /// <inheritdoc/>
    public IReadOnlyList<string> StoryMembers(string storyId) =>
        [.. Strings("SELECT article_id FROM story_members WHERE story_id = @id", ("id", storyId)).Order(StringComparer.Ordinal)];

    /// <inheritdoc/>
    public void PutStory(Story story, IReadOnlyList<string> members)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(members);
        Execute("""
            INSERT INTO stories (id, first_article, first_published, articles, copies, sources, languages)
            VALUES (@id, @first, @published, @articles, @copies, @sources, @languages)
            ON CONFLICT (id) DO UPDATE SET first_article = excluded.first_article, first_published = excluded.first_published,
                articles = excluded.articles, copies = excluded.copies, sources = excluded.sources, languages = excluded.languages
            """,
            ("id", story.Id), ("first", story.First), ("published", Day(story.FirstPublished)), ("articles", story.Articles),
            ("copies", story.Copies), ("sources", story.Sources), ("languages", JsonSerializer.Serialize(story.Languages, _json)));
        foreach (string member in members)
        {
            Execute("INSERT INTO story_members (article_id, story_id) VALUES (@article, @story) ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id",
                ("article", member), ("story", story.Id));
        }
    }

    /// <inheritdoc/>
    public void RemoveStory(string storyId) => Execute("DELETE FROM stories WHERE id = @id", ("id", storyId));

    /// <inheritdoc/>
    public Story? Story(string storyId)
    {
        using DbCommand command = Command("SELECT id, first_article, first_published, articles, copies, sources, languages FROM stories WHERE id = @id", ("id", storyId));
        using DbDataReader reader = command.ExecuteReader();
        return reader.Read()
            ? new Story(reader.GetString(0), reader.GetString(1), ParseDay(reader, 2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5),
                JsonSerializer.Deserialize<string[]>(reader.GetString(6), _json)!)
            : null;
    }

    /// <summary>Every story id, sorted; a query for tests and exports, not for the ingest path.</summary>
    public IReadOnlyList<string> StoryIds() => [.. Strings("SELECT id FROM stories").Order(StringComparer.Ordinal)];

    /// <summary>Every canonical event id, sorted; a query for tests and exports, not for the ingest path.</summary>
    public IReadOnlyList<string> EventIds() => [.. Strings("SELECT id FROM canonical_events").Order(StringComparer.Ordinal)];

    /// <inheritdoc/>
    public string? EventOf(string reportKey) => Scalar("SELECT event_id FROM canonical_event_evidence WHERE report_key = @key", ("key", reportKey)) as string;

    /// <inheritdoc/>
    public CanonicalEvent? CanonicalEvent(string eventId)
    {
        var evidence = new List<EventEvidence>();
        using (DbCommand command = Command(
            "SELECT article_id, idx, source, published, modality, confidence, sentence FROM canonical_event_evidence WHERE event_id = @id ORDER BY position",
            ("id", eventId)))
        using (DbDataReader reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                evidence.Add(new EventEvidence(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), ParseDay(reader, 3), reader.GetString(4),
                    reader.GetDouble(5), reader.GetString(6)));
            }
        }

        using DbCommand eventCommand = Command("""
            SELECT id, type, quad_class, day, source, target, location_id, articles, sources, disputing_sources, status, confidence,
                earliest_article, earliest_published
            FROM canonical_events WHERE id = @id
            """, ("id", eventId));
        using DbDataReader row = eventCommand.ExecuteReader();
        if (!row.Read())
        {
            return null;
        }

        return new CanonicalEvent(row.GetString(0), row.GetString(1), row.IsDBNull(2) ? null : row.GetInt32(2), ParseDay(row, 3),
            JsonSerializer.Deserialize<string[]>(row.GetString(4), _json)!, JsonSerializer.Deserialize<string[]>(row.GetString(5), _json)!,
            row.IsDBNull(6) ? null : row.GetString(6), row.GetInt32(7), row.GetInt32(8), row.GetInt32(9),
            Enum.Parse<EventStatus>(row.GetString(10), ignoreCase: true), row.GetDouble(11), row.GetString(12), ParseDay(row, 13), evidence);
    }

    /// <inheritdoc/>
    public void PutEvent(CanonicalEvent canonical, IReadOnlyList<string> reports)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        ArgumentNullException.ThrowIfNull(reports);
        Execute("""
            INSERT INTO canonical_events (id, type, quad_class, day, source, target, location_id, articles, sources, disputing_sources, status,
                confidence, earliest_article, earliest_published)
            VALUES (@id, @type, @quad, @day, @source, @target, @location, @articles, @sources, @disputing, @status, @confidence, @earliest, @published)
            ON CONFLICT (id) DO UPDATE SET type = excluded.type, quad_class = excluded.quad_class, day = excluded.day, source = excluded.source,
                target = excluded.target, location_id = excluded.location_id, articles = excluded.articles, sources = excluded.sources,
                disputing_sources = excluded.disputing_sources, status = excluded.status, confidence = excluded.confidence,
                earliest_article = excluded.earliest_article, earliest_published = excluded.earliest_published
            """,
            ("id", canonical.Id), ("type", canonical.Type), ("quad", canonical.QuadClass), ("day", Day(canonical.Day)),
            ("source", JsonSerializer.Serialize(canonical.Source, _json)), ("target", JsonSerializer.Serialize(canonical.Target, _json)),
            ("location", canonical.Location), ("articles", canonical.Articles), ("sources", canonical.Sources), ("disputing", canonical.DisputingSources),
            ("status", canonical.Status.ToString().ToLowerInvariant()), ("confidence", canonical.Confidence), ("earliest", canonical.EarliestArticle),
            ("published", Day(canonical.EarliestPublished)));
        for (int position = 0; position < canonical.Evidence.Count; position++)
        {
            EventEvidence evidence = canonical.Evidence[position];
            Execute("""
                INSERT INTO canonical_event_evidence (report_key, event_id, article_id, idx, position, source, published, modality, confidence, sentence)
                VALUES (@key, @event, @article, @idx, @position, @source, @published, @modality, @confidence, @sentence)
                ON CONFLICT (report_key) DO UPDATE SET event_id = excluded.event_id, position = excluded.position
                """,
                ("key", Aggregator.KeyOf(evidence.Article, evidence.Index)), ("event", canonical.Id), ("article", evidence.Article), ("idx", evidence.Index),
                ("position", position), ("source", evidence.Source), ("published", Day(evidence.Published)), ("modality", evidence.Modality),
                ("confidence", evidence.Confidence), ("sentence", evidence.Sentence));
        }
    }

    /// <inheritdoc/>
    public void RemoveEvent(string eventId) => Execute("DELETE FROM canonical_events WHERE id = @id", ("id", eventId));

    /// <inheritdoc/>
    public IReadOnlyList<string> EventsOfArticle(string articleId) =>
        [.. Strings("SELECT DISTINCT event_id FROM canonical_event_evidence WHERE article_id = @id", ("id", articleId)).Order(StringComparer.Ordinal)];

    /// <inheritdoc/>
    public void AddRelation(RelationLevel level, string source, string target, DateOnly day, int quadClass, int events, long weight) =>
        Execute("""
            INSERT INTO relation_counts (level, source_id, target_id, day, quad_class, events, weight)
            VALUES (@level, @source, @target, @day, @quad, @events, @weight)
            ON CONFLICT (level, source_id, target_id, day, quad_class) DO UPDATE SET events = relation_counts.events + excluded.events,
                weight = relation_counts.weight + excluded.weight
            """,
            ("level", LevelName(level)), ("source", source), ("target", target), ("day", Day(day)), ("quad", quadClass), ("events", events), ("weight", weight));

    /// <inheritdoc/>
    public IReadOnlyList<RelationCount> Relations(RelationLevel level, string? actor, DateOnly first, DateOnly last)
    {
        string where = actor is null ? string.Empty : " AND (source_id = @actor OR target_id = @actor)";
        using DbCommand command = Command(
            "SELECT source_id, target_id, day, quad_class, events, weight FROM relation_counts WHERE level = @level AND day >= @from AND day <= @to AND events <> 0" + where,
            ("level", LevelName(level)), ("from", Day(first)), ("to", Day(last)), ("actor", actor));
        using DbDataReader reader = command.ExecuteReader();
        var counts = new List<RelationCount>();
        while (reader.Read())
        {
            counts.Add(new RelationCount(reader.GetString(0), reader.GetString(1), ParseDay(reader, 2)!.Value, reader.GetInt32(3), reader.GetInt32(4), reader.GetInt64(5)));
        }

        return [.. counts.OrderBy(count => count.Source, StringComparer.Ordinal).ThenBy(count => count.Target, StringComparer.Ordinal)
            .ThenBy(count => count.Day).ThenBy(count => count.QuadClass)];
    }

    /// <inheritdoc/>
    public bool AddCopy(string copyId, string? outlet, string original) =>
        Execute("INSERT INTO aggregate_copies (copy_id, of_article, outlet) VALUES (@copy, @of, @outlet) ON CONFLICT DO NOTHING",
            ("copy", copyId), ("of", original), ("outlet", outlet)) > 0;

    /// <inheritdoc/>
    public int CopiesOf(string articleId) =>
        Convert.ToInt32(Scalar("SELECT COUNT(*) FROM aggregate_copies WHERE of_article = @id", ("id", articleId)), CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public IReadOnlyList<EntitySighting> SightingsByKeys(IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new SortedDictionary<string, EntitySighting>(StringComparer.Ordinal);
        foreach (string key in keys)
        {
            using DbCommand command = Command("SELECT entity_id, type, name, language FROM entity_sightings WHERE join_key = @key", ("key", key));
            using DbDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                var sighting = new EntitySighting(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
                found.TryAdd(sighting.Id + "\n" + sighting.Name, sighting);
            }
        }

        return [.. found.Values];
    }

    /// <inheritdoc/>
    public void AddSighting(EntitySighting sighting, IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(sighting);
        ArgumentNullException.ThrowIfNull(keys);
        foreach (string key in keys)
        {
            Execute("INSERT INTO entity_sightings (join_key, entity_id, name, type, language) VALUES (@key, @id, @name, @type, @language) ON CONFLICT DO NOTHING",
                ("key", key), ("id", sighting.Id), ("name", sighting.Name), ("type", sighting.Type), ("language", sighting.Language));
        }
    }

    /// <inheritdoc/>
    public void PutJoins(IReadOnlyCollection<string> ids, IReadOnlyList<EntityJoin> joins)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(joins);
        foreach (string id in ids)
        {
            Execute("DELETE FROM entity_joins WHERE from_id = @id AND evidence <> 'user_merge'", ("id", id));
        }

        foreach (EntityJoin join in joins)
        {
            Execute("INSERT INTO entity_joins (from_id, to_id, evidence, detail) VALUES (@from, @to, @evidence, @detail) ON CONFLICT (from_id) DO NOTHING",
                ("from", join.From), ("to", join.To), ("evidence", SnakeCase(join.Evidence)), ("detail", join.Detail));
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<EntityJoin> Joins()
    {
        using DbCommand command = Command("SELECT from_id, to_id, evidence, detail FROM entity_joins");
        using DbDataReader reader = command.ExecuteReader();
        var joins = new List<EntityJoin>();
        while (reader.Read())
        {
            joins.Add(new EntityJoin(reader.GetString(0), reader.GetString(1), Enum.Parse<JoinEvidence>(reader.GetString(2).Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true), reader.GetString(3)));
        }

        return [.. joins.OrderBy(join => join.From, StringComparer.Ordinal)];
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    private static string SnakeCase(JoinEvidence evidence) =>
        string.Concat(evidence.ToString().Select((c, index) => char.IsUpper(c) && index > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string LevelName(RelationLevel level) => level == RelationLevel.Actor ? "actor" : "state";

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDay(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        DbCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach ((string name, object? value) in parameters)
        {
            DbParameter parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using DbCommand command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using DbCommand command = Command(sql, parameters);
        object? value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private List<string> Strings(string sql, params (string Name, object? Value)[] parameters)
    {
        using DbCommand command = Command(sql, parameters);
        using DbDataReader reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
