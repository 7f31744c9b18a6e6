using Kronika.Storage.Layers;
using Kronika.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Kronika.Storage.Tests.Sqlite;

/// <summary>A database written before the layer tables (schema version 3) gets every article's layers from its stored
/// record when opened, once.</summary>
public sealed class SqliteLayersUpgradeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(2)]
    public void Articles_stored_at_version_three_get_their_layers_when_the_store_is_opened(int openings)
    {
        string path = Path.Combine(_folder.Path, "v3.db");
        (StoredArticle article, _) = TestRecords.Summit(7);
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString))
        {
            connection.Open();
            Execute(connection, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT");
            foreach (Migrations.Migration migration in SqliteMigrator.Migrations.Take(3))
            {
                Execute(connection, migration.Sql);
                Execute(connection, $"INSERT INTO schema_version VALUES ({migration.Version}, '{migration.Name}', '2024-01-01T00:00:00Z')");
            }

            Execute(connection, "INSERT INTO articles (id, input, published, text, analysis, pipeline, stored_at) VALUES ($id, 'old.txt', '2024-03-05', $text, $analysis, 'old-pipeline', '2024-01-01T00:00:00Z')",
                ("$id", article.Id), ("$text", article.Text), ("$analysis", article.AnalysisJson));
        }

        for (int opening = 0; opening < openings; opening++)
        {
            using SqliteArticleStore store = SqliteArticleStore.Open(path);
            Assert.Equal(2, store.CountEvents(EventQuery.All));
            Assert.Equal(3, store.FindEntity(TestRecords.Lukashenko)?.Mentions);
            Assert.Equal(new AnalysisVersion("old-pipeline", null, null), store.AnalysisVersionOf(article.Id));
        }
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, string Value)[] parameters)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        foreach ((string name, string value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
