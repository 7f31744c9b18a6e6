using Kronika.Nlp.Morphology.Polish;

namespace Kronika.Nlp.Tests.Morphology.Polish;

public sealed class LemmaFrequencyTests
{
    [Theory]
    [InlineData("Jacek", "Jack")]
    [InlineData("Krzysztof", "Krzysztofa")]
    [InlineData("Marek", "Mark")]
    public void Knows_which_of_two_base_forms_text_uses_more(string frequent, string rare)
    {
        LemmaFrequencies frequencies = LemmaFrequencies.Load();

        Assert.True(frequencies.Of(frequent) > frequencies.Of(rare), $"{frequent} {frequencies.Of(frequent)} vs {rare} {frequencies.Of(rare)}");
    }

    [Theory]
    [InlineData("Jacek Jacek Jacek Jacka Jacka", "Jacek", "Jack")]
    public void Lets_unambiguous_tokens_settle_ambiguous_ones(string text, string winner, string loser)
    {
        var output = new StringWriter { NewLine = "\n" };

        LemmaFrequencyTrainer.Train(PolishMorphology.Analyzer(), text.Split(' '), output, "a test");

        Dictionary<string, int> counts = output.ToString().Split('\n')
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .ToDictionary(columns => columns[0], columns => int.Parse(columns[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
        Assert.True(counts[winner] >= 4, $"{winner}: {counts[winner]}");
        Assert.False(counts.TryGetValue(loser, out int lost) && lost > 1, $"{loser}: {lost}");
    }
}
