using Kronika.Aggregation.Storage;
using Kronika.Aggregation.Tests.Corpus;
using Kronika.Storage;
using Kronika.Storage.Tests.Postgres;

namespace Kronika.Aggregation.Tests;

/// <summary>The PostgreSQL dialect of migration 0005 and <see cref="SqlAggregateStore"/>: the corpus gives there what it
/// gives in memory, in another order and twice. Skips without <c>$KRONIKA_TEST_POSTGRES</c> outside CI.</summary>
public sealed class PostgresAggregationTests(PostgresServer server)
{
    [Fact]
    public void The_postgres_store_gives_what_the_memory_store_gives_in_any_order()
    {
        var memory = new MemoryAggregateStore();
        AggregationRun.Feed(memory, ThreeHappenings.Articles, ThreeHappenings.Copies);
        string[] ids = [.. ThreeHappenings.Articles.Select(record => record.Article.Id)];
        string expected = AggregationRun.Snapshot(memory, ids);

        string connectionString = server.NewSchema();
        StoreFactory.Open(connectionString).Dispose();
        using SqlAggregateStore store = SqlAggregateStore.OpenPostgres(connectionString);
        AggregationRun.Feed(store, ThreeHappenings.Articles.Reverse(), ThreeHappenings.Copies.Reverse());
        AggregationRun.Feed(store, ThreeHappenings.Articles, ThreeHappenings.Copies);
        Assert.Equal(expected, AggregationRun.Snapshot(store, ids));
    }
}
