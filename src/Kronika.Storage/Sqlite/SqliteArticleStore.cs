using System.Data.Common;
using System.Globalization;
using System.Text;
using Kronika.Contract;
using Kronika.Storage.Duplicates;
using Kronika.Storage.Layers;
using Kronika.Storage.Search;
using Microsoft.Data.Sqlite;

namespace Kronika.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file, created on first use, migrated to the newest schema when opened.</summary>
/// <remarks>
/// WAL journal, foreign keys on, a busy timeout so that a second process waits instead of failing. Each
/// <see cref="Store"/> is one immediate transaction, so a process killed at any moment leaves each article wholly
/// stored or absent. One connection per store, guarded by a lock: safe from many threads, one statement at a time.
/// </remarks>
public sealed class SqliteArticleStore : IArticleStore, ISqlRunner
{
    private const int BusyTimeoutMilliseconds = 10_000;

    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();

    private SqliteArticleStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    /// <summary>The database file's full path.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    public string Location => Path;

    /// <summary>Opens (or creates) the database at <paramref name="path"/> and applies pending migrations.</summary>
    /// <exception cref="StoreException">When the file is not a SQLite database, cannot be opened, or its schema is newer than this code.</exception>
    public static SqliteArticleStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string fullPath = System.IO.Path.GetFullPath(path);
        string? directory = System.IO.Path.GetDirectoryName(fullPath);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new StoreException($"The folder of the database '{fullPath}' does not exist.");
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
            // No pool: disposing the store must close the file, so tests and tools can move or delete it.
            Pooling = false,
        };

        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            Pragma(connection, "journal_mode = WAL");
            Pragma(connection, $"busy_timeout = {BusyTimeoutMilliseconds.ToString(CultureInfo.InvariantCulture)}");
            // NORMAL in WAL mode survives a killed process (the case this store promises to handle); a power cut
            // may lose the last commits but never corrupts the file, and re-running the ingest restores them.
            Pragma(connection, "synchronous = NORMAL");
            connection.CreateFunction<string?, string?, bool>(
                "kronika_contains",
                (text, part) => text is not null && part is not null && text.Contains(part, StringComparison.OrdinalIgnoreCase),
                isDeterministic: true);
            SqliteMigrator.Migrate(connection, fullPath);
            Backfill(connection);
        }
        catch (SqliteException exception)
        {
            connection.Dispose();
            throw new StoreException($"Cannot open the database '{fullPath}': {exception.Message}", exception);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new SqliteArticleStore(connection, fullPath);
    }

    /// <inheritdoc/>
    public StoreOutcome Store(StoredArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        string storedAt = Timestamp(article.StoredAt);
        lock (_lock)
        {
            using SqliteTransaction transaction = _connection.BeginTransaction();
            using SqliteCommand insert = Command(transaction, """
                INSERT INTO articles (id, input, url, outlet, credited_source, title, lead, published, language, text,
                                      rejection_stage, rejection_reason, rejection_detail, analysis, pipeline, stored_at)
                VALUES ($id, $input, $url, $outlet, $credited_source, $title, $lead, $published, $language, $text,
                        $rejection_stage, $rejection_reason, $rejection_detail, $analysis, $pipeline, $stored_at)
                ON CONFLICT (id) DO NOTHING
                """);
            Parameter(insert, "$id", article.Id);
            Parameter(insert, "$input", article.Input);
            Parameter(insert, "$url", article.Url);
            Parameter(insert, "$outlet", article.Outlet);
            Parameter(insert, "$credited_source", article.CreditedSource);
            Parameter(insert, "$title", article.Title);
            Parameter(insert, "$lead", article.Lead);
            Parameter(insert, "$published", article.Published);
            Parameter(insert, "$language", article.Language);
            Parameter(insert, "$text", article.Text);
            Parameter(insert, "$rejection_stage", article.Rejection?.Stage);
            Parameter(insert, "$rejection_reason", article.Rejection is { } rejection ? RejectionCodes.ToCode(rejection.Reason) : null);
            Parameter(insert, "$rejection_detail", article.Rejection?.Detail);
            Parameter(insert, "$analysis", article.AnalysisJson);
            Parameter(insert, "$pipeline", article.Pipeline);
            Parameter(insert, "$stored_at", storedAt);
            bool added = insert.ExecuteNonQuery() == 1;

            using SqliteCommand input = Command(transaction, """
                INSERT INTO inputs (article_id, input, seen_at) VALUES ($id, $input, $seen_at)
                ON CONFLICT (article_id, input) DO NOTHING
                """);
            Parameter(input, "$id", article.Id);
            Parameter(input, "$input", article.Input);
            Parameter(input, "$seen_at", storedAt);
            input.ExecuteNonQuery();
            if (added && article.Rejection is null && SimHash.Of(article.Text) is { } fingerprint)
            {
                using SqliteCommand print = Command(transaction, """
                    INSERT INTO fingerprints (article_id, simhash, band0, band1, band2, band3, band4, band5, band6, band7)
                    VALUES ($id, $simhash, $band0, $band1, $band2, $band3, $band4, $band5, $band6, $band7)
                    ON CONFLICT (article_id) DO NOTHING
                    """);
                Parameter(print, "$id", article.Id);
                Parameter(print, "$simhash", SimHash.ToStored(fingerprint));
                for (int band = 0; band < SimHash.Bands; band++)
                {
                    Parameter(print, "$band" + band.ToString(CultureInfo.InvariantCulture), SimHash.Band(fingerprint, band));
                }

                print.ExecuteNonQuery();
            }

            if (added)
            {
                AnalysisRecord? record = article.Rejection is null ? article.Analysis ?? AnalysisRecords.TryRead(article.AnalysisJson) : null;
                Execute(_connection, transaction, LayerWriter.Write(SqlDialect.Sqlite, article.Id, record, article.Published,
                    new AnalysisVersion(article.Pipeline, article.Build, article.KnowledgeBase), article.StoredAt));
            }

            transaction.Commit();
            return added ? StoreOutcome.Added : StoreOutcome.AlreadyStored;
        }
    }

    /// <summary>The stored fingerprints that share a band with <c>$band0</c> … <c>$band7</c>: eight lookups in the band
    /// indexes, which SQLite joins as a multi-index OR (a test reads its query plan).</summary>
    internal const string CandidatesSql = """
        SELECT article_id, simhash FROM fingerprints
        WHERE band0 = $band0 OR band1 = $band1 OR band2 = $band2 OR band3 = $band3
           OR band4 = $band4 OR band5 = $band5 OR band6 = $band6 OR band7 = $band7
        """;

    /// <inheritdoc/>
    public NearDuplicate? FindNearDuplicate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (SimHash.Of(text) is not { } fingerprint)
        {
            return null;
        }

        lock (_lock)
        {
            // Only ids and fingerprints of the band matches are read; texts only of those within the distance.
            using SqliteCommand select = Command(null, CandidatesSql);
            for (int band = 0; band < SimHash.Bands; band++)
            {
                Parameter(select, "$band" + band.ToString(CultureInfo.InvariantCulture), SimHash.Band(fingerprint, band));
            }

            var rows = new List<(string Id, long Stored)>();
            using (SqliteDataReader reader = select.ExecuteReader())
            {
                while (reader.Read())
                {
                    rows.Add((reader.GetString(0), reader.GetInt64(1)));
                }
            }

            using SqliteCommand textOf = Command(null, "SELECT text FROM articles WHERE id = $id");
            SqliteParameter id = textOf.Parameters.Add("$id", SqliteType.Text);
            return NearDuplicates.Confirm(text, fingerprint, NearDuplicates.Candidates(fingerprint, rows), candidate =>
            {
                id.Value = candidate;
                return textOf.ExecuteScalar() as string;
            });
        }
    }

    /// <inheritdoc/>
    public bool LinkNearDuplicate(DuplicateLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        lock (_lock)
        {
            using SqliteCommand insert = Command(null, """
                INSERT INTO near_duplicates (id, input, simhash, duplicate_of, url, distance, linked_at)
                VALUES ($id, $input, $simhash, $duplicate_of, $url, $distance, $linked_at)
                ON CONFLICT (id, input) DO NOTHING
                """);
            Parameter(insert, "$id", link.Id);
            Parameter(insert, "$input", link.Input);
            Parameter(insert, "$simhash", SimHash.ToStored(link.Fingerprint));
            Parameter(insert, "$duplicate_of", link.DuplicateOf);
            Parameter(insert, "$url", link.Url);
            Parameter(insert, "$distance", link.Distance);
            Parameter(insert, "$linked_at", Timestamp(link.LinkedAt));
            return insert.ExecuteNonQuery() == 1;
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<DuplicateLink> NearDuplicatesOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_lock)
        {
            using SqliteCommand select = Command(null, """
                SELECT id, duplicate_of, input, url, simhash, distance, linked_at FROM near_duplicates
                WHERE duplicate_of = $id ORDER BY linked_at, id, input
                """);
            Parameter(select, "$id", id);
            var links = new List<DuplicateLink>();
            using SqliteDataReader reader = select.ExecuteReader();
            while (reader.Read())
            {
                links.Add(new DuplicateLink(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3), SimHash.FromStored(reader.GetInt64(4)), reader.GetInt32(5),
                    ParseTimestamp(reader.GetString(6))));
            }

            return links;
        }
    }

    /// <inheritdoc/>
    public StoredArticle? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_lock)
        {
            using SqliteCommand command = Command(null, """
                SELECT id, input, url, outlet, credited_source, title, lead, published, language, text,
                       rejection_stage, rejection_reason, rejection_detail, analysis, pipeline, stored_at,
                       (SELECT build FROM analyses WHERE article_id = $id), (SELECT knowledge_base FROM analyses WHERE article_id = $id)
                FROM articles WHERE id = $id
                """);
            Parameter(command, "$id", id);
            using SqliteDataReader reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            return ArticleRows.Article(reader, StoredAt);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> InputsOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_lock)
        {
            using SqliteCommand command = Command(null, "SELECT input FROM inputs WHERE article_id = $id ORDER BY seen_at, rowid");
            Parameter(command, "$id", id);
            using SqliteDataReader reader = command.ExecuteReader();
            var inputs = new List<string>();
            while (reader.Read())
            {
                inputs.Add(reader.GetString(0));
            }

            return inputs;
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<ArticleSummary> Query(ArticleQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        lock (_lock)
        {
            using SqliteCommand command = Command(null, string.Empty);
            command.CommandText = $"""
                SELECT id, input, title, outlet, published, language, rejection_reason, stored_at
                {From(command, query)}
                ORDER BY {(query.Search is null ? string.Empty : "article_search.rank, ")}published IS NULL, published DESC, id
                LIMIT $limit OFFSET $offset
                """;
            Parameter(command, "$limit", query.Limit);
            Parameter(command, "$offset", query.Offset);
            using SqliteDataReader reader = command.ExecuteReader();
            var summaries = new List<ArticleSummary>();
            while (reader.Read())
            {
                summaries.Add(ArticleRows.Summary(reader, StoredAt));
            }

            return summaries;
        }
    }

    /// <inheritdoc/>
    public long Count(ArticleQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_lock)
        {
            using SqliteCommand command = Command(null, string.Empty);
            command.CommandText = "SELECT count(*) " + From(command, query);
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    /// <inheritdoc/>
    public bool IndexLexemes(string id, IEnumerable<string> lexemes)
    {
        ArgumentNullException.ThrowIfNull(id);
        string words = SearchIndexText.Lexemes(lexemes);
        lock (_lock)
        {
            using SqliteTransaction transaction = _connection.BeginTransaction();
            // A contentless FTS5 row is replaced whole, so the title and text are indexed again beside the new lexemes.
            using SqliteCommand command = Command(transaction, """
                INSERT OR REPLACE INTO article_search (rowid, heading, body, lexemes)
                SELECT article_search_rows.search_rowid, coalesce(articles.title, ''), articles.text, $lexemes
                FROM articles JOIN article_search_rows ON article_search_rows.article_id = articles.id
                WHERE articles.id = $id
                """);
            Parameter(command, "$id", id);
            Parameter(command, "$lexemes", words);
            bool found = command.ExecuteNonQuery() == 1;
            transaction.Commit();
            return found;
        }
    }

    /// <inheritdoc/>
    public bool ReplaceAnalysis(string id, string analysisJson, AnalysisRecord record, AnalysisVersion version, DateTimeOffset analysedAt)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(analysisJson);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(version);
        lock (_lock)
        {
            using SqliteTransaction transaction = _connection.BeginTransaction();
            using SqliteCommand update = Command(transaction, """
                UPDATE articles SET analysis = $analysis, pipeline = $pipeline WHERE id = $id AND rejection_reason IS NULL
                RETURNING published
                """);
            Parameter(update, "$id", id);
            Parameter(update, "$analysis", analysisJson);
            Parameter(update, "$pipeline", version.Pipeline);
            string? published;
            using (SqliteDataReader reader = update.ExecuteReader())
            {
                if (!reader.Read())
                {
                    return false;
                }

                published = reader.IsDBNull(0) ? null : reader.GetString(0);
            }

            Execute(_connection, transaction, LayerWriter.Replace(SqlDialect.Sqlite, id, record, published, version, analysedAt));
            transaction.Commit();
            return true;
        }
    }

    /// <inheritdoc/>
    public AnalysisVersion? AnalysisVersionOf(string id) => RecordQueries.VersionOf(this, SqlDialect.Sqlite, id);

    /// <inheritdoc/>
    public IReadOnlyList<StaleAnalysis> StaleAnalyses(AnalysisVersion? current, string? after, int limit) =>
        RecordQueries.Stale(this, SqlDialect.Sqlite, current, after, limit);

    /// <inheritdoc/>
    public long CountStaleAnalyses(AnalysisVersion? current) => RecordQueries.CountStale(this, SqlDialect.Sqlite, current);

    /// <inheritdoc/>
    public IReadOnlyList<StoredEvent> Events(EventQuery query) => RecordQueries.Events(this, SqlDialect.Sqlite, query);

    /// <inheritdoc/>
    public long CountEvents(EventQuery query) => RecordQueries.CountEvents(this, SqlDialect.Sqlite, query);

    /// <inheritdoc/>
    public IReadOnlyList<TimelineDay> Timeline(EventQuery query) => RecordQueries.Timeline(this, SqlDialect.Sqlite, query);

    /// <inheritdoc/>
    public IReadOnlyList<NetworkEdge> Network(EventQuery query) => RecordQueries.Network(this, SqlDialect.Sqlite, query);

    /// <inheritdoc/>
    public IReadOnlyList<StoredEntity> Entities(EntityQuery query) => RecordQueries.Entities(this, SqlDialect.Sqlite, query);

    /// <inheritdoc/>
    public long CountEntities(EntityQuery query) => RecordQueries.CountEntities(this, SqlDialect.Sqlite, query);

    /// <inheritdoc/>
    public StoredEntity? FindEntity(string id) => RecordQueries.FindEntity(this, SqlDialect.Sqlite, id);

    /// <inheritdoc/>
    public IReadOnlyList<EntityName> EntityNames(string id) => RecordQueries.NamesOf(this, SqlDialect.Sqlite, id);

    /// <inheritdoc/>
    public IReadOnlyList<StoredQuote> Quotes(QuoteQuery query) => RecordQueries.Quotes(this, SqlDialect.Sqlite, query);

    /// <inheritdoc/>
    public long CountQuotes(QuoteQuery query) => RecordQueries.CountQuotes(this, SqlDialect.Sqlite, query);

    List<T> ISqlRunner.Read<T>(SqlStatement statement, Func<DbDataReader, T> row)
    {
        lock (_lock)
        {
            using SqliteCommand command = Command(null, statement.Text);
            Parameters(command, statement);
            using SqliteDataReader reader = command.ExecuteReader();
            var rows = new List<T>();
            while (reader.Read())
            {
                rows.Add(row(reader));
            }

            return rows;
        }
    }

    /// <summary>The result of <c>PRAGMA integrity_check</c>: "ok" for a sound file, otherwise the problems found.</summary>
    public string IntegrityCheck()
    {
        lock (_lock)
        {
            using SqliteCommand command = Command(null, "PRAGMA integrity_check");
            using SqliteDataReader reader = command.ExecuteReader();
            var lines = new StringBuilder();
            while (reader.Read())
            {
                lines.Append(lines.Length == 0 ? string.Empty : "\n").Append(reader.GetString(0));
            }

            return lines.ToString();
        }
    }

    /// <summary>The schema version of the open database.</summary>
    public int SchemaVersion
    {
        get
        {
            lock (_lock)
            {
                return SqliteMigrator.CurrentVersion(_connection);
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_lock)
        {
            _connection.Dispose();
        }
    }

    // FROM and WHERE for a query; a search joins the FTS5 index, whose rank column is then the relevance (lower is better).
    private static string From(SqliteCommand command, ArticleQuery query)
    {
        var conditions = new List<string>();
        string clause = "FROM articles";
        if (query.Search is not null)
        {
            clause += """
                 JOIN article_search_rows ON article_search_rows.article_id = articles.id
                 JOIN article_search ON article_search.rowid = article_search_rows.search_rowid
                """;
            conditions.Add("article_search MATCH $search");
            Parameter(command, "$search", SearchIndexText.Fts5Query(SearchWords.Require(query.Search)));
        }

        if (query.Language is not null)
        {
            conditions.Add("language = $language");
            Parameter(command, "$language", query.Language);
        }

        if (query.PublishedFrom is { } from)
        {
            // ISO 8601 strings sort as their dates do, so a text comparison is a date comparison.
            conditions.Add("published >= $from");
            Parameter(command, "$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (query.PublishedTo is { } to)
        {
            conditions.Add("substr(published, 1, 10) <= $to");
            Parameter(command, "$to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (query.Outlet is not null)
        {
            conditions.Add("outlet = $outlet COLLATE NOCASE");
            Parameter(command, "$outlet", query.Outlet);
        }

        if (query.TextContains is not null)
        {
            conditions.Add("kronika_contains(text, $text)");
            Parameter(command, "$text", query.TextContains);
        }

        if (query.Entity is not null)
        {
            conditions.Add("EXISTS (SELECT 1 FROM article_entities AS ae WHERE ae.article_id = articles.id AND ae.entity_id = $entity)");
            Parameter(command, "$entity", query.Entity);
        }

        if (!query.IncludeRejected)
        {
            conditions.Add("rejection_reason IS NULL");
        }

        return conditions.Count == 0 ? clause : clause + " WHERE " + string.Join(" AND ", conditions);
    }

    // Writes the layers of articles stored before migration 0004 from their stored records, each article in its own
    // transaction with its analyses row, so that a process killed here resumes where it stopped the next time.
    private static void Backfill(SqliteConnection connection)
    {
        while (true)
        {
            var pending = new List<(string Id, string Json, string? Published, string Pipeline, string StoredAt, bool Rejected)>();
            using (SqliteCommand select = connection.CreateCommand())
            {
                select.CommandText = """
                    SELECT id, analysis, published, pipeline, stored_at, rejection_reason IS NOT NULL FROM articles
                    WHERE NOT EXISTS (SELECT 1 FROM analyses WHERE analyses.article_id = articles.id) ORDER BY id LIMIT 100
                    """;
                using SqliteDataReader reader = select.ExecuteReader();
                while (reader.Read())
                {
                    pending.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3),
                        reader.GetString(4), reader.GetBoolean(5)));
                }
            }

            if (pending.Count == 0)
            {
                return;
            }

            foreach ((string id, string json, string? published, string pipeline, string storedAt, bool rejected) in pending)
            {
                // BEGIN IMMEDIATE: another process backfilling the same file waits, then finds the row and skips it.
                using SqliteTransaction transaction = connection.BeginTransaction();
                using (SqliteCommand done = connection.CreateCommand())
                {
                    done.Transaction = transaction;
                    done.CommandText = "SELECT count(*) FROM analyses WHERE article_id = $id";
                    done.Parameters.AddWithValue("$id", id);
                    if (Convert.ToInt64(done.ExecuteScalar(), CultureInfo.InvariantCulture) > 0)
                    {
                        continue;
                    }
                }

                Execute(connection, transaction, LayerWriter.Write(SqlDialect.Sqlite, id, rejected ? null : AnalysisRecords.TryRead(json), published,
                    new AnalysisVersion(pipeline, null, null), ParseTimestamp(storedAt)));
                transaction.Commit();
            }
        }
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, List<SqlStatement> statements)
    {
        foreach (SqlStatement statement in statements)
        {
            using SqliteCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = statement.Text;
            Parameters(command, statement);
            command.ExecuteNonQuery();
        }
    }

    private static void Parameters(SqliteCommand command, SqlStatement statement)
    {
        for (int index = 0; index < statement.Values.Count; index++)
        {
            object? value = statement.Values[index].Value switch
            {
                null => DBNull.Value,
                DateTimeOffset time => Timestamp(time),
                object other => other,
            };
            command.Parameters.AddWithValue("$p" + (index + 1).ToString(CultureInfo.InvariantCulture), value);
        }
    }

    private SqliteCommand Command(SqliteTransaction? transaction, string sql)
    {
        SqliteCommand command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Parameter(SqliteCommand command, string name, object? value) =>
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);

    private static DateTimeOffset StoredAt(DbDataReader reader, int ordinal) => ParseTimestamp(reader.GetString(ordinal));

    private static string Timestamp(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTimestamp(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static void Pragma(SqliteConnection connection, string pragma)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + pragma;
        command.ExecuteNonQuery();
    }
}
