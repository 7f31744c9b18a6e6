using System.Text;

namespace Kronika.Storage.Search;

/// <summary>The strings each backend's full-text index is given: the query in its own language, and lexemes as words.</summary>
/// <remarks>Words from <see cref="SearchWords"/> are letters and digits only, so quoting them cannot be escaped from.</remarks>
internal static class SearchIndexText
{
    /// <summary>The lexemes as one space-separated string of lowercased words, as the index stores them.</summary>
    public static string Lexemes(IEnumerable<string> lexemes)
    {
        ArgumentNullException.ThrowIfNull(lexemes);
        var text = new StringBuilder();
        foreach (string lexeme in lexemes)
        {
            foreach (SearchWord word in SearchWords.Parse(lexeme ?? string.Empty))
            {
                text.Append(text.Length == 0 ? string.Empty : " ").Append(word.Text);
            }
        }

        return text.ToString();
    }

    /// <summary>A PostgreSQL <c>to_tsquery</c> text: every word quoted, prefixes as <c>:*</c>, joined by <c>&amp;</c>.</summary>
    public static string PostgresQuery(IReadOnlyList<SearchWord> words)
    {
        var query = new StringBuilder();
        foreach (SearchWord word in words)
        {
            query.Append(query.Length == 0 ? "'" : " & '").Append(word.Text).Append(word.Prefix ? "':*" : "'");
        }

        return query.ToString();
    }

    /// <summary>An FTS5 <c>MATCH</c> text: every word a quoted string, prefixes followed by <c>*</c>, all required.</summary>
    public static string Fts5Query(IReadOnlyList<SearchWord> words)
    {
        var query = new StringBuilder();
        foreach (SearchWord word in words)
        {
            query.Append(query.Length == 0 ? "\"" : " \"").Append(word.Text).Append(word.Prefix ? "\" *" : "\"");
        }

        return query.ToString();
    }
}
