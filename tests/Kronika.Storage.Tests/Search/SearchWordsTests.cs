using Kronika.Storage.Search;

namespace Kronika.Storage.Tests.Search;

public sealed class SearchWordsTests
{
    [Theory]
    [InlineData("Łukaszenka", "łukaszenka")]
    [InlineData("  Putin,  ŁUKASZENKA! ", "putin łukaszenka")]
    [InlineData("putin* łukaszenk*", "putin* łukaszenk*")]
    [InlineData("covid19 2024-03-01", "covid19 2024 03 01")]
    [InlineData("council\" OR \"sejm", "council or sejm")]
    [InlineData("'; DROP TABLE articles; --", "drop table articles")]
    [InlineData("sejm:* | rada", "sejm rada")]
    [InlineData("Zakopane\u0301", "zakopane\u0301")]
    [InlineData("𝐀lfa, beta", "𝐀lfa beta")]
    [InlineData("妈妈 ok", "妈妈 ok")]
    [InlineData("*putin", "putin")]
    [InlineData("", "")]
    [InlineData("... !? *", "")]
    public void Words_are_runs_of_letters_and_digits_lowercased_with_a_star_for_a_prefix(string search, string expected)
    {
        string words = string.Join(' ', SearchWords.Parse(search).Select(word => word.Text + (word.Prefix ? "*" : string.Empty)));

        Assert.Equal(expected, words);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?!")]
    public void A_search_without_words_is_refused(string search)
    {
        Assert.Throws<ArgumentException>(() => SearchWords.Require(search));
    }

    [Theory]
    [InlineData(SearchWords.MaxWords, false)]
    [InlineData(SearchWords.MaxWords + 1, true)]
    public void A_search_with_too_many_words_is_refused(int count, bool refused)
    {
        string search = string.Join(' ', Enumerable.Range(0, count).Select(index => "w" + index.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Exception? error = Record.Exception(() => SearchWords.Require(search));

        Assert.Equal(refused, error is ArgumentException);
    }

    [Theory]
    [InlineData(new[] { "Łukaszenka", "rozmowa, premier" }, "łukaszenka rozmowa premier")]
    [InlineData(new string[0], "")]
    public void Lexemes_are_stored_as_lowercased_words_separated_by_spaces(string[] lexemes, string expected)
    {
        Assert.Equal(expected, SearchIndexText.Lexemes(lexemes));
    }

    [Theory]
    [InlineData("łukaszenka putin*", "'łukaszenka' & 'putin':*", "\"łukaszenka\" \"putin\" *")]
    public void Each_backend_gets_every_word_quoted(string search, string postgres, string fts5)
    {
        IReadOnlyList<SearchWord> words = SearchWords.Require(search);

        Assert.Equal(postgres, SearchIndexText.PostgresQuery(words));
        Assert.Equal(fts5, SearchIndexText.Fts5Query(words));
    }
}
