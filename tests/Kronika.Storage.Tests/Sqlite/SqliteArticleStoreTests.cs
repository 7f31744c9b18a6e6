using Kronika.Storage.Sqlite;

namespace Kronika.Storage.Tests.Sqlite;

/// <summary>The store contract against a fresh SQLite file in a temporary folder.</summary>
public sealed class SqliteArticleStoreTests : ArticleStoreContract
{
    private readonly TempFolder _folder = new();

    protected override IArticleStore CreateStore() => SqliteArticleStore.Open(Path.Combine(_folder.Path, "kronika.db"));

    public override void Dispose()
    {
        base.Dispose();
        _folder.Dispose();
    }
}
