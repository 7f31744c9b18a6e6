using System.Globalization;
using Kronika.Storage.Migrations;
using Npgsql;

namespace Kronika.Storage.Postgres;

/// <summary>Brings a PostgreSQL schema up to the newest version from the numbered scripts embedded as
/// <c>Migrations/postgres/NNNN_name.sql</c>, each applied in its own transaction with its <c>schema_version</c> row.</summary>
/// <remarks>
/// Tables go to the first schema on the connection's search path (<c>public</c> unless the connection string says
/// <c>Search Path</c>). Every step holds a transaction-level advisory lock keyed by that schema, so two processes
/// opening a new database at once apply each script once. A schema whose version is above the newest script was
/// written by a newer Kronika and is refused, never downgraded or half-read.
/// </remarks>
internal static class PostgresMigrator
{
    /// <summary>The embedded scripts in version order.</summary>
    public static IReadOnlyList<Migration> Migrations { get; } = MigrationScripts.Load("postgres");

    /// <summary>The schema version the newest script makes.</summary>
    public static int LatestVersion => Migrations.Count == 0 ? 0 : Migrations[^1].Version;

    /// <summary>Applies every script above the schema's version, in order; returns the versions applied.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="location">The database as shown to people, for the error message.</param>
    /// <exception cref="StoreException">When the schema is newer than this code, or no schema can be created in.</exception>
    public static IReadOnlyList<int> Migrate(NpgsqlConnection connection, string location)
    {
        int current;
        using (NpgsqlTransaction transaction = connection.BeginTransaction())
        {
            Lock(connection, transaction, location);
            Execute(connection, transaction, """
                CREATE TABLE IF NOT EXISTS schema_version (
                    version    integer PRIMARY KEY,
                    name       text NOT NULL,
                    applied_at timestamptz NOT NULL
                )
                """);
            current = CurrentVersion(connection, transaction);
            transaction.Commit();
        }

        if (current > LatestVersion)
        {
            throw new StoreException(
                $"The database '{location}' has schema version {current}, but this kronika knows versions up to {LatestVersion}; use a newer kronika or another --db.");
        }

        var applied = new List<int>();
        foreach (Migration migration in Migrations)
        {
            if (migration.Version <= current)
            {
                continue;
            }

            using NpgsqlTransaction transaction = connection.BeginTransaction();
            Lock(connection, transaction, location);
            // Another process may have applied it while this one waited for the lock.
            if (CurrentVersion(connection, transaction) >= migration.Version)
            {
                continue;
            }

            Execute(connection, transaction, migration.Sql);
            using NpgsqlCommand record = new(
                "INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, now())", connection, transaction);
            record.Parameters.Add(new NpgsqlParameter<int> { TypedValue = migration.Version });
            record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = migration.Name });
            record.ExecuteNonQuery();
            transaction.Commit();
            applied.Add(migration.Version);
        }

        return applied;
    }

    /// <summary>The highest version recorded in <c>schema_version</c>, 0 for a new schema.</summary>
    public static int CurrentVersion(NpgsqlConnection connection, NpgsqlTransaction? transaction = null)
    {
        using NpgsqlCommand command = new("SELECT coalesce(max(version), 0) FROM schema_version", connection, transaction);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Lock(NpgsqlConnection connection, NpgsqlTransaction transaction, string location)
    {
        using NpgsqlCommand command = new("SELECT current_schema()", connection, transaction);
        if (command.ExecuteScalar() is not string schema)
        {
            throw new StoreException(
                $"The database '{location}' has no schema to create tables in: no schema on the search path exists; create it or fix Search Path.");
        }

        using NpgsqlCommand lockCommand = new("SELECT pg_advisory_xact_lock(hashtext('kronika migrations ' || $1))", connection, transaction);
        lockCommand.Parameters.Add(new NpgsqlParameter<string> { TypedValue = schema });
        lockCommand.ExecuteNonQuery();
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using NpgsqlCommand command = new(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
