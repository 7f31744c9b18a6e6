using System.Globalization;
using Kronika.Storage.Tests.Postgres;
using Npgsql;

[assembly: AssemblyFixture(typeof(PostgresServer))]

namespace Kronika.Storage.Tests.Postgres;

/// <summary>The PostgreSQL server the tests use, named by <c>$KRONIKA_TEST_POSTGRES</c> (scripts/postgres-for-tests.sh
/// starts one and prints its connection string): a throwaway database for this test run, dropped at its end, with a
/// fresh schema for every test that asks.</summary>
/// <remarks>Without a server the tests skip with the reason, unless <c>CI=true</c>: then they fail, so CI cannot go green
/// without running them (the rule of <c>SharedData</c>).</remarks>
public sealed class PostgresServer : IDisposable
{
    /// <summary>The environment variable with the connection string of a role allowed to create databases.</summary>
    public const string Variable = "KRONIKA_TEST_POSTGRES";

    private const string DatabasePrefix = "kronika_test_";

    private readonly Lock _lock = new();
    private string? _database;
    private string? _unavailable;

    /// <summary>A connection string to a new, empty schema of this run's database (made on first use).</summary>
    public string NewSchema()
    {
        string database = Database();
        string schema = "t_" + Guid.NewGuid().ToString("N");
        using (NpgsqlConnection connection = Connect(database))
        {
            Execute(connection, $"CREATE SCHEMA {schema}");
        }

        return new NpgsqlConnectionStringBuilder(Settings(database).ConnectionString) { SearchPath = schema }.ConnectionString;
    }

    /// <summary>Runs <paramref name="sql"/> in the schema of <paramref name="connectionString"/> and returns the first column of the first row.</summary>
    public static object? Scalar(string connectionString, string sql)
    {
        // No pool: a test's checks must not leave idle connections behind for the rest of the run.
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        if (_database is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using NpgsqlConnection connection = Connect(Server().Database ?? "postgres");
        Execute(connection, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }

    private string Database()
    {
        lock (_lock)
        {
            if (_database is not null)
            {
                return _database;
            }

            if (_unavailable is null && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
            {
                _unavailable = $"${Variable} is not set";
            }

            if (_unavailable is null)
            {
                try
                {
                    _database = Create();
                    return _database;
                }
                catch (NpgsqlException exception)
                {
                    _unavailable = $"the PostgreSQL server of ${Variable} cannot be used: {exception.Message}";
                }
                catch (ArgumentException exception)
                {
                    _unavailable = $"${Variable} is not a connection string: {exception.Message}";
                }
            }

            string message = "PostgreSQL tests: " + _unavailable + ".";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(message + " CI must start a server (scripts/test.sh runs scripts/postgres-for-tests.sh).");
            }

            Assert.Skip(message + " Skipped outside CI; run: export " + Variable + "=$(sudo bash scripts/postgres-for-tests.sh)");
            return string.Empty;
        }
    }

    private static string Create()
    {
        // The time in the name lets a later run drop databases that a killed run left behind.
        string database = DatabasePrefix + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "_" + Guid.NewGuid().ToString("N")[..8];
        using NpgsqlConnection connection = Connect(Server().Database ?? "postgres");
        DropLeftovers(connection);
        // C.UTF-8 is in every glibc; the store refuses a database whose character type cannot lowercase Polish letters.
        Execute(connection, $"CREATE DATABASE {database} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'");
        return database;
    }

    // Databases of runs that started over a day ago and were killed before they could drop theirs.
    private static void DropLeftovers(NpgsqlConnection connection)
    {
        string cutoff = DatabasePrefix + DateTime.UtcNow.AddDays(-1).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var stale = new List<string>();
        using (var command = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE 'kronika\\_test\\_%' AND datname < $1", connection))
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = cutoff });
            using NpgsqlDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                stale.Add(reader.GetString(0));
            }
        }

        foreach (string name in stale)
        {
            Execute(connection, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private static NpgsqlConnectionStringBuilder Server() => new(Environment.GetEnvironmentVariable(Variable));

    private static NpgsqlConnectionStringBuilder Settings(string database) => new(Server().ConnectionString) { Database = database };

    private static NpgsqlConnection Connect(string database)
    {
        var connection = new NpgsqlConnection(Settings(database).ConnectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
