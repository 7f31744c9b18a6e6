using Kronika.Core;
using Kronika.Core.Annotations;
using Kronika.Nlp.Tokenization;

namespace Kronika.Nlp.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Ala ma kota. Kot ma Alę.", "Ala ma kota.|Kot ma Alę.")]
    [InlineData("Czy to prawda? Tak! Na pewno…", "Czy to prawda?|Tak!|Na pewno…")]
    [InlineData("Powiedział: „To koniec.” Potem wyszedł.", "Powiedział: „To koniec.”|Potem wyszedł.")]
    [InlineData("Zginęło 5 osób (w tym dziecko). Policja bada sprawę.", "Zginęło 5 osób (w tym dziecko).|Policja bada sprawę.")]
    [InlineData("Spotkali się w 2023 r. w Soczi.", "Spotkali się w 2023 r. w Soczi.")]
    [InlineData("Spotkali się w 2023 r. Rok później znów.", "Spotkali się w 2023 r.|Rok później znów.")]
    [InlineData("Byli tam Polacy, Czesi itd. Wszyscy wrócili.", "Byli tam Polacy, Czesi itd.|Wszyscy wrócili.")]
    [InlineData("Obchodzono 15. rocznicę wybuchu.", "Obchodzono 15. rocznicę wybuchu.")]
    [InlineData("Start o godz. 15.30 przy ul. Długiej.", "Start o godz. 15.30 przy ul. Długiej.")]
    [InlineData("Przyjechał gen. Nowak. Mówił krótko.", "Przyjechał gen. Nowak.|Mówił krótko.")]
    [InlineData("Rozmawiał z W.W. Putinem i J. Kowalskim.", "Rozmawiał z W.W. Putinem i J. Kowalskim.")]
    [InlineData("– Myślę, że to dobry pomysł – stwierdził prezydent.", "– Myślę, że to dobry pomysł – stwierdził prezydent.")]
    [InlineData("– Czy to prawda? – zapytał dziennikarz. – Tak. – Dziękuję.", "– Czy to prawda? – zapytał dziennikarz.|– Tak.|– Dziękuję.")]
    [InlineData("Czekali... ale nikt nie przyszedł.", "Czekali... ale nikt nie przyszedł.")]
    [InlineData("Wygrał (...). Potem odpoczywał.", "Wygrał (...).|Potem odpoczywał.")]
    [InlineData("Koszt: 5 mln zł. Zapłaci gmina.", "Koszt: 5 mln zł.|Zapłaci gmina.")]
    [InlineData("W 1999 r. 45 osób zginęło.", "W 1999 r. 45 osób zginęło.")]
    [InlineData("Plan ma dwa punkty. 1. Wstęp do reformy. 2. Ustawa.", "Plan ma dwa punkty.|1. Wstęp do reformy.|2. Ustawa.")]
    [InlineData("IV. Wnioski końcowe.", "IV. Wnioski końcowe.")]
    [InlineData("Przemawiał dowódca (12. Brygada Zmechanizowana) w Opolu.", "Przemawiał dowódca (12. Brygada Zmechanizowana) w Opolu.")]
    [InlineData("(Minister wyszedł.) Obrady trwały.", "(Minister wyszedł.)|Obrady trwały.")]
    [InlineData("To koniec. – zapytał ktoś z sali.", "To koniec.|– zapytał ktoś z sali.")]
    [InlineData("Nie wiem.. Może jutro.", "Nie wiem..|Może jutro.")]
    public void Splits_polish_paragraphs_into_expected_sentences(string text, string expected)
    {
        Document document = TestDocuments.Split(TestDocuments.Of(text, "pl"));

        Assert.Equal(expected.Split('|'), TestDocuments.SentenceTexts(document));
        Assert.Empty(DocumentInvariants.Check(document));
    }

    [Theory]
    [InlineData("Mr. Smith went to Washington. He met Sen. Jones.", "Mr. Smith went to Washington.|He met Sen. Jones.")]
    [InlineData("Troops left the U.S. The war ended.", "Troops left the U.S.|The war ended.")]
    [InlineData("The U.S. military said so.", "The U.S. military said so.")]
    [InlineData("George W. Bush spoke at 3 p.m. on Monday.", "George W. Bush spoke at 3 p.m. on Monday.")]
    [InlineData("\"We will win,\" he said. \"Nobody doubts it.\"", "\"We will win,\" he said.|\"Nobody doubts it.\"")]
    [InlineData("He bought apples, pears, etc. Then he left.", "He bought apples, pears, etc.|Then he left.")]
    [InlineData("Is it over? No. It is not.", "Is it over?|No.|It is not.")]
    public void Splits_english_paragraphs_into_expected_sentences(string text, string expected)
    {
        Document document = TestDocuments.Split(TestDocuments.Of(text, "en"));

        Assert.Equal(expected.Split('|'), TestDocuments.SentenceTexts(document));
        Assert.Empty(DocumentInvariants.Check(document));
    }

    [Theory]
    [InlineData("Kim Dzong Un w Rosji\n\nPrzywódca przyleciał rano. Spotkał się z Putinem", "Kim Dzong Un w Rosji|Przywódca przyleciał rano.|Spotkał się z Putinem")]
    [InlineData("Tytuł bez kropki\n\nAkapit pierwszy\n\nAkapit drugi", "Tytuł bez kropki|Akapit pierwszy|Akapit drugi")]
    public void Never_crosses_a_region_boundary(string text, string expected)
    {
        Document document = TestDocuments.Split(TestDocuments.WithBlocks(text, "pl"));

        Assert.Equal(expected.Split('|'), TestDocuments.SentenceTexts(document));
        Assert.Empty(DocumentInvariants.Check(document));
    }

    [Theory]
    [InlineData("Pierwszy wiersz bez kropki\n\nDrugi wiersz", "Pierwszy wiersz bez kropki|Drugi wiersz")]
    [InlineData("Linia\r\n\r\nNastępna", "Linia|Następna")]
    [InlineData("Jedna linia\nciągnie się dalej.", "Jedna linia\nciągnie się dalej.")]
    public void Breaks_at_a_blank_line_inside_one_region(string text, string expected)
    {
        Document document = TestDocuments.Split(TestDocuments.Of(text, "pl"));

        Assert.Equal(expected.Split('|'), TestDocuments.SentenceTexts(document));
    }

    [Theory]
    [InlineData("Podpis zdjęcia Źródło: Wikimedia Commons")]
    public void Makes_a_credit_its_own_sentence_inside_its_caption(string text)
    {
        int credit = text.IndexOf("Źródło", StringComparison.Ordinal);
        Document document = TestDocuments.Of(text, "pl") with
        {
            Regions = [new Region(RegionType.Caption, new TextSpan(0, text.Length)), new Region(RegionType.Credit, new TextSpan(credit, text.Length))],
        };

        Document split = TestDocuments.Split(document);

        Assert.Equal(["Podpis zdjęcia", "Źródło: Wikimedia Commons"], TestDocuments.SentenceTexts(split));
        Assert.Empty(DocumentInvariants.Check(split));
    }

    public static TheoryData<string, string, bool> Abbreviations()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (string language in new[] { "pl", "en" })
        {
            foreach ((string form, bool canEnd) in AbbreviationLexicon.ForLanguage(language).Forms)
            {
                data.Add(language, form, canEnd);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Abbreviations))]
    public void Does_not_break_after_a_listed_abbreviation_before_a_lowercase_word(string language, string form, bool canEnd)
    {
        _ = canEnd;
        foreach (string written in form.EndsWith('.') ? [form] : new[] { form, form + "." })
        {
            string text = $"Zdanie {written} dalej trwa.";
            Document document = TestDocuments.Split(TestDocuments.Of(text, language));

            Assert.Equal([text], TestDocuments.SentenceTexts(document));
            Assert.Contains(document.Tokens, token => token.Span.ToString(text) == written);
        }
    }

    [Theory]
    [MemberData(nameof(Abbreviations))]
    public void Breaks_before_a_capital_only_after_an_abbreviation_that_can_end_a_sentence(string language, string form, bool canEnd)
    {
        string written = form.EndsWith('.') ? form : form + ".";
        string text = $"Zdanie {written} Dalej trwa.";
        Document document = TestDocuments.Split(TestDocuments.Of(text, language));

        string[] expected = canEnd ? [$"Zdanie {written}", "Dalej trwa."] : [text];
        Assert.Equal(expected, TestDocuments.SentenceTexts(document));
    }

    [Theory]
    [InlineData("a b c d e f g h i j k", 5, 3)]
    [InlineData("jeden dwa trzy", 1, 3)]
    public void Cuts_a_sentence_longer_than_the_limit(string text, int limit, int expectedSentences)
    {
        var splitter = new Kronika.Nlp.Sentences.SentenceSplitter(TestDocuments.Lexicons, limit);

        Document document = splitter.Run(TestDocuments.Tokenize(text, "pl"), TestContext.Current.CancellationToken);

        Assert.Equal(expectedSentences, document.Sentences.Length);
        Assert.Empty(DocumentInvariants.Check(document));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Gives_no_sentences_to_a_text_without_tokens(string text)
    {
        Document document = TestDocuments.Split(TestDocuments.Of(text, "pl") with { Regions = [] });

        Assert.Empty(document.Sentences);
        Assert.Empty(DocumentInvariants.Check(document));
    }
}
