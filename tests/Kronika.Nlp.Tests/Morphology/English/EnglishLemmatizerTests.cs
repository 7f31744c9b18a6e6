using System.Globalization;
using Kronika.Core.Annotations;
using Kronika.Nlp.Morphology.English;

namespace Kronika.Nlp.Tests.Morphology.English;

public sealed class EnglishLemmatizerTests
{
    [Theory]
    [InlineData("went", "go")]
    [InlineData("said", "say")]
    [InlineData("children", "child")]
    [InlineData("people", "person")]
    [InlineData("criteria", "criterion")]
    [InlineData("stopped", "stop")]
    [InlineData("running", "run")]
    [InlineData("making", "make")]
    [InlineData("invaded", "invade")]
    [InlineData("countries", "country")]
    [InlineData("churches", "church")]
    [InlineData("better", "good")]
    [InlineData("biggest", "big")]
    [InlineData("was", "be")]
    [InlineData("has", "have")]
    [InlineData("news", "news")]
    [InlineData("sanctions", "sanction")]
    [InlineData("met", "meet")]
    public void Finds_the_lemma_among_the_readings(string word, string lemma)
    {
        Assert.Contains(EnglishMorphology.Lemmatizer().Analyze(word), reading => reading.Lemma == lemma);
    }

    [Theory]
    [InlineData("Putin's", "Putin", "propn:poss")]
    [InlineData("Smiths'", "Smiths", "propn:poss")]
    [InlineData("country’s", "country", "noun:poss")]
    public void Reads_a_possessive_as_its_owner(string word, string lemma, string tag)
    {
        Analysis first = EnglishMorphology.Lemmatizer().Analyze(word)[0];

        Assert.Equal(lemma, first.Lemma);
        Assert.Equal(tag, first.Tag.Text);
    }

    [Theory]
    [InlineData("Bush", false, "Bush", "propn")]
    [InlineData("Said", true, "say", "verb:form")]
    [InlineData("NATO", false, "NATO", "propn")]
    [InlineData("The", true, "the", "det")]
    public void Reads_capitals_as_names_inside_a_sentence_only(string word, bool sentenceInitial, string lemma, string tag)
    {
        Analysis first = EnglishMorphology.Lemmatizer().Analyze(word, sentenceInitial)[0];

        Assert.Equal(lemma, first.Lemma);
        Assert.Equal(tag, first.Tag.Text);
    }

    [Theory]
    [InlineData("Vladimir Putin's", "Vladimir Putin")]
    [InlineData("the United States'", "United States")]
    [InlineData("The Kremlin", "Kremlin")]
    [InlineData("Philippines", "Philippines")]
    [InlineData("Democrats", "Democrats")]
    public void Gives_names_their_base_form(string phrase, string expected)
    {
        Assert.Equal(expected, EnglishNameBase.BaseForm(phrase));
    }

    [Theory]
    [InlineData("Gold/politico-clinton-aide.tsv", 0.98)]
    public void Lemmatises_a_hand_annotated_article_well(string file, double floor)
    {
        EnglishLemmatizer lemmatizer = EnglishMorphology.Lemmatizer();
        int total = 0;
        int right = 0;
        var misses = new List<string>();
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Morphology", "English", file)))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] columns = line.Split('\t');
            string lemma = lemmatizer.Analyze(columns[0], columns.Length > 2 && columns[2] == "s")[0].Lemma;
            total++;
            if (string.Equals(lemma, columns[1], StringComparison.OrdinalIgnoreCase))
            {
                right++;
            }
            else
            {
                misses.Add($"{columns[0]}→{lemma} (gold {columns[1]})");
            }
        }

        double accuracy = (double)right / total;
        TestContext.Current.SendDiagnosticMessage(string.Create(CultureInfo.InvariantCulture, $"English lemmas: {right}/{total} = {accuracy:F4}; misses: {string.Join(", ", misses)}"));
        Assert.True(accuracy >= floor, string.Create(CultureInfo.InvariantCulture, $"English lemma accuracy {accuracy:F4} ({right}/{total}) fell below {floor:F2}; misses: {string.Join(", ", misses)}"));
    }
}
