using Kronika.Storage.Postgres;
using Npgsql;

namespace Kronika.Storage.Tests.Postgres;

/// <summary>A schema written before the search index (version 1) gets its articles indexed when opened.</summary>
public sealed class PostgresSearchUpgradeTests(PostgresServer server)
{
    [Theory]
    [InlineData("Stary artykuł\n\nŁukaszenka przyjechał do Mińska.", "mińska")]
    public void Articles_stored_at_version_one_are_found_by_search_after_the_upgrade(string text, string search)
    {
        string schema = server.NewSchema();
        using (var connection = new NpgsqlConnection(schema))
        {
            connection.Open();
            Execute(connection, "CREATE TABLE schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)");
            Execute(connection, PostgresMigrator.Migrations[0].Sql);
            Execute(connection, "INSERT INTO schema_version VALUES (1, '0001_articles', now())");
            Execute(connection, $"""
                INSERT INTO articles (id, input, title, text, analysis, pipeline, stored_at)
                VALUES ('sha256:old', 'old.txt', 'Stary artykuł', '{text}', '[]', 'tokenize', now())
                """);
        }

        using PostgresArticleStore store = PostgresArticleStore.Open(schema);
        store.Store(TestArticles.Make("Nowy artykuł o Mińsku."));

        Assert.Equal(PostgresMigrator.LatestVersion, store.SchemaVersion);
        Assert.Equal(["sha256:old"], store.Query(new ArticleQuery { Search = search }).Select(summary => summary.Id));
        Assert.Single(store.Query(new ArticleQuery { Search = "mińsku" }));
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
