namespace Kronika.Cli.Composition;

/// <summary>Where the store lives: <c>--db</c>, else <c>$KRONIKA_DB</c>, else <c>kronika.db</c> in the working folder;
/// a SQLite path or a PostgreSQL connection string, told apart by <see cref="Kronika.Storage.StoreFactory"/>.</summary>
internal static class DatabasePath
{
    /// <summary>The environment variable that names the default database.</summary>
    public const string Variable = "KRONIKA_DB";

    /// <summary>The database path for an optional <c>--db</c> value.</summary>
    public static string Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return option;
        }

        string? fromEnvironment = Environment.GetEnvironmentVariable(Variable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? "kronika.db" : fromEnvironment;
    }
}
