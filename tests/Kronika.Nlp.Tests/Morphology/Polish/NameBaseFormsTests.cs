using Kronika.Core.Annotations;
using Kronika.Nlp.Morphology.Polish;

namespace Kronika.Nlp.Tests.Morphology.Polish;

public sealed class NameBaseFormsTests
{
    [Theory]
    [InlineData("Federację Rosyjską", NameKind.Unknown, "Federacja Rosyjska")]
    [InlineData("Korei Północnej", NameKind.Place, "Korea Północna")]
    [InlineData("Władimirowi Putinowi", NameKind.Person, "Władimir Putin")]
    [InlineData("Wołodymyrem Zełenskim", NameKind.Person, "Wołodymyr Zełenski")]
    [InlineData("Morzu Bałtyckim", NameKind.Place, "Morze Bałtyckie")]
    [InlineData("Stanów Zjednoczonych", NameKind.Place, "Stany Zjednoczone")]
    [InlineData("Partii Niepodległości Wielkiej Brytanii", NameKind.Organisation, "Partia Niepodległości Wielkiej Brytanii")]
    [InlineData("Ministerstwa Spraw Zagranicznych", NameKind.Organisation, "Ministerstwo Spraw Zagranicznych")]
    [InlineData("Jean-Claude'a Junckera", NameKind.Person, "Jean-Claude Juncker")]
    [InlineData("Bośni i Hercegowiny", NameKind.Place, "Bośnia i Hercegowina")]
    [InlineData("Jana Pawła II", NameKind.Person, "Jan Paweł II")]
    [InlineData("Unii Europejskiej", NameKind.Organisation, "Unia Europejska")]
    [InlineData("Brytyjczyków", NameKind.Person, "Brytyjczycy")]
    [InlineData("Siergiej Szojgu", NameKind.Person, "Siergiej Szojgu")]
    [InlineData("W. Szymborskiej", NameKind.Person, "W. Szymborska")]
    [InlineData("Tony'ego Blaira", NameKind.Person, "Tony Blair")]
    public void Puts_a_name_into_the_nominative_with_agreement(string phrase, NameKind kind, string expected)
    {
        Assert.Equal(expected, PolishMorphology.Names().BaseForm(phrase, kind));
    }

    [Theory]
    [InlineData("Air France")]
    [InlineData("Leave.EU")]
    [InlineData("W sieci")]
    [InlineData("University of California")]
    [InlineData("NATO")]
    [InlineData("Open University")]
    [InlineData("Villa")]
    [InlineData("Creative Commons Polska")]
    public void Leaves_foreign_dotted_and_prepositional_names_as_written(string phrase)
    {
        Assert.Equal(phrase, PolishMorphology.Names().BaseForm(phrase));
    }

    [Theory]
    [InlineData("Polsce", GrammaticalCase.Locative | GrammaticalCase.Accusative, "Polska")]
    [InlineData("Rosją", GrammaticalCase.Instrumental | GrammaticalCase.Genitive, "Rosja")]
    public void Takes_the_case_the_context_governs(string phrase, GrammaticalCase context, string expected)
    {
        IReadOnlyList<BaseFormCandidate> candidates = PolishMorphology.Names().Candidates(phrase, NameKind.Place, context);

        Assert.Equal(expected, candidates[0].BaseForm);
        Assert.True((candidates[0].Case & context) != 0);
    }

    [Theory]
    [InlineData("Europejskiej", "europejski")]
    public void Gives_an_adjective_its_dictionary_base_form(string phrase, string expected)
    {
        Assert.Equal(expected, PolishMorphology.Names().BaseForm(phrase, NameKind.Adjective));
    }
}
