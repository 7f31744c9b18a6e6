using Kronika.Nlp.Tokenization;

namespace Kronika.Nlp.Tests.Tokenization;

public sealed class AbbreviationLexiconTests
{
    [Theory]
    [InlineData("pl", "m.in.")]
    [InlineData("en", "U.S.")]
    public void Loads_every_embedded_list(string language, string form)
    {
        AbbreviationLexicon lexicon = AbbreviationLexicon.ForLanguage(language);

        Assert.True(lexicon.TryMatch(form, out _));
    }

    [Theory]
    [InlineData("# header\nm.in.\tmaybe\n", "bad.tsv:2")]
    [InlineData("m.in.\n", "bad.tsv:1")]
    [InlineData("a b.\tno\n", "bad.tsv:1")]
    [InlineData("np.\tno\nnp.\tyes\n", "bad.tsv:2")]
    [InlineData("3m.\tno\n", "bad.tsv:1")]
    [InlineData("# only a comment\n", "bad.tsv")]
    public void Fails_loudly_naming_the_file_and_line(string content, string where)
    {
        InvalidDataException exception = Assert.Throws<InvalidDataException>(() => AbbreviationLexicon.Parse(content, "bad.tsv"));

        Assert.StartsWith(where, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xx")]
    public void Fails_loudly_for_a_language_without_a_list(string language)
    {
        InvalidDataException exception = Assert.Throws<InvalidDataException>(() => AbbreviationLexicon.ForLanguage(language));

        Assert.Contains("abbreviations.xx.tsv", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("np.", true, false)]
    [InlineData("Np.", true, false)]
    [InlineData("r.", true, true)]
    [InlineData("dr.", true, false)]
    [InlineData("mln.", true, true)]
    [InlineData("NP.", false, false)]
    [InlineData("kot.", false, false)]
    public void Matches_forms_exactly_or_with_a_lowered_first_letter(string candidate, bool found, bool canEnd)
    {
        AbbreviationLexicon lexicon = AbbreviationLexicon.ForLanguage("pl");

        Assert.Equal(found, lexicon.TryMatch(candidate, out bool actualCanEnd));
        Assert.Equal(canEnd, actualCanEnd);
    }
}
