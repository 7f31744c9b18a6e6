using Kronika.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Kronika.Storage.Tests.Sqlite;

/// <summary>A database written before the search index (schema version 1) gets its articles indexed when opened.</summary>
public sealed class SqliteSearchUpgradeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("Stary artykuł\n\nŁukaszenka przyjechał do Mińska.", "mińska")]
    public void Articles_stored_at_version_one_are_found_by_search_after_the_upgrade(string text, string search)
    {
        string path = Path.Combine(_folder.Path, "v1.db");
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString))
        {
            connection.Open();
            Execute(connection, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT");
            Execute(connection, SqliteMigrator.Migrations[0].Sql);
            Execute(connection, "INSERT INTO schema_version VALUES (1, '0001_articles', '2024-01-01T00:00:00Z')");
            Execute(connection, $"""
                INSERT INTO articles (id, input, title, text, analysis, pipeline, stored_at)
                VALUES ('sha256:old', 'old.txt', 'Stary artykuł', '{text}', '[]', 'tokenize', '2024-01-01T00:00:00Z')
                """);
        }

        using SqliteArticleStore store = SqliteArticleStore.Open(path);
        store.Store(TestArticles.Make("Nowy artykuł o Mińsku."));

        Assert.Equal(SqliteMigrator.LatestVersion, store.SchemaVersion);
        Assert.Equal(["sha256:old"], store.Query(new ArticleQuery { Search = search }).Select(summary => summary.Id));
        Assert.Single(store.Query(new ArticleQuery { Search = "mińsku" }));
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
