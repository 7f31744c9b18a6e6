using System.Globalization;
using System.Text;
using Npgsql;

namespace Kronika.Storage.Postgres;

/// <summary>Reads the two ways people write a PostgreSQL address: Npgsql's keywords (<c>Host=...;Database=...</c>) and
/// libpq's URI (<c>postgres://user:password@host:port/database?sslmode=require</c>).</summary>
internal static class PostgresConnection
{
    // libpq's names for the URI parameters people use, mapped to Npgsql's keywords; others must be Npgsql keywords.
    private static readonly Dictionary<string, string> _uriParameters = new(StringComparer.Ordinal)
    {
        ["sslmode"] = "SSL Mode",
        ["application_name"] = "Application Name",
        ["connect_timeout"] = "Timeout",
        ["search_path"] = "Search Path",
        ["options"] = "Options",
    };

    /// <summary>Whether <paramref name="location"/> is a <c>postgres://</c> or <c>postgresql://</c> URI.</summary>
    public static bool IsUri(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Npgsql settings for a URI or a keyword connection string.</summary>
    /// <exception cref="StoreException">When the string cannot be read; the message never repeats a password.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string location)
    {
        try
        {
            return IsUri(location) ? FromUri(location) : new NpgsqlConnectionStringBuilder(location);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or UriFormatException)
        {
            throw new StoreException($"Cannot read the PostgreSQL connection string: {exception.Message}", exception);
        }
    }

    /// <summary>The database as shown to people: <c>postgres://user@host:port/database</c>, with no password.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder settings)
    {
        var text = new StringBuilder("postgres://");
        if (!string.IsNullOrEmpty(settings.Username))
        {
            text.Append(settings.Username).Append('@');
        }

        text.Append(settings.Host ?? "localhost").Append(':').Append(settings.Port.ToString(CultureInfo.InvariantCulture))
            .Append('/').Append(settings.Database ?? settings.Username ?? string.Empty);
        if (!string.IsNullOrEmpty(settings.SearchPath))
        {
            text.Append("?search_path=").Append(settings.SearchPath);
        }

        return text.ToString();
    }

    private static NpgsqlConnectionStringBuilder FromUri(string location)
    {
        var uri = new Uri(location, UriKind.Absolute);
        var settings = new NpgsqlConnectionStringBuilder();
        if (!string.IsNullOrEmpty(uri.Host))
        {
            settings.Host = uri.Host.Trim('[', ']');
        }

        if (uri.Port > 0)
        {
            settings.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            int colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            settings.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                settings.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        string database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            settings.Database = database;
        }

        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            string key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            string value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
            settings[_uriParameters.GetValueOrDefault(key, key)] = value;
        }

        return settings;
    }
}
