using System.Collections.Frozen;

namespace Kronika.Nlp.Tokenization;

/// <summary>The abbreviation lists of the analysed languages, loaded once and handed to the tokenizer and the
/// sentence splitter so that both read the same data.</summary>
/// <remarks>Immutable; safe from many threads.</remarks>
public sealed class AbbreviationLexicons
{
    private readonly FrozenDictionary<string, AbbreviationLexicon> _byLanguage;
    private readonly AbbreviationLexicon _union;

    /// <summary>Wraps lists by ISO 639-1 code.</summary>
    /// <exception cref="ArgumentException">When <paramref name="byLanguage"/> is empty.</exception>
    public AbbreviationLexicons(IReadOnlyDictionary<string, AbbreviationLexicon> byLanguage)
    {
        ArgumentNullException.ThrowIfNull(byLanguage);
        if (byLanguage.Count == 0)
        {
            throw new ArgumentException("At least one abbreviation list is needed.", nameof(byLanguage));
        }

        _byLanguage = byLanguage.ToFrozenDictionary(StringComparer.Ordinal);
        _union = AbbreviationLexicon.Union(byLanguage.Values);
    }

    /// <summary>Loads the embedded list (<c>Tokenization/Data/abbreviations.CODE.tsv</c>) of every language in <paramref name="languages"/>.</summary>
    /// <exception cref="InvalidDataException">When a list is missing or malformed; the message names the file and line.</exception>
    public static AbbreviationLexicons Load(IEnumerable<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var lists = new Dictionary<string, AbbreviationLexicon>(StringComparer.Ordinal);
        foreach (string language in languages)
        {
            lists[language] = AbbreviationLexicon.ForLanguage(language);
        }

        return new AbbreviationLexicons(lists);
    }

    /// <summary>The languages that have a list of their own.</summary>
    public IEnumerable<string> Languages => _byLanguage.Keys;

    /// <summary>The list for <paramref name="language"/>; the union of all lists when it has none or is null.</summary>
    public AbbreviationLexicon For(string? language) =>
        language is not null && _byLanguage.TryGetValue(language, out AbbreviationLexicon? lexicon) ? lexicon : _union;
}
