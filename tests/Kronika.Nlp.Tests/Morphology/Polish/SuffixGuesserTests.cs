using Kronika.Core.Annotations;
using Kronika.Nlp.Morphology.Polish;

namespace Kronika.Nlp.Tests.Morphology.Polish;

public sealed class SuffixGuesserTests
{
    private static readonly Lazy<SuffixGuesser> _guesser = new(() => SuffixGuesser.Load(SuffixGuesser.ProperNounsFile));

    [Theory]
    [InlineData("Prigożyna", "Prigożyn")]
    [InlineData("Pieskowa", "Pieskow")]
    [InlineData("Zełenskiemu", "Zełenski")]
    [InlineData("Unem", "Un")]
    [InlineData("Szojgu", "Szojgu")]
    [InlineData("Junckera", "Juncker")]
    public void Proposes_the_base_form_of_an_unknown_name(string word, string lemma)
    {
        var readings = new List<Analysis>();
        _guesser.Value.Guess(word, readings);

        Assert.Contains(readings, reading => reading.Lemma == lemma);
        Assert.All(readings, reading => Assert.InRange(reading.Confidence, 0f, 1f));
    }

    [Theory]
    [InlineData("Zełenskiemu", "Zełenski")]
    [InlineData("Unem", "Un")]
    public void Ranks_the_likeliest_base_form_first(string word, string lemma)
    {
        var readings = new List<Analysis>();
        _guesser.Value.Guess(word, readings);

        Assert.Equal(lemma, readings[0].Lemma);
    }

    [Theory]
    [InlineData("Pieskowa", "Pieskow")]
    public void Backs_off_to_readings_the_caller_allows(string word, string lemma)
    {
        var readings = new List<Analysis>();
        _guesser.Value.Guess(word, readings, tag => (tag.Gender & GrammaticalGender.MasculinePersonal) != 0);

        Assert.Equal(lemma, readings[0].Lemma);
        Assert.All(readings, reading => Assert.True((reading.Tag.Gender & GrammaticalGender.MasculinePersonal) != 0));
    }

    [Theory]
    [InlineData("T\t0\tsubst:sg:nom:f\nabc\tx\t-\t0\t3\n")]
    [InlineData("abc\t1\t-\t9\t3\n")]
    [InlineData("abc\t1\t-\n")]
    public void Refuses_malformed_rules_naming_the_line(string text)
    {
        InvalidDataException exception = Assert.Throws<InvalidDataException>(() => SuffixGuesser.Parse(text, "rules.tsv"));

        Assert.StartsWith("rules.tsv:", exception.Message, StringComparison.Ordinal);
    }
}
