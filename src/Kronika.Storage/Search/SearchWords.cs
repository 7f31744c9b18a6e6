using System.Globalization;
using System.Text;

namespace Kronika.Storage.Search;

/// <summary>The words of an <see cref="ArticleQuery.Search"/>, read the same way for every backend: runs of letters,
/// digits and combining marks; anything else separates words; a <c>*</c> right after a word makes it a prefix.</summary>
/// <remarks>Each backend quotes the words itself, so nothing a person types reaches a query language unescaped.</remarks>
public static class SearchWords
{
    /// <summary>The most words one search may have; more is refused rather than sent to the index.</summary>
    public const int MaxWords = 32;

    /// <summary>The words of <paramref name="search"/>, lowercased (invariant), in order, repeats kept; empty when it has none.</summary>
    public static IReadOnlyList<SearchWord> Parse(string search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var words = new List<SearchWord>();
        var word = new StringBuilder();
        foreach (Rune rune in search.EnumerateRunes())
        {
            if (IsWordChar(Rune.GetUnicodeCategory(rune)))
            {
                word.Append(rune.ToString());
                continue;
            }

            End(words, word, prefix: rune.Value == '*');
        }

        End(words, word, prefix: false);
        return words;
    }

    /// <summary>The words of a search a store is about to run.</summary>
    /// <exception cref="ArgumentException">When <paramref name="search"/> has no words or more than <see cref="MaxWords"/>.</exception>
    public static IReadOnlyList<SearchWord> Require(string search)
    {
        IReadOnlyList<SearchWord> words = Parse(search);
        if (words.Count == 0 || words.Count > MaxWords)
        {
            throw new ArgumentException(
                words.Count == 0 ? "The search has no words (letters or digits)." : $"The search has {words.Count} words; at most {MaxWords} are allowed.",
                nameof(search));
        }

        return words;
    }

    private static void End(List<SearchWord> words, StringBuilder word, bool prefix)
    {
        if (word.Length > 0)
        {
            words.Add(new SearchWord(word.ToString().ToLowerInvariant(), prefix));
            word.Clear();
        }
    }

    private static bool IsWordChar(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };
}

/// <summary>One word of a search.</summary>
/// <param name="Text">The word, lowercased, letters and digits only.</param>
/// <param name="Prefix">Whether it matches every indexed word that starts with it.</param>
public sealed record SearchWord(string Text, bool Prefix);
