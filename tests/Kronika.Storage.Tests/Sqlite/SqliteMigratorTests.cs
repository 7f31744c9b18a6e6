using Kronika.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Kronika.Storage.Tests.Sqlite;

public sealed class SqliteMigratorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DatabasePath => Path.Combine(_folder.Path, "kronika.db");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("0001_articles")]
    public void The_embedded_migrations_are_found_in_order_from_one(string first)
    {
        Assert.NotEmpty(SqliteMigrator.Migrations);
        Assert.Equal(first, SqliteMigrator.Migrations[0].Name);
        Assert.Equal(Enumerable.Range(1, SqliteMigrator.Migrations.Count), SqliteMigrator.Migrations.Select(migration => migration.Version));
    }

    [Theory]
    [InlineData("articles")]
    [InlineData("inputs")]
    public void A_fresh_file_is_created_at_the_latest_version_with_its_tables(string table)
    {
        using (SqliteArticleStore store = SqliteArticleStore.Open(DatabasePath))
        {
            Assert.Equal(SqliteMigrator.LatestVersion, store.SchemaVersion);
        }

        Assert.True(File.Exists(DatabasePath));
        Assert.Equal(1L, Scalar($"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'"));
        Assert.Equal((long)SqliteMigrator.LatestVersion, Scalar("SELECT count(*) FROM schema_version"));
        Assert.Equal("wal", Scalar("PRAGMA journal_mode"));
    }

    [Theory]
    [InlineData(3)]
    public void Reopening_applies_nothing_twice_and_keeps_the_data(int reopenings)
    {
        StoredArticle article = TestArticles.Make("Zachowany tekst.");
        using (SqliteArticleStore store = SqliteArticleStore.Open(DatabasePath))
        {
            store.Store(article);
        }

        for (int time = 0; time < reopenings; time++)
        {
            using SqliteArticleStore store = SqliteArticleStore.Open(DatabasePath);
            Assert.Equal(article, store.Find(article.Id));
        }

        Assert.Equal((long)SqliteMigrator.LatestVersion, Scalar("SELECT count(*) FROM schema_version"));
    }

    [Theory]
    [InlineData(999)]
    public void A_database_newer_than_the_code_is_refused_with_a_clear_error(int version)
    {
        SqliteArticleStore.Open(DatabasePath).Dispose();
        Scalar($"INSERT INTO schema_version (version, name, applied_at) VALUES ({version}, '{version}_future', '2099-01-01')");

        StoreException error = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(DatabasePath));

        Assert.Contains($"schema version {version}", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer kronika", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("This is a text file, not a database. It is long enough to have a header of a hundred bytes or more, really.")]
    public void A_file_that_is_not_a_database_is_refused_with_a_clear_error(string content)
    {
        File.WriteAllText(DatabasePath, content);

        StoreException error = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(DatabasePath));

        Assert.Contains(DatabasePath, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-folder/kronika.db")]
    public void A_database_in_a_missing_folder_is_refused(string relative)
    {
        Assert.Throws<StoreException>(() => SqliteArticleStore.Open(Path.Combine(_folder.Path, relative)));
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ConnectionString);
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
