using Kronika.Storage.Postgres;

namespace Kronika.Storage.Tests.Postgres;

/// <summary>The store contract against a fresh schema of this run's throwaway PostgreSQL database.</summary>
public sealed class PostgresArticleStoreTests(PostgresServer server) : ArticleStoreContract
{
    protected override IArticleStore CreateStore() => PostgresArticleStore.Open(server.NewSchema());
}
