using Kronika.Storage.Postgres;
using Npgsql;

namespace Kronika.Storage.Tests;

public sealed class StoreFactoryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("kronika.db", false)]
    [InlineData("/var/data/kronika.db", false)]
    [InlineData("Data Source=kronika.db", false)]
    [InlineData("odd=name.db", false)]
    [InlineData("postgres://kronika@localhost/kronika", true)]
    [InlineData("POSTGRESQL://localhost:5433/news", true)]
    [InlineData("Host=localhost;Database=kronika;Username=kronika", true)]
    [InlineData(" host = db.example ; database = news", true)]
    [InlineData("Server=db.example;Database=news", true)]
    public void A_location_is_postgres_by_its_uri_scheme_or_a_host_keyword(string location, bool postgres)
    {
        Assert.Equal(postgres, StoreFactory.IsPostgres(location));
    }

    [Theory]
    [InlineData("Data Source={0}")]
    [InlineData("{0}")]
    public void A_sqlite_location_opens_the_file_it_names(string pattern)
    {
        string path = Path.Combine(_folder.Path, "factory.db");

        using (IArticleStore store = StoreFactory.Open(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, path)))
        {
            Assert.Equal(path, store.Location);
            store.Store(TestArticles.Make("Plik istnieje."));
        }

        using IArticleStore reopened = StoreFactory.OpenExisting(path);
        Assert.Equal(1, reopened.Count(ArticleQuery.All));
    }

    [Theory]
    [InlineData("absent.db")]
    public void Opening_a_missing_sqlite_file_for_reading_is_refused_without_creating_it(string name)
    {
        string path = Path.Combine(_folder.Path, name);

        StoreException error = Assert.Throws<StoreException>(() => StoreFactory.OpenExisting(path));

        Assert.Contains("no such database", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData("postgres://kro%40nika:se%3Acret@db.example:6543/news?sslmode=disable&search_path=s1", "kro@nika", "se:cret", "db.example", 6543, "news", "s1")]
    [InlineData("postgresql://localhost/kronika", null, null, "localhost", 5432, "kronika", null)]
    public void A_uri_is_read_into_npgsql_settings(string uri, string? user, string? password, string host, int port, string database, string? searchPath)
    {
        NpgsqlConnectionStringBuilder settings = PostgresConnection.Parse(uri);

        Assert.Equal(user, settings.Username);
        Assert.Equal(password, settings.Password);
        Assert.Equal(host, settings.Host);
        Assert.Equal(port, settings.Port);
        Assert.Equal(database, settings.Database);
        Assert.Equal(searchPath, settings.SearchPath);
    }

    [Theory]
    [InlineData("postgres://kronika:secret@db.example:6543/news?search_path=s1", "postgres://kronika@db.example:6543/news?search_path=s1")]
    [InlineData("Host=db.example;Username=kronika;Password=secret;Database=news", "postgres://kronika@db.example:5432/news")]
    public void A_location_is_described_without_its_password(string location, string expected)
    {
        Assert.Equal(expected, PostgresConnection.Describe(PostgresConnection.Parse(location)));
    }

    [Theory]
    [InlineData("Host=localhost;Colour=blue")]
    [InlineData("postgres://localhost/news?colour=blue")]
    public void An_unreadable_connection_string_is_a_store_error(string location)
    {
        StoreException error = Assert.Throws<StoreException>(() => StoreFactory.Open(location));

        Assert.StartsWith("Cannot read the PostgreSQL connection string", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Database=news;Username=kronika;Password=secret")]
    public void A_connection_string_without_host_or_data_source_is_refused_without_creating_a_file(string location)
    {
        StoreException error = Assert.Throws<StoreException>(() => StoreFactory.Open(location));

        Assert.Contains("neither Host", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(location));
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=1;Username=kronika;Password=secret;Database=news;Timeout=5")]
    public void A_server_that_cannot_be_reached_is_a_one_line_store_error_without_the_password(string location)
    {
        StoreException error = Assert.Throws<StoreException>(() => StoreFactory.Open(location));

        Assert.StartsWith("Cannot open the PostgreSQL database 'postgres://kronika@127.0.0.1:1/news'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
