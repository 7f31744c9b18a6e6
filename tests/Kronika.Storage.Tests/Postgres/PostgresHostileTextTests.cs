using Kronika.Storage.Postgres;

namespace Kronika.Storage.Tests.Postgres;

/// <summary>A text PostgreSQL cannot hold (a NUL character, which Kronika's cleaning removes, but the store is a library)
/// is refused whole, with a store error, and leaves nothing behind.</summary>
public sealed class PostgresHostileTextTests(PostgresServer server)
{
    [Theory]
    [InlineData("Tekst z \0 znakiem NUL.")]
    public void A_text_postgresql_cannot_hold_is_a_store_error_and_stores_nothing(string text)
    {
        using PostgresArticleStore store = PostgresArticleStore.Open(server.NewSchema());

        Assert.Throws<StoreException>(() => store.Store(TestArticles.Make(text)));

        Assert.Equal(0, store.Count(ArticleQuery.All));
        Assert.Equal(StoreOutcome.Added, store.Store(TestArticles.Make("Zwykły tekst.")));
    }
}
