using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Nlp.Morphology;
using Kronika.Nlp.Tests.Morphology.Polish;

namespace Kronika.Nlp.Tests.Morphology;

public sealed class MorphologyStageTests
{
    private static Document Analyze(string text, string language)
    {
        var stage = new MorphologyStage(new Dictionary<string, IWordAnalyzer> { ["pl"] = PolishMorphology.Analyzer() });
        Document document = stage.Run(TestDocuments.Split(TestDocuments.Of(text, language)), TestContext.Current.CancellationToken);
        Assert.Empty(DocumentInvariants.Check(document));
        Assert.Equal(document.Tokens.Length, document.Morphology.Length);
        return document;
    }

    private static Analysis Chosen(Document document, string word)
    {
        int index = TestDocuments.TokenTexts(document).ToList().IndexOf(word);
        Assert.True(index >= 0, $"no token '{word}'");
        return document.Morphology[index].Best ?? throw new InvalidOperationException($"no reading chosen for '{word}'");
    }

    [Theory]
    [InlineData("Minister spotkał się w Polsce z prezydentem.", "Polsce", "Polska", GrammaticalCase.Locative)]
    [InlineData("Rozmawiał z Rosją o gazie.", "Rosją", "Rosja", GrammaticalCase.Instrumental)]
    [InlineData("Delegacja przyjechała do Kijowa wczoraj.", "Kijowa", "Kijów", GrammaticalCase.Genitive)]
    [InlineData("Mówił o nowej ustawie.", "nowej", "nowy", GrammaticalCase.Locative)]
    public void Chooses_the_case_the_preposition_governs(string text, string word, string lemma, GrammaticalCase grammaticalCase)
    {
        Analysis chosen = Chosen(Analyze(text, "pl"), word);

        Assert.Equal(lemma, chosen.Lemma);
        Assert.True(chosen.Tag.AllowsCase(grammaticalCase), $"{chosen.Tag} is not {grammaticalCase}");
    }

    [Theory]
    [InlineData("Powiedział, że wielka bitwa trwa.", "wielka", "bitwa")]
    public void Chooses_readings_of_an_adjective_and_its_noun_that_agree(string text, string adjective, string noun)
    {
        Document document = Analyze(text, "pl");
        MorphTag first = Chosen(document, adjective).Tag;
        MorphTag second = Chosen(document, noun).Tag;

        Assert.True((first.Case & second.Case) != 0 && (first.Number & second.Number) != 0 && (first.Gender & second.Gender) != 0);
    }

    [Theory]
    [InlineData("Według ministra, rząd pracuje.", "Według", "według")]
    public void Reads_the_first_word_of_a_sentence_lower_cased(string text, string word, string lemma)
    {
        Assert.Equal(lemma, Chosen(Analyze(text, "pl"), word).Lemma);
    }

    [Theory]
    [InlineData("Ala, 12 kotów!", "12")]
    [InlineData("Ala, 12 kotów!", ",")]
    public void Gives_no_reading_to_numbers_and_punctuation(string text, string token)
    {
        Document document = Analyze(text, "pl");
        int index = TestDocuments.TokenTexts(document).ToList().IndexOf(token);

        Assert.True(document.Morphology[index].Analyses.IsEmpty);
        Assert.Null(document.Morphology[index].Best);
    }

    [Theory]
    [InlineData("The minister met the president.")]
    public void Leaves_languages_without_an_analyzer_with_empty_entries(string text)
    {
        Document document = Analyze(text, "en");

        Assert.All(document.Morphology, entry => Assert.True(entry.Analyses.IsEmpty));
    }
}
