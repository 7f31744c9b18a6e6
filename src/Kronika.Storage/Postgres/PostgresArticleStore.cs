using System.Data.Common;
using System.Globalization;
using Kronika.Contract;
using Kronika.Storage.Duplicates;
using Kronika.Storage.Layers;
using Kronika.Storage.Search;
using Npgsql;
using NpgsqlTypes;

namespace Kronika.Storage.Postgres;

/// <summary>The server store: a PostgreSQL database (version 14 or newer), migrated to the newest schema when opened.</summary>
/// <remarks>
/// Each <see cref="Store"/> is one transaction (the article, its search row and its input), so a process killed at any
/// moment leaves each article wholly stored or absent; <c>ON CONFLICT DO NOTHING</c> on the article id makes storing
/// again add nothing, from any number of threads or processes at once. Connections come from Npgsql's pool, one per
/// call, so the store is safe from many threads. <see cref="StoredArticle.StoredAt"/> is kept to the microsecond
/// (PostgreSQL's resolution). The database needs a UTF-8 encoding and a character type that knows Polish letters
/// (any UTF-8 locale such as <c>C.UTF-8</c> or <c>pl_PL.UTF-8</c>, not plain <c>C</c>), which opening checks.
/// PostgreSQL text cannot hold U+0000: an article with one (Kronika's cleaning removes control characters) is refused
/// with a <see cref="StoreException"/> and nothing of it is stored.
/// </remarks>
public sealed class PostgresArticleStore : IArticleStore, ISqlRunner
{
    private const string Columns = """
        id, input, url, outlet, credited_source, title, lead, published, language, text,
        rejection_stage, rejection_reason, rejection_detail, analysis, pipeline, stored_at
        """;

    private const string SummaryColumns = "id, input, title, outlet, published, language, rejection_reason, stored_at";

    private readonly NpgsqlDataSource _dataSource;

    private PostgresArticleStore(NpgsqlDataSource dataSource, string location)
    {
        _dataSource = dataSource;
        Location = location;
    }

    /// <inheritdoc/>
    public string Location { get; }

    /// <summary>Connects to the database <paramref name="connectionString"/> names and applies pending migrations.</summary>
    /// <param name="connectionString">Npgsql keywords (<c>Host=...;Database=...;Username=...</c>) or a <c>postgres://</c> URI.
    /// Tables go to the first schema of <c>Search Path</c> (default <c>public</c>); the database must exist.</param>
    /// <exception cref="StoreException">When the string cannot be read, the server cannot be reached or refuses the login,
    /// the database's character type cannot lowercase Polish letters, or its schema is newer than this code.</exception>
    public static PostgresArticleStore Open(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        NpgsqlConnectionStringBuilder settings = PostgresConnection.Parse(connectionString);
        if (string.IsNullOrEmpty(settings.ApplicationName))
        {
            settings.ApplicationName = "kronika";
        }

        string location = PostgresConnection.Describe(settings);
        NpgsqlDataSource dataSource = NpgsqlDataSource.Create(settings);
        try
        {
            using NpgsqlConnection connection = dataSource.OpenConnection();
            CheckCharacterType(connection, location);
            PostgresMigrator.Migrate(connection, location);
            Backfill(connection);
        }
        catch (NpgsqlException exception)
        {
            dataSource.Dispose();
            throw new StoreException($"Cannot open the PostgreSQL database '{location}': {OneLine(exception.Message)}", exception);
        }
        catch
        {
            dataSource.Dispose();
            throw;
        }

        return new PostgresArticleStore(dataSource, location);
    }

    /// <inheritdoc/>
    public StoreOutcome Store(StoredArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        DateTimeOffset storedAt = article.StoredAt.ToUniversalTime();
        try
        {
            using NpgsqlConnection connection = _dataSource.OpenConnection();
            using NpgsqlTransaction transaction = connection.BeginTransaction();
            using NpgsqlBatch batch = new(connection, transaction);
            // The article (its search row follows by trigger) and its input go in one round trip.
            var insert = new NpgsqlBatchCommand($"""
                INSERT INTO articles ({Columns})
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
                ON CONFLICT (id) DO NOTHING
                """);
            Text(insert.Parameters, article.Id);
            Text(insert.Parameters, article.Input);
            Text(insert.Parameters, article.Url);
            Text(insert.Parameters, article.Outlet);
            Text(insert.Parameters, article.CreditedSource);
            Text(insert.Parameters, article.Title);
            Text(insert.Parameters, article.Lead);
            Text(insert.Parameters, article.Published);
            Text(insert.Parameters, article.Language);
            Text(insert.Parameters, article.Text);
            Text(insert.Parameters, article.Rejection?.Stage);
            Text(insert.Parameters, article.Rejection is { } rejection ? RejectionCodes.ToCode(rejection.Reason) : null);
            Text(insert.Parameters, article.Rejection?.Detail);
            Text(insert.Parameters, article.AnalysisJson);
            Text(insert.Parameters, article.Pipeline);
            insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = storedAt, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            batch.BatchCommands.Add(insert);

            var input = new NpgsqlBatchCommand("""
                INSERT INTO inputs (article_id, input, seen_at) VALUES ($1, $2, $3)
                ON CONFLICT (article_id, input) DO NOTHING
                """);
            Text(input.Parameters, article.Id);
            Text(input.Parameters, article.Input);
            input.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = storedAt, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            batch.BatchCommands.Add(input);

            if (article.Rejection is null && SimHash.Of(article.Text) is { } fingerprint)
            {
                // Written only with a new article: the insert does nothing when the article (and so its print) is there.
                var print = new NpgsqlBatchCommand("""
                    INSERT INTO fingerprints (article_id, simhash, band0, band1, band2, band3, band4, band5, band6, band7)
                    SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10 WHERE NOT EXISTS (SELECT 1 FROM fingerprints WHERE article_id = $1)
                    """);
                Text(print.Parameters, article.Id);
                print.Parameters.Add(new NpgsqlParameter<long> { TypedValue = SimHash.ToStored(fingerprint) });
                for (int band = 0; band < SimHash.Bands; band++)
                {
                    print.Parameters.Add(new NpgsqlParameter<int> { TypedValue = SimHash.Band(fingerprint, band) });
                }

                batch.BatchCommands.Add(print);
            }

            batch.ExecuteNonQuery();
            bool added = insert.RecordsAffected == 1;
            if (added)
            {
                AnalysisRecord? record = article.Rejection is null ? article.Analysis ?? AnalysisRecords.TryRead(article.AnalysisJson) : null;
                Execute(connection, transaction, LayerWriter.Write(SqlDialect.Postgres, article.Id, record, article.Published,
                    new AnalysisVersion(article.Pipeline, article.Build, article.KnowledgeBase), storedAt));
            }

            transaction.Commit();
            return added ? StoreOutcome.Added : StoreOutcome.AlreadyStored;
        }
        catch (NpgsqlException exception)
        {
            throw Failed(exception);
        }
    }

    /// <inheritdoc/>
    public NearDuplicate? FindNearDuplicate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (SimHash.Of(text) is not { } fingerprint)
        {
            return null;
        }

        try
        {
            using NpgsqlConnection connection = _dataSource.OpenConnection();
            // Only ids and fingerprints of the band matches are read; texts only of those within the distance.
            using NpgsqlCommand command = new("""
                SELECT article_id, simhash FROM fingerprints
                WHERE band0 = $1 OR band1 = $2 OR band2 = $3 OR band3 = $4
                   OR band4 = $5 OR band5 = $6 OR band6 = $7 OR band7 = $8
                """, connection);
            for (int band = 0; band < SimHash.Bands; band++)
            {
                command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = SimHash.Band(fingerprint, band) });
            }

            var rows = new List<(string Id, long Stored)>();
            using (NpgsqlDataReader reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    rows.Add((reader.GetString(0), reader.GetInt64(1)));
                }
            }

            using NpgsqlCommand textOf = new("SELECT text FROM articles WHERE id = $1", connection);
            var id = new NpgsqlParameter<string>();
            textOf.Parameters.Add(id);
            return NearDuplicates.Confirm(text, fingerprint, NearDuplicates.Candidates(fingerprint, rows), candidate =>
            {
                id.TypedValue = candidate;
                return textOf.ExecuteScalar() as string;
            });
        }
        catch (NpgsqlException exception)
        {
            throw Failed(exception);
        }
    }

    /// <inheritdoc/>
    public bool LinkNearDuplicate(DuplicateLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        try
        {
            using NpgsqlConnection connection = _dataSource.OpenConnection();
            using NpgsqlCommand command = new("""
                INSERT INTO near_duplicates (id, input, duplicate_of, url, distance, linked_at, simhash)
                VALUES ($1, $2, $3, $4, $5, $6, $7)
                ON CONFLICT (id, input) DO NOTHING
                """, connection);
            Text(command.Parameters, link.Id);
            Text(command.Parameters, link.Input);
            Text(command.Parameters, link.DuplicateOf);
            Text(command.Parameters, link.Url);
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = link.Distance });
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = link.LinkedAt.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = SimHash.ToStored(link.Fingerprint) });
            return command.ExecuteNonQuery() == 1;
        }
        catch (NpgsqlException exception)
        {
            throw Failed(exception);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<DuplicateLink> NearDuplicatesOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        try
        {
            using NpgsqlConnection connection = _dataSource.OpenConnection();
            using NpgsqlCommand command = new("""
                SELECT id, duplicate_of, input, url, simhash, distance, linked_at FROM near_duplicates
                WHERE duplicate_of = $1 ORDER BY linked_at, id, input
                """, connection);
            Text(command.Parameters, id);
            var links = new List<DuplicateLink>();
            using NpgsqlDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                links.Add(new DuplicateLink(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3), SimHash.FromStored(reader.GetInt64(4)), reader.GetInt32(5),
                    reader.GetFieldValue<DateTimeOffset>(6)));
            }

            return links;
        }
        catch (NpgsqlException exception)
        {
            throw Failed(exception);
        }
    }

    /// <inheritdoc/>
    public StoredArticle? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        try
        {
            using NpgsqlConnection connection = _dataSource.OpenConnection();
            using NpgsqlCommand command = new($"""
                SELECT {Columns}, (SELECT build FROM analyses WHERE article_id = $1), (SELECT knowledge_base FROM analyses WHERE article_id = $1)
                FROM articles WHERE id = $1
                """, connection);
            Text(command.Parameters, id);
            using NpgsqlDataReader reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            return ArticleRows.Article(reader, StoredAt);
        }
        catch (NpgsqlException exception)
        {
            throw Failed(exception);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> InputsOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        try
        {
            using NpgsqlConnection connection = _dataSource.OpenConnection();
            using NpgsqlCommand command = new("SELECT input FROM inputs WHERE article_id = $1 ORDER BY seq", connection);
            Text(command.Parameters, id);
            using NpgsqlDataReader reader = command.ExecuteReader();
            var inputs = new List<string>();
            while (reader.Read())
            {
                inputs.Add(reader.GetString(0));
            }

            return inputs;
        }
        catch (NpgsqlException exception)
        {
            throw Failed(exception);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<ArticleSummary> Query(ArticleQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        try
        {
            using NpgsqlConnection connection = _dataSource.OpenConnection();
            using NpgsqlCommand command = connection.CreateCommand();
            string from = From(command, query, out string? rank);
            command.CommandText = $"""
                SELECT {SummaryColumns}
                {from}
                ORDER BY {(rank is null ? string.Empty : rank + " DESC, ")}published IS NULL, published DESC, id
                LIMIT {Add(command, query.Limit)} OFFSET {Add(command, query.Offset)}
                """;
            using NpgsqlDataReader reader = command.ExecuteReader();
            var summaries = new List<ArticleSummary>();
            while (reader.Read())
            {
                summaries.Add(ArticleRows.Summary(reader, StoredAt));
            }

            return summaries;
        }
        catch (NpgsqlException exception)
        {
            throw Failed(exception);
        }
    }

    /// <inheritdoc/>
    public long Count(ArticleQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        try
        {
            using NpgsqlConnection connection = _dataSource.OpenConnection();
            using NpgsqlCommand command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) " + From(command, query, out _);
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (NpgsqlException exception)
        {
            throw Failed(exception);
        }
    }

    /// <inheritdoc/>
    public bool IndexLexemes(string id, IEnumerable<string> lexemes)
    {
        ArgumentNullException.ThrowIfNull(id);
        string words = SearchIndexText.Lexemes(lexemes);
        try
        {
            using NpgsqlConnection connection = _dataSource.OpenConnection();
            using NpgsqlCommand command = new("""
                UPDATE article_search
                SET lexemes = $2, document = kronika_search_document(articles.title, articles.text, $2)
                FROM articles
                WHERE article_search.article_id = $1 AND articles.id = $1
                """, connection);
            Text(command.Parameters, id);
            Text(command.Parameters, words);
            return command.ExecuteNonQuery() == 1;
        }
        catch (NpgsqlException exception)
        {
            throw Failed(exception);
        }
    }

    /// <inheritdoc/>
    public bool ReplaceAnalysis(string id, string analysisJson, AnalysisRecord record, AnalysisVersion version, DateTimeOffset analysedAt)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(analysisJson);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(version);
        try
        {
            using NpgsqlConnection connection = _dataSource.OpenConnection();
            using NpgsqlTransaction transaction = connection.BeginTransaction();
            // The update locks the article's row: a second process replacing the same analysis waits for this one.
            using NpgsqlCommand update = new("""
                UPDATE articles SET analysis = $2, pipeline = $3 WHERE id = $1 AND rejection_reason IS NULL RETURNING published
                """, connection, transaction);
            Text(update.Parameters, id);
            Text(update.Parameters, analysisJson);
            Text(update.Parameters, version.Pipeline);
            string? published;
            using (NpgsqlDataReader reader = update.ExecuteReader())
            {
                if (!reader.Read())
                {
                    return false;
                }

                published = reader.IsDBNull(0) ? null : reader.GetString(0);
            }

            Execute(connection, transaction, LayerWriter.Replace(SqlDialect.Postgres, id, record, published, version, analysedAt));
            transaction.Commit();
            return true;
        }
        catch (NpgsqlException exception)
        {
            throw Failed(exception);
        }
    }

    /// <inheritdoc/>
    public AnalysisVersion? AnalysisVersionOf(string id) => RecordQueries.VersionOf(this, SqlDialect.Postgres, id);

    /// <inheritdoc/>
    public IReadOnlyList<StaleAnalysis> StaleAnalyses(AnalysisVersion? current, string? after, int limit) =>
        RecordQueries.Stale(this, SqlDialect.Postgres, current, after, limit);

    /// <inheritdoc/>
    public long CountStaleAnalyses(AnalysisVersion? current) => RecordQueries.CountStale(this, SqlDialect.Postgres, current);

    /// <inheritdoc/>
    public IReadOnlyList<StoredEvent> Events(EventQuery query) => RecordQueries.Events(this, SqlDialect.Postgres, query);

    /// <inheritdoc/>
    public long CountEvents(EventQuery query) => RecordQueries.CountEvents(this, SqlDialect.Postgres, query);

    /// <inheritdoc/>
    public IReadOnlyList<TimelineDay> Timeline(EventQuery query) => RecordQueries.Timeline(this, SqlDialect.Postgres, query);

    /// <inheritdoc/>
    public IReadOnlyList<NetworkEdge> Network(EventQuery query) => RecordQueries.Network(this, SqlDialect.Postgres, query);

    /// <inheritdoc/>
    public IReadOnlyList<StoredEntity> Entities(EntityQuery query) => RecordQueries.Entities(this, SqlDialect.Postgres, query);

    /// <inheritdoc/>
    public long CountEntities(EntityQuery query) => RecordQueries.CountEntities(this, SqlDialect.Postgres, query);

    /// <inheritdoc/>
    public StoredEntity? FindEntity(string id) => RecordQueries.FindEntity(this, SqlDialect.Postgres, id);

    /// <inheritdoc/>
    public IReadOnlyList<EntityName> EntityNames(string id) => RecordQueries.NamesOf(this, SqlDialect.Postgres, id);

    /// <inheritdoc/>
    public IReadOnlyList<StoredQuote> Quotes(QuoteQuery query) => RecordQueries.Quotes(this, SqlDialect.Postgres, query);

    /// <inheritdoc/>
    public long CountQuotes(QuoteQuery query) => RecordQueries.CountQuotes(this, SqlDialect.Postgres, query);

    List<T> ISqlRunner.Read<T>(SqlStatement statement, Func<DbDataReader, T> row)
    {
        try
        {
            using NpgsqlConnection connection = _dataSource.OpenConnection();
            using NpgsqlCommand command = new(statement.Text, connection);
            Parameters(command.Parameters, statement);
            using NpgsqlDataReader reader = command.ExecuteReader();
            var rows = new List<T>();
            while (reader.Read())
            {
                rows.Add(row(reader));
            }

            return rows;
        }
        catch (NpgsqlException exception)
        {
            throw Failed(exception);
        }
    }

    /// <summary>The schema version of the open database.</summary>
    public int SchemaVersion
    {
        get
        {
            using NpgsqlConnection connection = _dataSource.OpenConnection();
            return PostgresMigrator.CurrentVersion(connection);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _dataSource.Dispose();

    // FROM and WHERE for a query; rank is the relevance expression when the query searches, else null.
    private static string From(NpgsqlCommand command, ArticleQuery query, out string? rank)
    {
        var conditions = new List<string>();
        string from = "FROM articles";
        rank = null;
        if (query.Search is not null)
        {
            string tsquery = Add(command, SearchIndexText.PostgresQuery(SearchWords.Require(query.Search)));
            from += " JOIN article_search ON article_search.article_id = articles.id";
            conditions.Add($"article_search.document @@ to_tsquery('simple', {tsquery})");
            rank = $"ts_rank(article_search.document, to_tsquery('simple', {tsquery}))";
        }

        if (query.Language is not null)
        {
            conditions.Add($"language = {Add(command, query.Language)}");
        }

        if (query.PublishedFrom is { } first)
        {
            // ISO 8601 strings sort as their dates do (the column is COLLATE "C"), so a text comparison is a date comparison.
            conditions.Add($"published >= {Add(command, first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}");
        }

        if (query.PublishedTo is { } last)
        {
            conditions.Add($"substr(published, 1, 10) <= {Add(command, last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}");
        }

        if (query.Outlet is not null)
        {
            conditions.Add($"lower(outlet) = lower({Add(command, query.Outlet)})");
        }

        if (query.TextContains is not null)
        {
            conditions.Add($"strpos(lower(text), lower({Add(command, query.TextContains)})) > 0");
        }

        if (query.Entity is not null)
        {
            conditions.Add($"EXISTS (SELECT 1 FROM article_entities AS ae WHERE ae.article_id = articles.id AND ae.entity_id = {Add(command, query.Entity)})");
        }

        if (!query.IncludeRejected)
        {
            conditions.Add("rejection_reason IS NULL");
        }

        return conditions.Count == 0 ? from : from + " WHERE " + string.Join(" AND ", conditions);
    }

    // Writes the layers of articles stored before migration 0004 from their stored records, each article in its own
    // transaction with its analyses row (the article's row locked first, so two processes opening the database at once
    // write each article's layers once), so that a process killed here resumes where it stopped the next time.
    private static void Backfill(NpgsqlConnection connection)
    {
        while (true)
        {
            var pending = new List<string>();
            using (NpgsqlCommand select = new("""
                SELECT id FROM articles WHERE NOT EXISTS (SELECT 1 FROM analyses WHERE analyses.article_id = articles.id) ORDER BY id LIMIT 100
                """, connection))
            using (NpgsqlDataReader reader = select.ExecuteReader())
            {
                while (reader.Read())
                {
                    pending.Add(reader.GetString(0));
                }
            }

            if (pending.Count == 0)
            {
                return;
            }

            foreach (string id in pending)
            {
                using NpgsqlTransaction transaction = connection.BeginTransaction();
                using NpgsqlCommand article = new("""
                    SELECT analysis, published, pipeline, stored_at, rejection_reason IS NOT NULL,
                           EXISTS (SELECT 1 FROM analyses WHERE analyses.article_id = articles.id)
                    FROM articles WHERE id = $1 FOR UPDATE
                    """, connection, transaction);
                Text(article.Parameters, id);
                string json;
                string? published;
                string pipeline;
                DateTimeOffset storedAt;
                bool rejected;
                using (NpgsqlDataReader reader = article.ExecuteReader())
                {
                    if (!reader.Read() || reader.GetBoolean(5))
                    {
                        continue;
                    }

                    (json, published, pipeline, storedAt, rejected) = (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1),
                        reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3), reader.GetBoolean(4));
                }

                Execute(connection, transaction, LayerWriter.Write(SqlDialect.Postgres, id, rejected ? null : AnalysisRecords.TryRead(json), published,
                    new AnalysisVersion(pipeline, null, null), storedAt));
                transaction.Commit();
            }
        }
    }

    // The statements in one round trip.
    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, List<SqlStatement> statements)
    {
        using NpgsqlBatch batch = new(connection, transaction);
        foreach (SqlStatement statement in statements)
        {
            var command = new NpgsqlBatchCommand(statement.Text);
            Parameters(command.Parameters, statement);
            batch.BatchCommands.Add(command);
        }

        batch.ExecuteNonQuery();
    }

    private static void Parameters(NpgsqlParameterCollection parameters, SqlStatement statement)
    {
        foreach ((object? value, Type type) in statement.Values)
        {
            NpgsqlDbType dbType = type == typeof(string) ? NpgsqlDbType.Text
                : type == typeof(int) ? NpgsqlDbType.Integer
                : type == typeof(long) ? NpgsqlDbType.Bigint
                : type == typeof(double) ? NpgsqlDbType.Double
                : type == typeof(DateTimeOffset) ? NpgsqlDbType.TimestampTz
                : throw new ArgumentException($"No PostgreSQL type for {type.Name}.", nameof(statement));
            parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value, NpgsqlDbType = dbType });
        }
    }

    // Adds a positional parameter and returns its placeholder ($1, $2 ...).
    private static string Add(NpgsqlCommand command, string value)
    {
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = value, NpgsqlDbType = NpgsqlDbType.Text });
        return "$" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
    }

    private static string Add(NpgsqlCommand command, int value)
    {
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = value });
        return "$" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
    }

    private static void Text(NpgsqlParameterCollection parameters, string? value) =>
        parameters.Add(new NpgsqlParameter { Value = value ?? (object)DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });

    private static DateTimeOffset StoredAt(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    // The server went away or refused a statement: one line for the person, the cause kept for a debugger.
    private StoreException Failed(NpgsqlException exception) =>
        new($"The PostgreSQL database '{Location}' failed: {OneLine(exception.Message)}", exception);

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");

    // lower() and the full-text parser use the database's character type; under plain C they leave "Ł" as it is,
    // and searches and TextContains would silently miss Polish words written in capitals.
    private static void CheckCharacterType(NpgsqlConnection connection, string location)
    {
        using NpgsqlCommand command = new("SELECT lower('ŁÓDŹ') = 'łódź', current_setting('server_encoding'), current_setting('lc_ctype')", connection);
        using NpgsqlDataReader reader = command.ExecuteReader();
        reader.Read();
        if (!reader.GetBoolean(0))
        {
            throw new StoreException(
                $"The PostgreSQL database '{location}' (encoding {reader.GetString(1)}, LC_CTYPE {reader.GetString(2)}) cannot lowercase Polish letters; create it with ENCODING 'UTF8' LOCALE 'C.UTF-8' TEMPLATE template0.");
        }
    }
}
