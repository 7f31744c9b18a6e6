using System.Globalization;
using System.Text;

namespace Kronika.Storage.Layers;

/// <summary>The two SQL dialects the stores speak; they differ here only in parameter placeholders and a few functions.</summary>
internal enum SqlDialect
{
    /// <summary>SQLite: named parameters (<c>$p1</c>).</summary>
    Sqlite,

    /// <summary>PostgreSQL: positional parameters (<c>$1</c>).</summary>
    Postgres,
}

/// <summary>One SQL statement with its parameter values, written once for both dialects: every value goes through
/// <see cref="Add"/>, which returns the dialect's placeholder, so no value is ever spliced into the text.</summary>
internal sealed class SqlStatement
{
    private readonly StringBuilder _text = new();

    public SqlStatement(SqlDialect dialect) => Dialect = dialect;

    public SqlDialect Dialect { get; }

    /// <summary>The values in placeholder order, with the CLR type each was given as (for typed nulls).</summary>
    public List<(object? Value, Type Type)> Values { get; } = [];

    public string Text => _text.ToString();

    public SqlStatement Append(string sql)
    {
        _text.Append(sql);
        return this;
    }

    /// <summary>Adds a value and returns its placeholder.</summary>
    public string Add<T>(T value)
    {
        Values.Add((value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T)));
        string number = Values.Count.ToString(CultureInfo.InvariantCulture);
        return Dialect == SqlDialect.Sqlite ? "$p" + number : "$" + number;
    }

    /// <summary>A case-insensitive substring test: <paramref name="column"/> contains <paramref name="part"/> (ordinal,
    /// Unicode lowercase: SQLite through the store's registered function, PostgreSQL through lower()).</summary>
    public string Contains(string column, string part) => Dialect == SqlDialect.Sqlite
        ? $"kronika_contains({column}, {Add(part)})"
        : $"strpos(lower({column}), lower({Add(part)})) > 0";

    /// <summary>A substring test on a column that already holds lowercased text (<see cref="Fold"/>).</summary>
    public string FoldedContains(string column, string part) => Dialect == SqlDialect.Sqlite
        ? $"instr({column}, {Add(Fold(part))}) > 0"
        : $"strpos({column}, {Add(Fold(part))}) > 0";

    /// <summary>How names are lowercased for <see cref="FoldedContains"/>: the same in C# for both backends.</summary>
    public static string Fold(string text) => text.ToLowerInvariant();
}

/// <summary>Runs statements on one backend; the store supplies it so that the layer code is written once.</summary>
internal interface ISqlRunner
{
    /// <summary>The rows of <paramref name="statement"/>, each read by <paramref name="row"/>.</summary>
    List<T> Read<T>(SqlStatement statement, Func<System.Data.Common.DbDataReader, T> row);
}
