using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Nlp.Quotes;

namespace Kronika.Nlp.Tests.Quotes;

/// <summary>One case per pattern family, on sentences written for these tests; each row: text, language, then the expected
/// quotes as "kind|content|speaker|cue" (speaker and cue empty when none), joined by "#".</summary>
public sealed class QuoteStageTests
{
    private static string[] Quotes(string text, string language)
    {
        Document document = TestDocuments.Pipeline.Run(TestDocuments.WithBlocks(text, language), TestContext.Current.CancellationToken);
        Assert.Empty(DocumentInvariants.Check(document));
        return [.. document.Quotes.Select(quote => $"{quote.Kind}|{quote.Content.ToString(text)}|{quote.Speaker?.ToString(text)}|{quote.Cue?.ToString(text)}")];
    }

    [Theory]
    // Polish marks „…” with the attribution after, before, and in the middle.
    [InlineData("Tytuł\n\n„Nie zgodzimy się na żadne ustępstwa w tej sprawie” – powiedział premier Jan Nowak.", "Direct|Nie zgodzimy się na żadne ustępstwa w tej sprawie|premier Jan Nowak|powiedział")]
    [InlineData("Tytuł\n\nMinister Anna Kowalska oświadczyła: „Budżet zostanie przyjęty jeszcze w tym miesiącu”.", "Direct|Budżet zostanie przyjęty jeszcze w tym miesiącu|Minister Anna Kowalska|oświadczyła")]
    [InlineData("Tytuł\n\n„Rozmowy były trudne” – podkreślił rzecznik rządu Piotr Wiśniewski. „Ale doszliśmy do porozumienia”.", "Direct|Rozmowy były trudne” – podkreślił rzecznik rządu Piotr Wiśniewski. „Ale doszliśmy do porozumienia|rzecznik rządu Piotr Wiśniewski|podkreślił")]
    // Guillemets in both directions.
    [InlineData("Tytuł\n\n«Nasze wojsko jest gotowe do obrony granic» – zapewnił generał Marek Zieliński.", "Direct|Nasze wojsko jest gotowe do obrony granic|generał Marek Zieliński|zapewnił")]
    [InlineData("Tytuł\n\n»Nie zamierzamy rezygnować z tego projektu« – dodał prezes spółki.", "Direct|Nie zamierzamy rezygnować z tego projektu|prezes spółki|dodał")]
    // Dash-introduced speech paragraphs, with a resumed second part.
    [InlineData("Tytuł\n\n– Myślę, że porozumienie jest blisko – stwierdził szef dyplomacji. – Rozmowy potrwają jeszcze tydzień.", "Direct|Myślę, że porozumienie jest blisko – stwierdził szef dyplomacji. – Rozmowy potrwają jeszcze tydzień.|szef dyplomacji|stwierdził")]
    public void Polish_direct_quotes(string text, string expected) => Assert.Equal(expected.Split('#'), Quotes(text, "pl"));

    [Theory]
    [InlineData("Tytuł\n\nPrezydent Jan Nowak zauważył, że gospodarka rośnie szybciej niż przewidywano.", "Reported|gospodarka rośnie szybciej niż przewidywano|Prezydent Jan Nowak|zauważył")]
    [InlineData("Tytuł\n\nRzecznik rządu z kolei zapewnił, iż nowe przepisy wejdą w życie od stycznia.", "Reported|nowe przepisy wejdą w życie od stycznia|Rzecznik rządu|zapewnił")]
    [InlineData("Tytuł\n\nOpozycja twierdzi, jakoby rząd ukrywał prawdziwe dane o deficycie.", "Reported|rząd ukrywał prawdziwe dane o deficycie|Opozycja|twierdzi")]
    [InlineData("Tytuł\n\nDelegacja wróci do kraju w piątek wieczorem – poinformował Kowalski.", "Reported|Delegacja wróci do kraju w piątek wieczorem|Kowalski|poinformował")]
    [InlineData("Tytuł\n\nWedług ministra finansów, inflacja spadnie poniżej trzech procent.", "Reported|inflacja spadnie poniżej trzech procent|ministra finansów|Według")]
    public void Polish_reported_speech(string text, string expected) => Assert.Equal(expected.Split('#'), Quotes(text, "pl"));

    [Theory]
    [InlineData("Title\n\n\"We will not back down from this fight,\" said Governor Mary Smith.", "Direct|We will not back down from this fight,|Governor Mary Smith|said")]
    [InlineData("Title\n\n“The deal is good for our workers,” the senator told reporters.", "Direct|The deal is good for our workers,|the senator|told")]
    [InlineData("Title\n\nThe mayor said: “Our city will rebuild every damaged school.”", "Direct|Our city will rebuild every damaged school.|The mayor|said")]
    [InlineData("Title\n\n“We expected a close vote,” John Carter said. “But nobody expected this result.”", "Direct|We expected a close vote,” John Carter said. “But nobody expected this result.|John Carter|said")]
    [InlineData("Title\n\n“The first part of the plan is ready.\n\n“The second part will follow in the spring,” the minister added.", "Direct|The first part of the plan is ready.\n\n“The second part will follow in the spring,|the minister|added")]
    public void English_direct_quotes(string text, string expected) => Assert.Equal(expected.Split('#'), Quotes(text, "en"));

    [Theory]
    [InlineData("Title\n\nThe Kremlin said that the talks would continue next week.", "Reported|the talks would continue next week|The Kremlin|said")]
    [InlineData("Title\n\nOfficials warned that the river could flood the town.", "Reported|the river could flood the town|Officials|warned")]
    [InlineData("Title\n\nJane Brown said the company would hire two hundred workers.", "Reported|the company would hire two hundred workers|Jane Brown|said")]
    [InlineData("Title\n\nThe factory will close in March, the owner announced.", "Reported|The factory will close in March|the owner|announced")]
    [InlineData("Title\n\nAccording to the police, three people were injured in the crash.", "Reported|three people were injured in the crash|the police|According to")]
    [InlineData("Title\n\nThe governor claimed that the budget was balanced.", "Reported|the budget was balanced|The governor|claimed")]
    [InlineData("Title\n\nThe minister argued that taxes must rise.", "Reported|taxes must rise|The minister|argued")]
    [InlineData("Title\n\nThe director added that no decision had been made.", "Reported|no decision had been made|The director|added")]
    [InlineData("Title\n\nThe agency stated that the vaccine was safe for children.", "Reported|the vaccine was safe for children|The agency|stated")]
    public void English_reported_speech(string text, string expected) => Assert.Equal(expected.Split('#'), Quotes(text, "en"));

    [Theory]
    // Two apostrophes as a double mark, as plain-text newspaper archives write it.
    [InlineData("Title\n\n''We will open the new bridge in May,'' the mayor said.", "Direct|We will open the new bridge in May,|the mayor|said")]
    // A quote split by an attribution that runs on with an apposition, and one handed back after "she told the paper,".
    [InlineData("Title\n\n“The budget is balanced,” said Anna Reed, a council member who voted for it. “Nobody expected that outcome.”", "Direct|The budget is balanced,” said Anna Reed, a council member who voted for it. “Nobody expected that outcome.|Anna Reed|said")]
    [InlineData("Title\n\n“First of all,” Mary Stone told the paper, “we never saw the final contract.”", "Direct|First of all,” Mary Stone told the paper, “we never saw the final contract.|Mary Stone|told")]
    // A name with its apposition between the closing mark and the cue.
    [InlineData("Title\n\n“The river will rise again next spring,” Tom Baker, a farmer from the valley, said on Friday.", "Direct|The river will rise again next spring,|Tom Baker|said")]
    // The attribution in the sentence before, or further back in the same sentence.
    [InlineData("Title\n\nThe senator agreed. “This is the right moment to act on prices.”", "Direct|This is the right moment to act on prices.|The senator|agreed")]
    [InlineData("Title\n\nThe senator said in a speech at the university, “We will not give up on this bill.”", "Direct|We will not give up on this bill.|The senator|said")]
    public void English_direct_quotes_with_harder_attributions(string text, string expected) => Assert.Equal(expected.Split('#'), Quotes(text, "en"));

    [Theory]
    // The subject before an apposition or a relative clause set off by commas.
    [InlineData("Title\n\nTom Baker, a farmer who grows corn near the river, said the drought had cut his harvest in half.", "Reported|the drought had cut his harvest in half|Tom Baker|said")]
    // An attribution in the middle of its content.
    [InlineData("Title\n\nThe new rules, the minister said, will take effect in June.", "Reported|The new rules, the minister said, will take effect in June|the minister|said")]
    // The object and adjuncts of the cue are no content.
    [InlineData("Title\n\nThe governor told reporters on Monday the bridge would reopen soon.", "Reported|the bridge would reopen soon|The governor|told")]
    // A clause after the cue: the words before the comma are no content of a trailing attribution.
    [InlineData("Title\n\nAfter the long vote, the chairman said the result was fair.", "Reported|the result was fair|the chairman|said")]
    // A second cue of the same speaker ends the first content and speaks for the same subject.
    [InlineData("Title\n\nThe coach said the team was ready, adding that nobody was injured.", "Reported|the team was ready|The coach|said#Reported|nobody was injured|The coach|adding")]
    // A quoted part inside the writer's own sentence makes the sentence reported speech.
    [InlineData("Title\n\nThe old mayor, with his long record, “is still seen as the favourite,” the pollster said.", "Reported|The old mayor, with his long record, “is still seen as the favourite|the pollster|said")]
    // Intentions take a "to" clause; evaluations take their object.
    [InlineData("Title\n\nThe company wants to build a new plant in Texas.", "Reported|to build a new plant in Texas|The company|wants")]
    [InlineData("Title\n\nThe union criticized the new pension law, which passed in March.", "Reported|the new pension law|The union|criticized")]
    public void English_reported_speech_boundaries(string text, string expected) => Assert.Equal(expected.Split('#'), Quotes(text, "en"));

    [Fact]
    public void A_pronoun_takes_the_person_of_its_gender_named_as_a_subject()
    {
        string text = "Title\n\nMs. Anna Cole spoke after Mr. Peter Grant on Friday. Mr. Grant thanked the staff. “We agreed on the plan,” he said.";
        Document document = TestDocuments.Pipeline.Run(TestDocuments.WithBlocks(text, "en"), TestContext.Current.CancellationToken);

        Quote quote = Assert.Single(document.Quotes);
        Assert.Equal(SpeakerVia.Pronoun, quote.SpeakerVia);
        Assert.Contains("Grant", quote.Speaker?.ToString(text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pronoun_of_the_other_gender_is_not_resolved()
    {
        string text = "Title\n\nMr. Peter Grant spoke on Friday. “We agreed on the plan,” she said.";
        Document document = TestDocuments.Pipeline.Run(TestDocuments.WithBlocks(text, "en"), TestContext.Current.CancellationToken);

        Quote quote = Assert.Single(document.Quotes);
        Assert.Null(quote.Speaker);
        Assert.Equal("she", quote.SpeakerReference?.ToString(text));
    }

    [Fact]
    public void A_pronoun_is_resolved_to_the_one_name_before_it()
    {
        string text = "Title\n\nSenator Laura Hill spoke in Ohio on Monday. “The economy is my first priority,” she said.";
        Document document = TestDocuments.Pipeline.Run(TestDocuments.WithBlocks(text, "en"), TestContext.Current.CancellationToken);

        Quote quote = Assert.Single(document.Quotes);
        Assert.Equal(SpeakerVia.Pronoun, quote.SpeakerVia);
        Assert.Equal("Senator Laura Hill", quote.Speaker?.ToString(text));
        Assert.Equal("she", quote.SpeakerReference?.ToString(text));
    }

    [Fact]
    public void A_pronoun_with_two_names_before_it_has_no_speaker()
    {
        string text = "Title\n\nSenator Laura Hill met Governor Tom Reed in Ohio. “The economy is my first priority,” she said.";
        Document document = TestDocuments.Pipeline.Run(TestDocuments.WithBlocks(text, "en"), TestContext.Current.CancellationToken);

        Quote quote = Assert.Single(document.Quotes);
        Assert.Null(quote.Speaker);
        Assert.Equal("said", quote.Cue?.ToString(text));
    }

    [Fact]
    public void The_previous_speaker_carries_over_to_a_quote_paragraph_that_follows()
    {
        string text = "Tytuł\n\n– Jesteśmy gotowi do rozmów – powiedział premier Jan Nowak.\n\n– Czekamy tylko na odpowiedź drugiej strony.";
        string[] found = Quotes(text, "pl");

        Assert.Equal(["Direct|Jesteśmy gotowi do rozmów|premier Jan Nowak|powiedział", "Direct|Czekamy tylko na odpowiedź drugiej strony.|premier Jan Nowak|"], found);
    }

    [Fact]
    public void Scare_quotes_and_titles_are_not_quotes()
    {
        Assert.Empty(Quotes("Title\n\nThe film “Cold Winter” opened in March with a so-called “soft launch” in two cities.", "en"));
    }

    [Fact]
    public void Nested_quotes_stay_inside_the_outer_quote()
    {
        string text = "Title\n\n“She told me ‘never again’ and walked out of the room,” said Paul Adams.";

        Assert.Equal(["Direct|She told me ‘never again’ and walked out of the room,|Paul Adams|said"], Quotes(text, "en"));
    }

    [Fact]
    public void The_cue_files_load_and_know_each_family()
    {
        CueLexicon lexicon = CueLexicon.Load();

        Assert.Equal("say", lexicon.PolishLemmas["powiedzieć"].Family);
        Assert.Equal("deny", lexicon.PolishLemmas["zdementować"].Family);
        Assert.False(lexicon.EnglishForms["told"].Inversion);
        Assert.True(lexicon.EnglishForms["said"].Inversion);
        Assert.Contains("z kolei", (IReadOnlySet<string>)lexicon.PolishDiscourse);
    }
}
