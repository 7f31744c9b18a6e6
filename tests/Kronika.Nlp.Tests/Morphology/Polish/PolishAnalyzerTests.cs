using Kronika.Core.Annotations;
using Kronika.Nlp.Morphology.Polish;

namespace Kronika.Nlp.Tests.Morphology.Polish;

public sealed class PolishAnalyzerTests
{
    [Theory]
    [InlineData("Północnej", "północny", AnalysisSource.DictionaryRecased)]
    [InlineData("północnej", "północny", AnalysisSource.Dictionary)]
    [InlineData("KIJOWA", "Kijów", AnalysisSource.DictionaryRecased)]
    [InlineData("Łukaszence", "Łukaszenka", AnalysisSource.Dictionary)]
    [InlineData("Bielsku-Białej", "Bielsku-Biała", AnalysisSource.Dictionary)]
    [InlineData("brexitu", "brexit", AnalysisSource.Guesser)]
    [InlineData("Zełenskiemu", "Zełenski", AnalysisSource.Guesser)]
    public void Reads_words_as_the_text_presents_them(string word, string lemma, AnalysisSource source)
    {
        List<Analysis> readings = PolishMorphology.Analyzer().Analyze(word);

        Assert.Contains(readings, reading => reading.Lemma == lemma && reading.Source == source);
    }

    [Theory]
    [InlineData("Według", "według")]
    [InlineData("Polska", "polski")]
    public void Reads_a_sentence_start_lower_cased_first(string word, string lemma)
    {
        List<Analysis> readings = PolishMorphology.Analyzer().Analyze(word, sentenceInitial: true);

        Assert.Equal(lemma, readings[0].Lemma);
    }

    [Theory]
    [InlineData("Polska", "Polska")]
    public void Reads_a_capitalised_word_as_written_first_inside_a_sentence(string word, string lemma)
    {
        Assert.Equal(lemma, PolishMorphology.Analyzer().Analyze(word)[0].Lemma);
    }

    [Theory]
    [InlineData("Xqzvbn")]
    [InlineData("123")]
    [InlineData("—")]
    [InlineData("")]
    public void Gives_no_reading_to_what_it_cannot_know(string word)
    {
        List<Analysis> readings = PolishMorphology.Analyzer().Analyze(word);

        Assert.DoesNotContain(readings, reading => reading.Source == AnalysisSource.Dictionary);
    }

    [Theory]
    [InlineData(WordCase.Lower, "północnej")]
    [InlineData(WordCase.Capitalised, "Północnej")]
    [InlineData(WordCase.Upper, "NATO")]
    [InlineData(WordCase.Mixed, "McDonald")]
    public void Tells_how_a_word_is_capitalised(WordCase shape, string word)
    {
        Assert.Equal(shape, PolishAnalyzer.ShapeOf(word));
    }
}
