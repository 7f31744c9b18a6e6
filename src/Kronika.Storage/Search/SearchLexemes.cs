using Kronika.Core;

namespace Kronika.Storage.Search;

/// <summary>The base forms a document adds to the search index: the lemma of every word's chosen reading and the base
/// form of every entity mention that differs from what the text already says, so that a search for "Łukaszenka" finds
/// "Łukaszence" and one for "Korea Północna" finds "Korei Północnej".</summary>
public static class SearchLexemes
{
    /// <summary>The distinct lowercased lexemes of <paramref name="document"/> not already among its surface words;
    /// empty for a document without morphology or mentions.</summary>
    public static IReadOnlyList<string> Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var surface = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in document.Tokens)
        {
            surface.Add(token.Span.ToString(document.Text).ToLowerInvariant());
        }

        var lexemes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entry in document.Morphology)
        {
            if (entry.Best is { } analysis)
            {
                AddWords(analysis.Lemma, surface, lexemes);
            }
        }

        foreach (var mention in document.Mentions)
        {
            AddWords(mention.Base, surface, lexemes);
        }

        return [.. lexemes];
    }

    private static void AddWords(string text, HashSet<string> surface, SortedSet<string> lexemes)
    {
        foreach (string word in text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!surface.Contains(word) && word.Any(char.IsLetter))
            {
                lexemes.Add(word);
            }
        }
    }
}
