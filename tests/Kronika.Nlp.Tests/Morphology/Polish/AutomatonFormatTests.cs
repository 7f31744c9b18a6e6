using Kronika.Nlp.Morphology.Polish;

namespace Kronika.Nlp.Tests.Morphology.Polish;

/// <summary>FSA5 and CFSA2 dictionaries that Morfologik's own builders wrote from one word list
/// (Fixtures/BuildFixtures.java over Fixtures/words.tsv) read the same.</summary>
public sealed class AutomatonFormatTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Morphology", "Polish", "Fixtures", name);

    private static List<string> Entries(string dict) =>
        [.. MorfologikLexicon.Load(Fixture(dict)).Entries().Select(entry => $"{entry.Form}\t{entry.Lemma}\t{entry.Tag}").Order(StringComparer.Ordinal)];

    private static List<string> WordList() =>
        [.. File.ReadLines(Fixture("words.tsv")).Where(line => line.Length > 0 && line[0] != '#').Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("small-fsa5.dict")]
    [InlineData("small-cfsa2.dict")]
    public void Reads_back_every_entry_of_the_word_list(string dict)
    {
        Assert.Equal(WordList(), Entries(dict));
        Assert.Equal(WordList().Count, MorfologikLexicon.Load(Fixture(dict)).CountEntries());
    }

    [Theory]
    [InlineData("Warszawie", "Warszawa", "subst:sg:dat:f", "subst:sg:loc:f")]
    [InlineData("najlepsza", "dobry", "adj:sg:nom:f:sup", null)]
    [InlineData("źdźbła", "źdźbło", "subst:sg:gen:n", null)]
    [InlineData("o", "o", "interj", "prep:loc")]
    public void Finds_the_same_readings_in_both_layouts(string form, string lemma, string tag, string? otherTag)
    {
        foreach (string dict in (string[])["small-fsa5.dict", "small-cfsa2.dict"])
        {
            IReadOnlyList<DictionaryEntry> entries = MorfologikLexicon.Load(Fixture(dict)).Lookup(form);
            Assert.Contains(new DictionaryEntry(lemma, tag), entries);
            if (otherTag is not null)
            {
                Assert.Contains(new DictionaryEntry(lemma, otherTag), entries);
            }
        }
    }

    [Theory]
    [InlineData("Kijowowi")]
    [InlineData("Warszaw")]
    [InlineData("")]
    public void Finds_nothing_for_forms_the_list_lacks(string form)
    {
        Assert.Empty(MorfologikLexicon.Load(Fixture("small-fsa5.dict")).Lookup(form));
    }

    [Theory]
    [InlineData(new byte[] { (byte)'\\', (byte)'f', (byte)'s', (byte)'a', 7, 0, 0, 0, 0, 0 }, "neither CFSA2")]
    [InlineData(new byte[] { (byte)'\\', (byte)'f', (byte)'s', (byte)'a', 5, (byte)'_', (byte)'+', 0 }, "goto length")]
    [InlineData(new byte[] { 1, 2, 3 }, "too short")]
    public void Refuses_what_is_not_an_automaton_it_reads(byte[] bytes, string message)
    {
        string folder = Path.Combine(Path.GetTempPath(), "kronika-fsa-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string dict = Path.Combine(folder, "broken.dict");
            File.WriteAllBytes(dict, bytes);
            File.WriteAllText(Path.Combine(folder, "broken.info"), "fsa.dict.separator=;\nfsa.dict.encoder=PREFIX\n");
            InvalidDataException exception = Assert.Throws<InvalidDataException>(() => MorfologikLexicon.Load(dict));
            Assert.Contains(message, exception.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
