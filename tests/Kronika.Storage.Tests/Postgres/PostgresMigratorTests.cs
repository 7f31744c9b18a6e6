using Kronika.Storage.Postgres;
using Npgsql;

namespace Kronika.Storage.Tests.Postgres;

public sealed class PostgresMigratorTests(PostgresServer server)
{
    [Theory]
    [InlineData("0001_articles")]
    public void The_embedded_migrations_are_found_in_order_from_one(string first)
    {
        Assert.NotEmpty(PostgresMigrator.Migrations);
        Assert.Equal(first, PostgresMigrator.Migrations[0].Name);
        Assert.Equal(Enumerable.Range(1, PostgresMigrator.Migrations.Count), PostgresMigrator.Migrations.Select(migration => migration.Version));
    }

    [Theory]
    [InlineData("articles")]
    [InlineData("inputs")]
    [InlineData("article_search")]
    public void A_fresh_schema_is_created_at_the_latest_version_with_its_tables(string table)
    {
        string schema = server.NewSchema();
        using (PostgresArticleStore store = PostgresArticleStore.Open(schema))
        {
            Assert.Equal(PostgresMigrator.LatestVersion, store.SchemaVersion);
        }

        Assert.Equal(1L, PostgresServer.Scalar(schema, $"SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = '{table}'"));
        Assert.Equal((long)PostgresMigrator.LatestVersion, PostgresServer.Scalar(schema, "SELECT count(*) FROM schema_version"));
    }

    [Theory]
    [InlineData(3)]
    public void Reopening_applies_nothing_twice_and_keeps_the_data(int reopenings)
    {
        string schema = server.NewSchema();
        StoredArticle article = TestArticles.Make("Zachowany tekst.");
        using (PostgresArticleStore store = PostgresArticleStore.Open(schema))
        {
            store.Store(article);
        }

        for (int time = 0; time < reopenings; time++)
        {
            using PostgresArticleStore store = PostgresArticleStore.Open(schema);
            Assert.Equal(article, store.Find(article.Id));
        }

        Assert.Equal((long)PostgresMigrator.LatestVersion, PostgresServer.Scalar(schema, "SELECT count(*) FROM schema_version"));
    }

    [Theory]
    [InlineData(6)]
    public void Processes_opening_a_new_schema_at_once_apply_each_migration_once(int stores)
    {
        string schema = server.NewSchema();

        Parallel.For(0, stores, _ => PostgresArticleStore.Open(schema).Dispose());

        Assert.Equal((long)PostgresMigrator.LatestVersion, PostgresServer.Scalar(schema, "SELECT count(*) FROM schema_version"));
    }

    [Theory]
    [InlineData(999)]
    public void A_database_newer_than_the_code_is_refused_with_a_clear_error(int version)
    {
        string schema = server.NewSchema();
        PostgresArticleStore.Open(schema).Dispose();
        PostgresServer.Scalar(schema, $"INSERT INTO schema_version (version, name, applied_at) VALUES ({version}, '{version}_future', now())");

        StoreException error = Assert.Throws<StoreException>(() => PostgresArticleStore.Open(schema));

        Assert.Contains($"schema version {version}", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer kronika", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no_such_schema")]
    public void A_search_path_without_an_existing_schema_is_refused_with_a_clear_error(string schema)
    {
        string connection = new NpgsqlConnectionStringBuilder(server.NewSchema()) { SearchPath = schema }.ConnectionString;

        StoreException error = Assert.Throws<StoreException>(() => PostgresArticleStore.Open(connection));

        Assert.Contains("Search Path", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wrong-password-7f3a")]
    public void A_refused_login_is_a_store_error_that_does_not_repeat_the_password(string password)
    {
        string connection = new NpgsqlConnectionStringBuilder(server.NewSchema()) { Password = password }.ConnectionString;

        StoreException error = Assert.Throws<StoreException>(() => PostgresArticleStore.Open(connection));

        Assert.StartsWith("Cannot open the PostgreSQL database 'postgres://", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(password, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("C")]
    public void A_database_whose_character_type_cannot_lowercase_polish_is_refused(string locale)
    {
        string database = "kronika_ctype_" + Guid.NewGuid().ToString("N")[..8];
        string schema = server.NewSchema();
        PostgresServer.Scalar(schema, $"CREATE DATABASE {database} TEMPLATE template0 ENCODING 'UTF8' LOCALE '{locale}'");
        try
        {
            string connection = new NpgsqlConnectionStringBuilder(schema) { Database = database, SearchPath = null }.ConnectionString;

            StoreException error = Assert.Throws<StoreException>(() => PostgresArticleStore.Open(connection));

            Assert.Contains("cannot lowercase Polish letters", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            PostgresServer.Scalar(schema, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }
}
