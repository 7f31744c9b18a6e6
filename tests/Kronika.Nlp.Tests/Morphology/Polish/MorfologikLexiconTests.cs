using Kronika.Testing;
using Kronika.Nlp.Morphology.Polish;

namespace Kronika.Nlp.Tests.Morphology.Polish;

/// <summary>Reads Debian's real PoliMorf dictionary; scripts/setup.sh installs it. Outside CI a missing package skips.</summary>
public sealed class MorfologikLexiconTests
{
    private static readonly Lazy<MorfologikLexicon?> _lexicon = new(() =>
        File.Exists(MorfologikLexicon.DebianJar) ? MorfologikLexicon.Load(MorfologikLexicon.DebianJar) : null);

    private static MorfologikLexicon Lexicon()
    {
        Installed.Require(MorfologikLexicon.DebianJar, "libmorfologik-stemming2-java");
        return _lexicon.Value!;
    }

    [Theory]
    [InlineData("Łukaszence", "Łukaszenka")]
    [InlineData("Tuskiem", "Tusk")]
    [InlineData("Kijowa", "Kijów")]
    [InlineData("Mińsku", "Mińsk")]
    [InlineData("Białorusi", "Białoruś")]
    [InlineData("Niemczech", "Niemcy")]
    [InlineData("Kremla", "Kreml")]
    [InlineData("powiedział", "powiedzieć")]
    [InlineData("Warszawie", "Warszawa")]
    [InlineData("warszawie", "warszawa")]
    [InlineData("północnej", "północny")]
    public void Finds_the_base_form_among_the_analyses(string form, string lemma)
    {
        IReadOnlyList<DictionaryEntry> entries = Lexicon().Lookup(form);
        Assert.Contains(entries, entry => entry.Lemma == lemma);
        Assert.All(entries, entry => Assert.Matches("^[a-z]+(:[a-z0-9.]+)*(\\+[a-z]+(:[a-z0-9.]+)*)*$", entry.Tag));
    }

    [Theory]
    [InlineData("Łukaszence", "subst:sg:dat:m1")]
    [InlineData("powiedział", "verb:praet:sg:m1.m2.m3")]
    public void Returns_the_tags_of_the_form(string form, string tagPart)
    {
        Assert.Contains(Lexicon().Lookup(form), entry => entry.Tag.Contains(tagPart, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Zełenskiego")]
    [InlineData("Trumpa")]
    [InlineData("xqzv")]
    [InlineData("")]
    public void Forms_the_2016_data_lacks_have_no_analyses(string form)
    {
        Assert.Empty(Lexicon().Lookup(form));
    }

    [Theory]
    [InlineData(4_811_854)] // the count Morfologik's own Java lookup enumerates from the same file (shared/RESOURCES.md, A1)
    public void Holds_every_entry_of_PoliMorf_2_1(long entries)
    {
        Assert.Equal(entries, Lexicon().CountEntries());
    }

    [Theory]
    [InlineData("/no/such/morfologik-polish.jar")]
    public void A_missing_dictionary_says_how_to_install_it(string path)
    {
        string? before = Environment.GetEnvironmentVariable(MorfologikLexicon.EnvironmentVariable);
        Environment.SetEnvironmentVariable(MorfologikLexicon.EnvironmentVariable, path);
        try
        {
            FileNotFoundException exception = Assert.Throws<FileNotFoundException>(MorfologikLexicon.LoadDefault);
            Assert.Contains("apt-get install libmorfologik-stemming2-java", exception.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(MorfologikLexicon.EnvironmentVariable, before);
        }
    }
}
