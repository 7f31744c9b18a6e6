using Kronika.Storage.Postgres;
using Kronika.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Kronika.Storage;

/// <summary>Opens the store a location names: a SQLite file by path or <c>Data Source=...</c>, or a PostgreSQL
/// database by <c>postgres://...</c> / <c>postgresql://...</c> URI or Npgsql keywords with a <c>Host</c>.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>kronika.db</c>, <c>/data/kronika.db</c>, <c>Data Source=kronika.db</c>: SQLite (<see cref="SqliteArticleStore"/>).</item>
/// <item><c>postgres://kronika:secret@localhost:5432/kronika</c>, <c>Host=localhost;Database=kronika;Username=kronika</c>:
/// PostgreSQL (<see cref="PostgresArticleStore"/>); the database must exist, its tables are made on first use.</item>
/// </list>
/// </remarks>
public static class StoreFactory
{
    /// <summary>Opens the store at <paramref name="location"/>, creating a missing SQLite file, and applies pending migrations.</summary>
    /// <exception cref="StoreException">When the store cannot be opened; the message is one line naming the location, never a password.</exception>
    public static IArticleStore Open(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        return IsPostgres(location) ? PostgresArticleStore.Open(location) : SqliteArticleStore.Open(SqlitePath(location));
    }

    /// <summary>Opens the store at <paramref name="location"/> like <see cref="Open"/>, but refuses a SQLite file that does
    /// not exist yet (for commands that only read).</summary>
    /// <exception cref="StoreException">When the SQLite file is missing or the store cannot be opened.</exception>
    public static IArticleStore OpenExisting(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        if (!IsPostgres(location))
        {
            string path = SqlitePath(location);
            if (!File.Exists(path))
            {
                throw new StoreException($"{path}: no such database (run kronika ingest first)");
            }
        }

        return Open(location);
    }

    /// <summary>Whether <paramref name="location"/> names a PostgreSQL database rather than a SQLite file.</summary>
    public static bool IsPostgres(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return PostgresConnection.IsUri(location) || HasKey(location, "host") || HasKey(location, "server");
    }

    // A path as it is; "Data Source=PATH" (Microsoft.Data.Sqlite's keywords) by its data source.
    private static string SqlitePath(string location)
    {
        if (!HasKey(location, "data source") && !HasKey(location, "datasource") && !HasKey(location, "filename"))
        {
            // "Database=news;Username=kronika" is a PostgreSQL string without its host, not a file to create; the
            // message does not repeat it, since it may hold a password.
            return location.Contains(';', StringComparison.Ordinal) && location.Contains('=', StringComparison.Ordinal)
                ? throw new StoreException("The store location is a connection string with neither Host (PostgreSQL) nor Data Source (SQLite).")
                : location;
        }

        try
        {
            string path = new SqliteConnectionStringBuilder(location).DataSource;
            return string.IsNullOrWhiteSpace(path) ? throw new StoreException($"The SQLite connection string '{location}' names no Data Source.") : path;
        }
        catch (ArgumentException exception)
        {
            throw new StoreException($"Cannot read the SQLite connection string '{location}': {exception.Message}", exception);
        }
    }

    // Whether a keyword connection string ("key=value;key=value") has the key, compared ignoring case and spaces around it.
    private static bool HasKey(string location, string key)
    {
        foreach (string part in location.Split(';'))
        {
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && part.AsSpan(0, equals).Trim().Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
