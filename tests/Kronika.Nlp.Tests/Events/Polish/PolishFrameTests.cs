using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Tests.Events.Polish;

/// <summary>The frame logic of the Polish finder: roles from case, preposition and word order, zero subjects,
/// coordination, and modality, each on sentences of our own.</summary>
public sealed class PolishFrameTests
{
    [Theory]
    // Object before the verb, subject after it.
    [InlineData("Ukrainę zaatakowała Rosja.", "FIGHT", "Rosja", "Ukraina")]
    [InlineData("Sankcje na Rosję nałożyła Unia Europejska.", "SANCTION", "Unia Europejska", "Rosja")]
    // Passive with "przez" + accusative: the agent is the source, the nominative the target.
    [InlineData("Ukraina została zaatakowana przez Rosję.", "FIGHT", "Rosja", "Ukraina")]
    // Nominalisations with genitive arguments.
    [InlineData("W Ankarze odbyło się spotkanie Władimira Putina z Recepem Erdoğanem.", "CONSULT", "Władimir Putin", "Recep")]
    [InlineData("Atak Rosji na Ukrainę potępiły wszystkie państwa.", "FIGHT", "Rosja", "Ukraina")]
    // A light verb lends its subject to its noun.
    [InlineData("Emmanuel Macron złożył wizytę w Chinach.", "CONSULT", "Emmanuel Macron", "Chiny")]
    // Coordinated subjects of a reciprocal verb: the first named is the source.
    [InlineData("Olaf Scholz i Emmanuel Macron spotkali się w Paryżu.", "CONSULT", "Olaf Scholz", "Emmanuel Macron")]
    // An attribute under the object's head noun is the target.
    [InlineData("Polska skrytykowała decyzję Niemiec.", "DISAPPROVE", "Polska", "Niemcy")]
    public void Roles_come_from_case_preposition_and_order(string sentence, string type, string source, string target)
    {
        Document document = PolishEventRun.Analyse(sentence);
        ReportedEvent found = Single(document, type);
        Assert.Contains(PolishEventRun.Names(document, found.Source), name => name.Contains(source, StringComparison.Ordinal));
        Assert.Contains(PolishEventRun.Names(document, found.Target), name => name.Contains(target, StringComparison.Ordinal));
    }

    [Fact]
    public void A_zero_subject_takes_the_one_agreeing_subject_of_the_previous_sentence()
    {
        Document document = PolishEventRun.Analyse("Andrzej Duda przyleciał w poniedziałek do Waszyngtonu. Następnie skrytykował Rosję za ataki.");
        ReportedEvent found = Single(document, "DISAPPROVE");
        Assert.Equal(["Andrzej Duda"], PolishEventRun.Names(document, found.Source));
        Assert.True(found.Confidence < 0.85, "a zero subject lowers the confidence");
    }

    [Fact]
    public void A_zero_subject_with_two_fitting_candidates_gives_no_event()
    {
        Document document = PolishEventRun.Analyse("Andrzej Duda rozmawiał w poniedziałek z Olafem Scholzem, a Donald Tusk czekał. Potem skrytykował Rosję.");
        Assert.DoesNotContain(document.Events, @event => @event.Type == "DISAPPROVE");
    }

    [Theory]
    [InlineData("Władimir Putin nie spotkał się z Recepem Erdoğanem.", "CONSULT", Modality.Negated)]
    [InlineData("Ostatecznie nie doszło do spotkania Władimira Putina z Recepem Erdoğanem.", "CONSULT", Modality.Negated)]
    [InlineData("Władimir Putin poprosi Chiny o broń.", "REQUEST", Modality.Hypothetical)]
    [InlineData("Emmanuel Macron będzie rozmawiał z Olafem Scholzem.", "CONSULT", Modality.Hypothetical)]
    [InlineData("Joe Biden chce spotkać się z Władimirem Putinem.", "CONSULT", Modality.Hypothetical)]
    [InlineData("Czy Rosja zaatakuje Polskę?", "FIGHT", Modality.Hypothetical)]
    [InlineData("Jeśli Rosja zaatakuje Litwę, NATO odpowie.", "FIGHT", Modality.Hypothetical)]
    [InlineData("Media pisały, że Chiny dostarczą Rosji broń.", "AID", Modality.Hypothetical)]
    [InlineData("Spotkanie Władimira Putina z Recepem Erdoğanem odbędzie się w Soczi.", "CONSULT", Modality.Hypothetical)]
    [InlineData("Andrzej Duda zdementował pogłoski, że Polska wyśle żołnierzy do Ukrainy.", "AID", Modality.Denied)]
    [InlineData("Olaf Scholz zaprzeczył, jakoby Niemcy odmówiły Ukrainie pomocy.", "REJECT", Modality.Denied)]
    [InlineData("Władimir Putin spotkał się z Recepem Erdoğanem w Soczi.", "CONSULT", Modality.Asserted)]
    public void Modality_follows_negation_tense_mood_and_attribution(string sentence, string type, Modality modality)
    {
        Document document = PolishEventRun.Analyse(sentence);
        Assert.Equal(modality, Single(document, type).Modality);
    }

    [Fact]
    public void Nothing_is_found_without_a_source()
    {
        Document document = PolishEventRun.Analyse("Rozmowy trwały do wieczora, a sankcje na Rosję nadal obowiązują.");
        Assert.Empty(document.Events);
    }

    private static ReportedEvent Single(Document document, string type)
    {
        ReportedEvent[] found = [.. document.Events.Where(@event => @event.Type == type)];
        Assert.True(found.Length == 1, $"expected one {type} event; events: {PolishEventRun.Describe(document)}");
        return found[0];
    }
}
