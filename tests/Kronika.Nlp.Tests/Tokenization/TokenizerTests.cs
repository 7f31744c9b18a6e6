using Kronika.Core;
using Kronika.Core.Annotations;

namespace Kronika.Nlp.Tests.Tokenization;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Premier powiedział: „Tak”.", "Premier|powiedział|:|„|Tak|”|.")]
    [InlineData("biało-czerwony sztandar", "biało-czerwony|sztandar")]
    [InlineData("Inflacja wyniosła 3,5 proc. w 2023 r.", "Inflacja|wyniosła|3,5|proc.|w|2023|r.")]
    [InlineData("Zebrało się 1.000 osób o godz. 15:30.", "Zebrało|się|1.000|osób|o|godz.|15:30|.")]
    [InlineData("Spotkanie o godz. 15.30 w dniu 2023-09-15.", "Spotkanie|o|godz.|15.30|w|dniu|2023-09-15|.")]
    [InlineData("Rozmawiał m.in. z W.W. Putinem.", "Rozmawiał|m.in.|z|W.W.|Putinem|.")]
    [InlineData("Ul. Marszałkowska, tzw. ściana wschodnia", "Ul.|Marszałkowska|,|tzw.|ściana|wschodnia")]
    [InlineData("płk. Nowak i gen. Kowalski", "płk.|Nowak|i|gen.|Kowalski")]
    [InlineData("Kosztował 5 mln zł.", "Kosztował|5|mln|zł.")]
    [InlineData("J. Kowalski, prof. dr hab. Anna Nowak", "J.|Kowalski|,|prof.|dr|hab.|Anna|Nowak")]
    [InlineData("Czekał... i czekał… aż – nagle – wyszedł.", "Czekał|...|i|czekał|…|aż|–|nagle|–|wyszedł|.")]
    [InlineData("Naprawdę?! Tak!!!", "Naprawdę|?!|Tak|!!!")]
    [InlineData("«Nie» ‚tak’ \"może\"", "«|Nie|»|‚|tak|’|\"|może|\"")]
    [InlineData("20-latek z COVID-19 trafił do szpitala", "20-latek|z|COVID-19|trafił|do|szpitala")]
    [InlineData("Pisał na Onet.pl i tvn24.pl.", "Pisał|na|Onet.pl|i|tvn24.pl|.")]
    [InlineData("W latach 2010–2015 (tj. pięć lat)", "W|latach|2010|–|2015|(|tj.|pięć|lat|)")]
    [InlineData("Koniec.Początek", "Koniec|.|Początek")]
    public void Splits_polish_text_into_expected_tokens(string text, string expected)
    {
        Document document = TestDocuments.Tokenize(text, "pl");

        Assert.Equal(expected.Split('|'), TestDocuments.TokenTexts(document));
        Assert.Empty(DocumentInvariants.Check(document));
    }

    [Theory]
    [InlineData("Mr. Smith met Gen. Milley in the U.S. on Jan. 5.", "Mr.|Smith|met|Gen.|Milley|in|the|U.S.|on|Jan.|5|.")]
    [InlineData("I don't know O'Neill's plan.", "I|don't|know|O'Neill's|plan|.")]
    [InlineData("George W. Bush, e.g. the 43rd president, i.e. Bush Jr.", "George|W.|Bush|,|e.g.|the|43rd|president|,|i.e.|Bush|Jr.")]
    [InlineData("Apple Inc. vs. Microsoft Corp. etc.", "Apple|Inc.|vs.|Microsoft|Corp.|etc.")]
    [InlineData("It cost $3.5 million, up 2.5%.", "It|cost|$|3.5|million|,|up|2.5|%|.")]
    [InlineData("See https://example.com/a_(b)?c=1. Then", "See|https://example.com/a_(b)?c=1|.|Then")]
    [InlineData("(www.bbc.co.uk/news)", "(|www.bbc.co.uk/news|)")]
    [InlineData("Write to jan.kowalski@example.com.", "Write|to|jan.kowalski@example.com|.")]
    [InlineData("The students' union", "The|students|'|union")]
    [InlineData("Rev. Jackson spoke at 3 p.m. on Oct. 2", "Rev.|Jackson|spoke|at|3|p.m.|on|Oct.|2")]
    public void Splits_english_text_into_expected_tokens(string text, string expected)
    {
        Document document = TestDocuments.Tokenize(text, "en");

        Assert.Equal(expected.Split('|'), TestDocuments.TokenTexts(document));
        Assert.Empty(DocumentInvariants.Check(document));
    }

    [Theory]
    [InlineData("Premier", TokenKind.Word)]
    [InlineData("3,5", TokenKind.Number)]
    [InlineData("2023-09-15", TokenKind.Number)]
    [InlineData("COVID-19", TokenKind.Word)]
    [InlineData("m.in.", TokenKind.Abbreviation)]
    [InlineData("W.W.", TokenKind.Abbreviation)]
    [InlineData("…", TokenKind.Punctuation)]
    [InlineData("„", TokenKind.Punctuation)]
    [InlineData("–", TokenKind.Punctuation)]
    [InlineData("https://kronika.example/a", TokenKind.Symbol)]
    [InlineData("a@b.pl", TokenKind.Symbol)]
    [InlineData("€", TokenKind.Symbol)]
    [InlineData("😀", TokenKind.Symbol)]
    [InlineData("👍🏽", TokenKind.Symbol)]
    [InlineData("🇵🇱", TokenKind.Symbol)]
    public void Gives_each_token_its_kind(string text, TokenKind kind)
    {
        Document document = TestDocuments.Tokenize(text, "pl");

        Token token = Assert.Single(document.Tokens);
        Assert.Equal(new TextSpan(0, text.Length), token.Span);
        Assert.Equal(kind, token.Kind);
    }

    /// <summary>Built in code: attribute arguments cannot carry lone surrogates (their blobs are UTF-8).</summary>
    public static TheoryData<string, string> Surrogates() => new()
    {
        { "a😀b", "a|😀|b" },
        { "x\uD800y", "x|\uD800|y" },
        { "\uDC00\uD800", "\uDC00|\uD800" },
        { "słowo\uD83D", "słowo|\uD83D" },
        { "zwrot\u0007kontrolny", "zwrot|\u0007|kontrolny" },
        { "e\u0301te", "e\u0301te" },
        { "przy\u00ADkład", "przy\u00ADkład" },
    };

    [Theory]
    [MemberData(nameof(Surrogates))]
    public void Never_splits_a_surrogate_pair_and_keeps_every_character(string text, string expected)
    {
        Document document = TestDocuments.Tokenize(text, "pl");

        Assert.Equal(expected.Split('|'), TestDocuments.TokenTexts(document));
        Assert.Empty(DocumentInvariants.Check(document));
    }

    [Theory]
    [InlineData("Np. tak", "pl", "Np.")]
    [InlineData("Tzw. afera", "pl", "Tzw.")]
    [InlineData("Dr. Nowak", "pl", "Dr.")]
    [InlineData("Mr. Brown", "en", "Mr.")]
    public void Keeps_the_period_of_a_capitalised_or_added_period_abbreviation(string text, string language, string first)
    {
        Document document = TestDocuments.Tokenize(text, language);

        Assert.Equal(first, document.Tokens[0].Span.ToString(document.Text));
        Assert.Equal(TokenKind.Abbreviation, document.Tokens[0].Kind);
    }

    [Theory]
    [InlineData("Mr. Brown", "Mr|.|Brown")]
    [InlineData("m.in. tak", "m.in.|tak")]
    public void Uses_the_list_of_the_documents_language(string text, string expected)
    {
        Document document = TestDocuments.Tokenize(text, "pl");

        Assert.Equal(expected.Split('|'), TestDocuments.TokenTexts(document));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("de")]
    public void Uses_every_list_for_a_language_without_one(string? language)
    {
        Document document = TestDocuments.Tokenizer.Run(TestDocuments.Of("Mr. Brown m.in. tak", language), TestContext.Current.CancellationToken);

        Assert.Equal(["Mr.", "Brown", "m.in.", "tak"], TestDocuments.TokenTexts(document));
    }
}
