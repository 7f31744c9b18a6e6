using Kronika.Core.Annotations;
using Kronika.Nlp.Morphology.Polish;

namespace Kronika.Nlp.Tests.Morphology.Polish;

public sealed class PolishTagsTests
{
    [Theory]
    [InlineData("subst:sg:nom.acc:m3", PartOfSpeech.Noun, GrammaticalCase.Nominative | GrammaticalCase.Accusative, GrammaticalNumber.Singular, GrammaticalGender.MasculineInanimate)]
    [InlineData("adj:pl:nom.voc:m1.p1:pos", PartOfSpeech.Adjective, GrammaticalCase.Nominative | GrammaticalCase.Vocative, GrammaticalNumber.Plural, GrammaticalGender.MasculinePersonal)]
    [InlineData("subst:sg:dat:f", PartOfSpeech.Noun, GrammaticalCase.Dative, GrammaticalNumber.Singular, GrammaticalGender.Feminine)]
    [InlineData("prep:loc:nwok", PartOfSpeech.Preposition, GrammaticalCase.Locative, GrammaticalNumber.None, GrammaticalGender.None)]
    [InlineData("verb:praet:sg:m1.m2.m3:ter:perf:refl.nonrefl", PartOfSpeech.Verb, GrammaticalCase.None, GrammaticalNumber.Singular, GrammaticalGender.MasculinePersonal | GrammaticalGender.MasculineAnimate | GrammaticalGender.MasculineInanimate)]
    [InlineData("ppas:sg:gen:f:perf:aff", PartOfSpeech.Adjective, GrammaticalCase.Genitive, GrammaticalNumber.Singular, GrammaticalGender.Feminine)]
    public void Parses_the_features_of_a_tag(string text, PartOfSpeech partOfSpeech, GrammaticalCase cases, GrammaticalNumber number, GrammaticalGender gender)
    {
        MorphTag tag = PolishTags.Parse(text);

        Assert.Equal(text, tag.Text);
        Assert.Equal(partOfSpeech, tag.PartOfSpeech);
        Assert.Equal(cases, tag.Case);
        Assert.Equal(number, tag.Number);
        Assert.Equal(gender, tag.Gender);
    }

    [Theory]
    [InlineData("verb:praet:sg:m1.m2.m3:ter:perf:refl.nonrefl", "perf", "")]
    [InlineData("adj:sg:nom:f:sup", "", "sup")]
    [InlineData("subst:sg:nom:f", "", "")]
    public void Reads_aspect_and_degree(string text, string aspect, string degree)
    {
        MorphTag tag = PolishTags.Parse(text);

        Assert.Equal(aspect, tag.Aspect);
        Assert.Equal(degree, tag.Degree);
    }

    [Theory]
    [InlineData("verb:fin:sg:ter:imperf", 3)]
    [InlineData("verb:fin:pl:pri:perf", 1)]
    public void Reads_the_person(string text, int person)
    {
        Assert.Equal(person, PolishTags.Parse(text).Person);
    }

    [Theory]
    [InlineData("subst:pl:acc:m1+subst:pl:gen:m1", 2)]
    [InlineData("subst:sg:nom:f", 1)]
    public void Splits_alternatives_and_interns_them(string text, int count)
    {
        MorphTag[] first = PolishTags.Of(System.Text.Encoding.UTF8.GetBytes(text));
        MorphTag[] second = PolishTags.Of(System.Text.Encoding.UTF8.GetBytes(text));

        Assert.Equal(count, first.Length);
        Assert.Same(first, second);
        Assert.Same(PolishTags.Parse(text.Split('+')[0]), first[0]);
    }
}
