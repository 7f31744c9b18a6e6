using System.Globalization;
using Kronika.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace Kronika.Storage.Sqlite;

/// <summary>Brings a SQLite database up to the newest schema from the numbered scripts embedded as
/// <c>Migrations/sqlite/NNNN_name.sql</c>, each applied in its own transaction with its <c>schema_version</c> row.</summary>
/// <remarks>A database whose version is above the newest script was written by a newer Kronika and is refused,
/// never downgraded or half-read.</remarks>
internal static class SqliteMigrator
{
    /// <summary>The embedded scripts in version order.</summary>
    public static IReadOnlyList<Migration> Migrations { get; } = MigrationScripts.Load("sqlite");

    /// <summary>The schema version the newest script makes.</summary>
    public static int LatestVersion => Migrations.Count == 0 ? 0 : Migrations[^1].Version;

    /// <summary>Applies every script above the database's version, in order; returns the versions applied.</summary>
    /// <exception cref="StoreException">When the database is newer than this code.</exception>
    public static IReadOnlyList<int> Migrate(SqliteConnection connection, string path)
    {
        Execute(connection, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    INTEGER PRIMARY KEY,
                name       TEXT NOT NULL,
                applied_at TEXT NOT NULL
            ) STRICT
            """);

        int current = CurrentVersion(connection);
        if (current > LatestVersion)
        {
            throw new StoreException(
                $"The database '{path}' has schema version {current}, but this kronika knows versions up to {LatestVersion}; use a newer kronika or another --db.");
        }

        var applied = new List<int>();
        foreach (Migration migration in Migrations)
        {
            if (migration.Version <= current)
            {
                continue;
            }

            // BEGIN IMMEDIATE (the default of BeginTransaction): a second process opening the same file waits
            // instead of applying the same script twice; it then sees the new version and skips.
            using SqliteTransaction transaction = connection.BeginTransaction();
            if (CurrentVersion(connection) >= migration.Version)
            {
                continue;
            }

            Execute(connection, migration.Sql, transaction);
            using SqliteCommand record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($version, $name, $at)";
            record.Parameters.AddWithValue("$version", migration.Version);
            record.Parameters.AddWithValue("$name", migration.Name);
            record.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            record.ExecuteNonQuery();
            transaction.Commit();
            applied.Add(migration.Version);
        }

        return applied;
    }

    /// <summary>The highest version recorded in <c>schema_version</c>, 0 for a new database.</summary>
    public static int CurrentVersion(SqliteConnection connection)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
