using Kronika.Storage.Layers;
using Kronika.Storage.Postgres;
using Npgsql;

namespace Kronika.Storage.Tests.Postgres;

/// <summary>A schema written before the layer tables (version 3) gets every article's layers from its stored record when
/// opened, once.</summary>
public sealed class PostgresLayersUpgradeTests(PostgresServer server)
{
    [Theory]
    [InlineData(2)]
    public void Articles_stored_at_version_three_get_their_layers_when_the_store_is_opened(int openings)
    {
        string schema = server.NewSchema();
        (StoredArticle article, _) = TestRecords.Summit(7);
        using (var connection = new NpgsqlConnection(schema))
        {
            connection.Open();
            Execute(connection, "CREATE TABLE schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)");
            foreach (Migrations.Migration migration in PostgresMigrator.Migrations.Take(3))
            {
                Execute(connection, migration.Sql);
                Execute(connection, $"INSERT INTO schema_version VALUES ({migration.Version}, '{migration.Name}', now())");
            }

            Execute(connection, "INSERT INTO articles (id, input, published, text, analysis, pipeline, stored_at) VALUES ($1, 'old.txt', '2024-03-05', $2, $3, 'old-pipeline', now())",
                article.Id, article.Text, article.AnalysisJson);
        }

        for (int opening = 0; opening < openings; opening++)
        {
            using PostgresArticleStore store = PostgresArticleStore.Open(schema);
            Assert.Equal(2, store.CountEvents(EventQuery.All));
            Assert.Equal(3, store.FindEntity(TestRecords.Lukashenko)?.Mentions);
            Assert.Equal(new AnalysisVersion("old-pipeline", null, null), store.AnalysisVersionOf(article.Id));
        }
    }

    private static void Execute(NpgsqlConnection connection, string sql, params string[] values)
    {
        using var command = new NpgsqlCommand(sql, connection);
        foreach (string value in values)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = value });
        }

        command.ExecuteNonQuery();
    }
}
